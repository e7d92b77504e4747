// Which reader a piece of text needs: from the VS Code language id, a fence's info string, or,
// when neither says, from what the text looks like.

export type Dialect = 'shell' | 'yaml' | 'python' | 'json' | 'modelfile' | 'toml' | 'markdown';

const BY_ID: Record<string, Dialect> = {
  shellscript: 'shell',
  shell: 'shell',
  bash: 'shell',
  sh: 'shell',
  zsh: 'shell',
  console: 'shell',
  dockerfile: 'shell',
  powershell: 'shell',
  makefile: 'shell',
  yaml: 'yaml',
  yml: 'yaml',
  dockercompose: 'yaml',
  helm: 'yaml',
  'github-actions-workflow': 'yaml',
  python: 'python',
  py: 'python',
  python3: 'python',
  jupyter: 'python',
  ipython: 'python',
  json: 'json',
  jsonc: 'json',
  jsonl: 'json',
  modelfile: 'modelfile',
  ollama: 'modelfile',
  toml: 'toml',
  ini: 'toml',
  markdown: 'markdown',
  md: 'markdown',
  mdx: 'markdown',
};

export function dialectOf(id: string | undefined, sample: string): Dialect {
  const known = id ? BY_ID[id.toLowerCase()] : undefined;
  return known ?? sniff(sample);
}

/** A guess from the text around the label. */
export function sniff(sample: string): Dialect {
  if (/^\s*FROM\s+\S+\s*$/m.test(sample) && /^\s*(?:PARAMETER|TEMPLATE|SYSTEM|ADAPTER)\s/m.test(sample))
    return 'modelfile';
  if (/^\s*FROM\s+\S+\s*$/m.test(sample) && !/^\s*(?:RUN|CMD|ENTRYPOINT|COPY)\s/m.test(sample)) return 'modelfile';
  if (/^\s*(?:import\s+\w|from\s+[\w.]+\s+import\s)/m.test(sample) || /^\s*\w+\s*=\s*\w[\w.]*\(/m.test(sample))
    return 'python';
  const lines = sample.split('\n').filter(l => l.trim() && !l.trim().startsWith('#'));
  const yamlish = lines.filter(l => /^\s*(?:-\s+)?["']?[\w.-]+["']?\s*:(?:\s|$)/.test(l) || /^\s*-\s/.test(l)).length;
  if (lines.length && yamlish / lines.length > 0.6) return 'yaml';
  if (/^\s*[{[]/.test(sample)) return 'json';
  return 'shell';
}
