#!/usr/bin/env bash
ollama pull llama3:70b
ollama pull qwen2.5:0.5b
