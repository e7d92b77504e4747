// Hosted-API model ids → the name of the weights they serve. LiteLLM-style provider prefixes
// ("together_ai/", "groq/", "fireworks_ai/accounts/fireworks/models/", "bedrock/<region>/"), each
// provider's own spelling (Bedrock "meta.llama3-1-70b-instruct-v1:0", Fireworks "v3p1") and
// serving suffixes (OpenRouter ":free", Vertex "@001" and "-maas"). Data and its sources:
// src/core/data/hostedProviders.json, with the ids that spell a release another way ("renamed").
// Serving words such as "-Turbo" are read by baseInName.
import HOSTED from '../data/hostedProviders.json';

export interface HostedId {
  /** The provider, as a reader knows it ("Together AI"). */
  provider: string;
  /** The id of the served weights, in the usual spelling ("meta-llama/Llama-3.1-70B-Instruct"). */
  served: string;
  /** An Ollama tag behind an "ollama/" prefix. */
  ollama: boolean;
}

interface Provider {
  prefix: string;
  name: string;
  dotted?: boolean;
  region?: boolean;
  ollama?: boolean;
}
const PROVIDERS = HOSTED.providers as Provider[];
const REGION = /^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d|global|us|eu|apac)\//;

/** The provider and the served model of a hosted-API id, or undefined when it has no known prefix. */
export function parseHostedId(raw: string): HostedId | undefined {
  const id = raw.trim();
  const lower = id.toLowerCase();
  const p = PROVIDERS.find(x => lower.startsWith(x.prefix));
  let rest = p ? id.slice(p.prefix.length) : id;
  const bedrockVendor = HOSTED.bedrockVendors.find(
    v =>
      rest.toLowerCase().startsWith(v) ||
      (p?.region && REGION.test(rest.toLowerCase()) && rest.toLowerCase().replace(REGION, '').startsWith(v)),
  );
  if (!p && !bedrockVendor) return undefined;
  if (p?.region) rest = rest.replace(REGION, '');
  let served = rest;
  if (bedrockVendor) {
    const vendor = rest.slice(0, rest.indexOf('.')).replace(/^(?:us|eu|apac)\./, '');
    served = bedrockId(rest.slice(rest.indexOf('.') + 1));
    // "deepseek.v3.2", "deepseek.r1-v1:0": the vendor is the model's name.
    if (/^[vr]\d/i.test(served)) served = `${vendor}-${served}`;
  }
  if (p?.dotted) served = served.replace(/(\d)p(\d)/g, '$1.$2').replace(/^llama-v(?=\d)/i, 'llama-');
  served = served
    .replace(/:(?:free|nitro|beta|extended|floor|online|thinking)$/i, '') // OpenRouter tiers
    .replace(/@(?:\d{3}|\d{4}|latest)$/i, m => (/^@\d{4}$/.test(m) ? `-${m.slice(1)}` : '')); // Vertex versions
  return {
    provider: p?.name ?? 'Amazon Bedrock',
    served: renamedRelease(served) ?? served,
    ollama: p?.ollama === true,
  };
}

const RENAMED = new Map(HOSTED.renamed.rows.map(r => [r.served, r.release]));

/** The release a provider's own spelling stands for ("codestral-2405" → Codestral-22B-v0.1), if listed. */
function renamedRelease(served: string): string | undefined {
  return RENAMED.get(served.slice(served.lastIndexOf('/') + 1).toLowerCase());
}

/** "llama3-1-70b-instruct-v1:0" → "llama3.1-70b-instruct"; "mistral-7b-instruct-v0:2" → "…-v0.2". */
function bedrockId(id: string): string {
  return id
    .replace(/-v1(?::0)?$/i, '') // Bedrock's own model version
    .replace(/-v(\d+):(\d+)$/i, '-v$1.$2') // a model's version written with a colon
    .replace(/^([a-z]+\d+)-(\d)(?=-)/i, '$1.$2') // "llama3-1-…" → "llama3.1-…"
    .replace(/^([a-z]+)\.v(?=\d)/i, '$1-v'); // "deepseek.v3.2" (vendor stripped) stays a version
}
