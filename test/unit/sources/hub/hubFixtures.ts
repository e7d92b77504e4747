// The repositories the local Hub server holds in the tests (sources in test/data/hub/SOURCES.md):
// a real model-info body and tree listing (bert-base-uncased), real decoder configs
// (test/data/configs), and GGUF repositories whose files are written to the spec: a standard
// Q4_K_M, an uploader's own mix, a Q8_0, and a file truncated inside its header.
import * as fs from 'fs';
import * as path from 'path';
import { writeGguf, TYPE, type TensorSpec } from '../../core/model/ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from '../../core/model/ggufTables';
import { CONFIG_DIR } from '../../core/model/realConfigs';
import type { HubServer } from './hubServer';

export const HUB_DATA = path.join(CONFIG_DIR, '..', 'hub');
export const BERT = 'google-bert/bert-base-uncased';
export const ORION = 'OrionStarAI/Orion-14B-Chat';
// Repositories the catalog does not hold (so a hover looks them up), each serving a real config:
// LiquidAI/LFM2-8B-A1B's and LGAI-EXAONE/EXAONE-4.5-33B's (both joined the catalog since).
export const LFM = 'test-org/hub-moe-8B-A1B';
export const GATED = 'test-org/gated-33B';
const CONFIG_OF: Record<string, string> = { [LFM]: 'LiquidAI/LFM2-8B-A1B', [GATED]: 'LGAI-EXAONE/EXAONE-4.5-33B' };
export const PRIVATE = 'my-org/private-7b';
export const ADAPTER = 'my-org/orion-lora';
export const GGUF_REPO = 'test-uploader/Llama-3.1-8B-Instruct-GGUF';
export const BROKEN_GGUF = 'test-uploader/Broken-GGUF';
export const TOKEN = 'hf_testtokenwithaccess0123456789';
export const OTHER_TOKEN = 'hf_testtokenwithoutaccess987654';

const sha = (n: number) => n.toString(16).padStart(2, '0').repeat(20);

/** An uploader's mix: attention K/V at Q8_0, every ffn_down at Q6_K, the output at Q8_0. */
export function uploaderMix(): TensorSpec[] {
  return llama31Q4KM().map(t => {
    if (/attn_[kv]\.weight$/.test(t.name) || t.name === 'output.weight') return { ...t, type: TYPE.Q8_0 };
    if (/ffn_down\.weight$/.test(t.name)) return { ...t, type: TYPE.Q6_K };
    return t;
  });
}

export interface HubFixtureBytes {
  q4km: number;
  mix: number;
  q8: number;
}

/** The config.json a fixture repository serves. */
export function decoderConfig(id: string): Buffer {
  return fs.readFileSync(path.join(CONFIG_DIR, `${(CONFIG_OF[id] ?? id).replace('/', '--')}.json`));
}

function info(id: string, n: number, files: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    _id: sha(n).slice(0, 24),
    id,
    sha: sha(n),
    private: false,
    gated: false,
    siblings: files.map(rfilename => ({ rfilename })),
    ...extra,
  };
}

/** Writes the GGUF files into `dir` and puts every repository on `server`. */
export function addHubFixtures(server: HubServer, dir: string): HubFixtureBytes {
  const bert = JSON.parse(
    fs.readFileSync(path.join(HUB_DATA, 'google-bert--bert-base-uncased.model-info.json'), 'utf8'),
  );
  server.repos.set(BERT, {
    info: bert,
    files: [
      {
        path: 'config.json',
        size: 0,
        bytes: fs.readFileSync(path.join(HUB_DATA, 'google-bert--bert-base-uncased.config.json')),
      },
    ],
    tree: JSON.parse(fs.readFileSync(path.join(HUB_DATA, 'google-bert--bert-base-uncased.tree.json'), 'utf8')),
  });
  const weights = ['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors'];
  server.repos.set(ORION, {
    info: info(ORION, 1, ['config.json', ...weights]),
    files: [{ path: 'config.json', size: 0, bytes: decoderConfig(ORION) }],
  });
  server.repos.set(LFM, {
    info: info(LFM, 7, ['config.json', ...weights]),
    files: [{ path: 'config.json', size: 0, bytes: decoderConfig(LFM) }],
  });
  server.repos.set(GATED, {
    info: info(GATED, 2, ['config.json', ...weights], { gated: 'manual' }),
    gated: true,
    access: [TOKEN],
    files: [{ path: 'config.json', size: 0, bytes: decoderConfig(GATED) }],
  });
  server.repos.set(PRIVATE, {
    info: info(PRIVATE, 3, ['config.json'], { private: true }),
    private: true,
    access: [TOKEN],
    files: [{ path: 'config.json', size: 0, bytes: decoderConfig(ORION) }],
  });
  server.repos.set(ADAPTER, {
    info: info(ADAPTER, 4, ['adapter_config.json', 'adapter_model.safetensors', 'README.md'], {
      cardData: { base_model: ORION, library_name: 'peft' },
    }),
    files: [],
  });

  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const q8 = llama31Q4KM().map(t => (t.type === TYPE.F32 ? t : { ...t, type: TYPE.Q8_0 }));
  const bytes = {
    q4km: writeGguf(file('Q4_K_M.gguf'), LLAMA31_METADATA, llama31Q4KM()),
    mix: writeGguf(file('UD-Q4_K_XL.gguf'), LLAMA31_METADATA, uploaderMix()),
    q8: writeGguf(file('Q8_0.gguf'), LLAMA31_METADATA, q8),
  };
  const names = {
    q4km: 'Llama-3.1-8B-Instruct-Q4_K_M.gguf',
    mix: 'Llama-3.1-8B-Instruct-UD-Q4_K_XL.gguf',
    q8: 'Llama-3.1-8B-Instruct-Q8_0.gguf',
  };
  const gguf = (name: string, disk: string): { path: string; size: number; diskPath: string } => ({
    path: name,
    size: fs.statSync(file(disk)).size,
    diskPath: file(disk),
  });
  const ggufFiles = [gguf(names.q4km, 'Q4_K_M.gguf'), gguf(names.mix, 'UD-Q4_K_XL.gguf'), gguf(names.q8, 'Q8_0.gguf')];
  server.repos.set(GGUF_REPO, {
    info: info(GGUF_REPO, 5, ['.gitattributes', 'README.md', ...ggufFiles.map(f => f.path)], {
      cardData: { base_model: ['meta-llama/Llama-3.1-8B-Instruct'] },
    }),
    files: ggufFiles,
  });
  // Cut inside the tensor infos: the listing says what the Hub holds (the short file).
  const head = Buffer.alloc(4000);
  const fd = fs.openSync(file('Q4_K_M.gguf'), 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  fs.writeFileSync(file('broken.gguf'), head);
  server.repos.set(BROKEN_GGUF, {
    info: info(BROKEN_GGUF, 6, ['README.md', 'model-Q4_K_M.gguf']),
    files: [gguf('model-Q4_K_M.gguf', 'broken.gguf')],
  });
  return bytes;
}
