from vllm import LLM, SamplingParams

MODEL_ID = "meta-llama/Llama-3.1-70B-Instruct"
DRAFT = "Qwen/Qwen2.5-7B-Instruct-AWQ"

llm = LLM(model=MODEL_ID, dtype="bfloat16", max_model_len=8192)
