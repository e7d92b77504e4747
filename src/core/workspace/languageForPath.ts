// Which files the Models view reads, and the VS Code language id each is read as (the settings
// reader picks its dialect from it). Code, configs, notebooks, Markdown and plain notes; nothing
// else (binaries, lock files and data files hold no model mentions worth a scan).

const BY_EXTENSION: Record<string, string> = {
  py: 'python',
  pyi: 'python',
  ipynb: 'jupyter',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  ps1: 'powershell',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  env: 'dotenv',
  md: 'markdown',
  mdx: 'markdown',
  txt: 'plaintext',
  rst: 'plaintext',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  go: 'go',
  rs: 'rust',
};

/** Files known by their whole name (any suffix after a dot or dash: Dockerfile.cuda, Modelfile-8b). */
const BY_NAME: Array<[RegExp, string]> = [
  [/^(?:Dockerfile|Containerfile)(?:[.-].*)?$/, 'dockerfile'],
  [/^Modelfile(?:[.-].*)?$/, 'modelfile'],
  [/^Makefile$/, 'makefile'],
  [/^\.env(?:\..*)?$/, 'dotenv'],
];

/** The glob patterns (relative to a workspace folder) of the files the view reads. */
export const SCANNED_GLOBS = [
  `**/*.{${Object.keys(BY_EXTENSION).join(',')}}`,
  '**/{Dockerfile,Containerfile,Modelfile,Makefile,.env}*',
] as const;

/** The language id a file is read as, or undefined when the view does not read it. */
export function languageForPath(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const [re, id] of BY_NAME) if (re.test(name)) return id;
  const dot = name.lastIndexOf('.');
  if (dot <= 0 && !name.startsWith('.')) return undefined;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}
