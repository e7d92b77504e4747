// The Hugging Face token: HF_TOKEN from the extension host's environment (the variable
// huggingface_hub reads, constants.py), else the one stored in VS Code's SecretStorage by
// "Param Lens: Sign in to Hugging Face". The token is never logged, never put in a message, and
// sent only to the Hub endpoint (hubFetch.ts).
import type * as vscode from 'vscode';

export const TOKEN_SECRET = 'paramLens.hub.token';

/** Hub user access tokens start with "hf_" (@huggingface/hub checkAccessToken requires it). */
export function isTokenShaped(token: string): boolean {
  return /^hf_[A-Za-z0-9]{8,200}$/.test(token);
}

export class HubToken {
  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** Where a token comes from, if any: for messages (never the token itself). */
  async source(): Promise<'HF_TOKEN' | 'signed in' | undefined> {
    if (this.env.HF_TOKEN?.trim()) return 'HF_TOKEN';
    return (await this.secrets.get(TOKEN_SECRET)) ? 'signed in' : undefined;
  }

  async get(): Promise<string | undefined> {
    const fromEnv = this.env.HF_TOKEN?.trim();
    if (fromEnv) return fromEnv;
    return (await this.secrets.get(TOKEN_SECRET)) || undefined;
  }

  store(token: string): Thenable<void> {
    return this.secrets.store(TOKEN_SECRET, token);
  }

  clear(): Thenable<void> {
    return this.secrets.delete(TOKEN_SECRET);
  }
}
