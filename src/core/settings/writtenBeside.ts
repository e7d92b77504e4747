// A format or a context written in the same sentence or table row as a model name in prose
// ("Llama 3.1 70B at IQ2_XXS", "| Qwen2.5-32B | AWQ | 32k context |") is read as the writer means
// it: the format the sentence names, and the context it gives ("32k context" = 32,768 tokens: a
// "k" of context is 1,024, as model cards count it).
import { findLabels } from '../recognize/findLabels';
import type { RunSettings } from '../types';
import { LIMITS } from '../options';
import { quantFormat } from '../data/quantFormats';
import { quantWithBits } from '../quant/quantWithBits';

const CONTEXT = new RegExp(
  String.raw`(\d+(?:\.\d+)?)\s?([kKmM])\b[\s-]*(?:tokens?\s+)?(?:of\s+)?(?:context|ctx)\b|` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d{4,8})[\s-]*tokens?\s+(?:of\s+)?(?:context|ctx)\b`,
);

/** The sentence or table row around `at` in one line of prose: [start, end) in the text. */
function segmentAround(text: string, at: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (/^\s*\|/.test(line)) return [lineStart, lineEnd];
  let start = lineStart;
  const before = /[.!?;](?=\s)(?![\s\S]*[.!?;]\s)/.exec(text.slice(lineStart, at));
  if (before) start = lineStart + before.index + 1;
  const after = /[.!?;](?=\s|$)/.exec(text.slice(at, lineEnd));
  const end = after ? at + after.index : lineEnd;
  return [start, end];
}

export function writtenBeside(text: string, labelStart: number, labelEnd: number): RunSettings {
  const out: RunSettings = { read: [] };
  const [start, end] = segmentAround(text, labelStart);
  const segment = text.slice(start, end);
  const own = findLabels(text.slice(labelStart, labelEnd))[0];
  // A name that says ExLlama but no bitrate ("turboderp/Qwen3-8B-exl3") takes the "6.0bpw" beside it.
  const bitsOnly = !!own?.quant && /^exl[23]$/.test(quantFormat(own.quant)?.family ?? '') && !/bpw/i.test(own.text);
  if (!own?.quant || bitsOnly) {
    const labels = findLabels(segment).filter(
      l => l.kind === 'quant' && l.quant && (!bitsOnly || /bpw$/i.test(l.text)),
    );
    const q = labels.find(l => start + l.start >= labelEnd);
    const fallback = q ?? labels.find(l => start + l.end <= labelStart);
    if (fallback?.quant) {
      out.quant = quantWithBits(bitsOnly ? own!.quant! : fallback.quant, fallback.bitsPerWeight);
      out.read.push({ field: 'quant', start: start + fallback.start, end: start + fallback.end, text: fallback.text });
    }
  }
  const c = CONTEXT.exec(segment);
  if (c) {
    const tokens =
      c[1] !== undefined
        ? Math.round(Number(c[1]) * (/[kK]/.test(c[2]) ? 1024 : 1024 * 1024))
        : Number(c[3].replace(/,/g, ''));
    if (Number.isSafeInteger(tokens) && tokens > 0 && tokens <= LIMITS.maxContext) {
      out.contextTokens = tokens;
      out.read.push({ field: 'contextTokens', start: start + c.index, end: start + c.index + c[0].length, text: c[0] });
    }
  }
  return out;
}
