// Families of text where a size-shaped token ("10m", "2b", "15.4B", "5m") is something else:
// durations, range selectors, colour codes, list markers, equations, counts of tokens, data sets,
// progress bars, server zones. Each family reads only a short stretch of text on either side of
// the token (at most WINDOW characters) with anchored patterns, so the cost per token is bounded.

export const WINDOW = 48;

/** "[5m]", "[10m:1m]", "\033[32m": a Prometheus range or subquery, or an ANSI colour code. */
function bracketed(before: string, after: string): boolean {
  return /[[;]$/.test(before) || /^(?::\d+[smhdw])?\]/.test(after);
}

/** "timeout 20m", "interval: 4m", "for: 15m", "--keepalive 10m", "age 18m": a duration. */
const DURATION_WORDS =
  'timeout|interval|for|keep[-_]?alive|ttl|period|retention|delay|wait|expires?|duration' +
  '|every|after|age|window|lookback|deadline|grace';
const DURATION_BEFORE = new RegExp(`(?:${DURATION_WORDS})["']?\\s*[:=]?\\s*["']?$`, 'i');
/** "5m ago", "18m\s" after a pod listing's "Running 0": a duration or an age. */
const DURATION_AFTER = /^\s*(?:ago|timeout|interval|window|cooldown)\b/i;
const POD_AGE = /\b(?:Running|Pending|Completed|Ready|NotReady|Terminating)\s+\d+\s+$/;

/** "zone=perip:10m", "keys_zone=cache:10m", "shared:SSL:10m", "memory:32m", "cpu: 250m". */
const ZONE_BEFORE = new RegExp(
  [
    'zone=$',
    'zone=[\\w.-]*:',
    'keys_zone=[\\w.-]*:',
    'shared:[\\w.-]*:',
    'memory:\\s*["\']?',
    'cpu:\\s*["\']?',
    '(?:_size|_buffers?|_timeout)\\s+["\']?',
    'heap[\\w]*=["\']?',
  ]
    .map(p => `(?:${p})$`)
    .join('|'),
  'i',
);

/** "# 2b. Configure", "## 4b) Build": a small number and a lowercase letter opening a line. */
function listMarker(token: string, before: string, after: string): boolean {
  return /^\d{1,2}[a-z]$/.test(token) && /(?:^|\n)[ \t]*(?:[#>*-]+[ \t]*)*$/.test(before) && /^[.)][ \t]/.test(after);
}

/** "let 3b = a + c", "\frac{4B}{3}", "(5m * 4)", "(128B = 1 VRF)": algebra, not a model. */
function equation(before: string, after: string): boolean {
  // A single "*" is a product; "**" is Markdown bold.
  if (/^\s*(?:[+/^]|\*(?!\*))(?![=>])|^\s+=\s/.test(after)) return true;
  if (/(?:[+^]\s*|(?<!\*)\*\s*|\s[=/]\s+)$/.test(before)) return true;
  return /\\(?:frac|sqrt|mathbf|mathrm|cdot|times)\s*\{?$/.test(before) || /^\}\{/.test(after);
}

/** "Natural tokens : 15.4B", "global batch: 4M": the count of something else, named before it. */
const COUNT_BEFORE = new RegExp(
  '(?:' +
    [
      'tokens?',
      'samples?',
      'rows?',
      'words?',
      'documents?',
      'examples?',
      'steps?',
      'batch(?:\\s+size)?',
      'context',
      'ctx',
      'vocab(?:ulary)?',
      'seq(?:uence)?s?',
    ].join('|') +
    ')\\s*[:=]?\\s*~?$',
  'i',
);

/** "size=68B", "stride = 38B", "offset: 64B", "HEAP_NEWSIZE='32m'": a byte count. */
const BYTES_BEFORE = new RegExp(
  '(?<![A-Za-z_])(?:' +
    ['size', 'bytes?', 'stride', 'offset', 'length', 'align(?:ment)?', 'capacity', 'memory', 'heap\\w*', 'buffer'].join(
      '|',
    ) +
    ')\\s*[:=]\\s*["\']?$',
  'i',
);

/** "512B payload", "64B cache lines", "4M chunks": a size of data, named right after it. */
const BYTES_AFTER = new RegExp(
  '^\\s*(?:' +
    [
      'payloads?',
      'buffers?',
      'chunks?',
      'blocks?',
      'packets?',
      'messages?',
      'pages?',
      'objects?',
      'bod(?:y|ies)',
      'cache[ -]lines?',
      'records?',
      'writes?',
      'reads?',
      'allocations?',
      'aligned',
      'alignment',
      'boundar(?:y|ies)',
    ].join('|') +
    ')\\b',
  'i',
);

/** load_dataset(…), fineweb "sample-10BT", "10B|100B" data sample sizes: data, not a model. */
const DATASET_WORDS = /(?:load_dataset|datasets?\b|fineweb|sample-\d|data sample|corpus|redpajama|dolma|pile\b|c4\b)/i;

/** tqdm and wget bars: "45%|████ | 230M/512M [00:14<00:19", "100%[=====>] 141.11M". */
const PROGRESS = new RegExp(
  [
    '\\d%\\|',
    '\\[\\d{2}:\\d{2}<',
    '\\d%\\[=*>?\\s*\\]',
    '=>\\]\\s*$',
    '\\d(?:\\.\\d+)?\\s?(?:[kMG]B|[kMG]byte|B)\\/s\\]',
    'it\\/s\\]',
    's\\/it\\]',
  ].join('|'),
);

/** "{i:>03b}": a format specification (binary, zero-padded), not a size. */
const FORMAT_SPEC_BEFORE = /\{[^{}\s]*:[<>^=+\- #]*0?$/;

/** "57 2a d0 27 a6 5a e1 76  a7 3f": a hex dump; "7b" there is one byte. */
const HEX_PAIRS = /(?:^|\s)(?:[0-9a-f]{2}\s+){3}$/;

/**
 * Why a bare size-shaped token is not a parameter count, or undefined when nothing says so.
 * `lowerM` marks a lowercase "m" suffix, which is far more often minutes or millicores.
 */
export function notASize(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const unit = text.charCodeAt(end - 1);
  const minutes = unit === 109; /* m */
  if (bracketed(before, after)) return 'range selector or colour code';
  if (FORMAT_SPEC_BEFORE.test(before) && after.startsWith('}')) return 'format specification';
  if (end - start === 2 && HEX_PAIRS.test(before) && /^\s+[0-9a-f]{2}(?:\s|$)/.test(after)) return 'hex dump';
  const duration = DURATION_BEFORE.test(before) || DURATION_AFTER.test(after) || POD_AGE.test(before);
  if (minutes && duration) return 'duration';
  if (ZONE_BEFORE.test(before)) return 'zone, buffer or resource size';
  if (listMarker(text.slice(start, end), before, after)) return 'list marker';
  if (equation(before, after)) return 'equation';
  if (COUNT_BEFORE.test(before.slice(-24))) return 'count of something else';
  if (BYTES_BEFORE.test(before.slice(-24)) || BYTES_AFTER.test(after)) return 'byte count';
  if (PROGRESS.test(before) || PROGRESS.test(after)) return 'progress bar';
  return undefined;
}

/** Words nearby that say the text is about data sets (checked only when no model word is near). */
export function aboutData(text: string, start: number, end: number): boolean {
  return DATASET_WORDS.test(text.slice(Math.max(0, start - 80), end + 80));
}
