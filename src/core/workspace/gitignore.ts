// .gitignore rules, as git reads them (https://git-scm.com/docs/gitignore, "PATTERN FORMAT"):
// blank lines and `#` comments skipped; `!` re-includes; a trailing `/` matches directories only;
// a `/` at the start or in the middle anchors the pattern to the .gitignore's own directory,
// otherwise it matches a name at any depth; `*` and `?` stay within one path segment, `**` spans
// segments, `[...]` is a character class; a backslash escapes. A file inside an ignored directory
// stays ignored whatever a later `!` says (git does not descend into it).

export interface IgnoreRule {
  /** Directory of the .gitignore, relative to the workspace folder ('' at the root), no trailing slash. */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  re: RegExp;
}

/** The rules of one .gitignore file found in directory `base` (relative, '' for the root). */
export function parseGitignore(text: string, base = ''): IgnoreRule[] {
  if (typeof text !== 'string') throw new TypeError('parseGitignore: text must be a string');
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    if (!line) continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globToRegex(line);
    const re = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
    rules.push({ base: base.replace(/\/+$/, ''), negate, dirOnly, re });
  }
  return rules;
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRe(glob[++i]);
      continue;
    }
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          i++;
          if (glob[i + 1] === '/') {
            i++;
            out += '(?:.*/)?';
          } else out += '.*';
          continue;
        }
      }
      out += '[^/]*';
      continue;
    }
    if (c === '?') {
      out += '[^/]';
      continue;
    }
    if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close > 0) {
        let cls = glob.slice(i + 1, close);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        out += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = close;
        continue;
      }
    }
    out += escapeRe(c);
  }
  return out;
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** The last rule that matches decides; for rules of nested files, deeper files come later. */
function decide(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean | undefined {
  let ignored: boolean | undefined;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    let rel: string;
    if (!r.base) rel = path;
    else if (path.startsWith(`${r.base}/`)) rel = path.slice(r.base.length + 1);
    else continue;
    if (r.re.test(rel)) ignored = !r.negate;
  }
  return ignored;
}

/**
 * Whether a file (path relative to the workspace folder, `/`-separated) is ignored by the rules of
 * every .gitignore above it (give the rules of shallower files first).
 */
export function isIgnored(rules: readonly IgnoreRule[], path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    if (decide(rules, parts.slice(0, i).join('/'), true)) return true;
  }
  return decide(rules, parts.join('/'), false) === true;
}
