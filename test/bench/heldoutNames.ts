// How the names of a held-out names corpus resolve, by the rule and shares of the main names bench
// (test/accuracy/nameResolution.ts), with the misses and the names whose release the catalog lacks.
// Usage: node esbuild.js --tests && node out/test/bench/heldoutNames.js [corpus file name]
// The default corpus is test/data/corpus/heldout3-names.jsonl (test/data/corpus/names.md, "Held-out set 3").
import * as path from 'path';
import { printNameResolution } from '../accuracy/nameResolution';

const name = process.argv.slice(2).find(a => a.endsWith('.jsonl')) ?? 'heldout3-names.jsonl';
printNameResolution(true, path.join(__dirname, '../../../test/data/corpus', name));
