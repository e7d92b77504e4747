// Scores modelFromConfig and estimateMemory of the built core (dist/core.js) on the held-out configs
// (test/data/configs-heldout/*.json, records in SOURCES.json): how many read without throwing, how many parameter
// counts fall within 0.5 % of the published figure, the largest errors, and whether estimateMemory({ model: info })
// returns finite numbers. Called by scoreHeldout.js --second.
'use strict';
const fs = require('fs');
const path = require('path');

module.exports = function scoreConfigs(core, root, details) {
  const dir = path.join(root, 'test/data/configs-heldout');
  const sources = JSON.parse(fs.readFileSync(path.join(dir, 'SOURCES.json'), 'utf8'));
  const files = Object.keys(sources).sort();
  // exact published counts (Hub safetensors totals, model cards to the parameter) are held to 0.5 %; figures only
  // as precise as a model's name ("7B", `rounded` in SOURCES.json) to 10 %
  const c = { read: 0, published: 0, within: 0, rounded: 0, roundedWithin: 0, finite: 0 };
  const failures = [];
  const errors = [];
  const notFinite = [];
  for (const file of files) {
    const rec = sources[file];
    let info;
    try {
      info = core.modelFromConfig(fs.readFileSync(path.join(dir, file), 'utf8'), { id: rec.model });
      c.read++;
    } catch (e) {
      failures.push(`${file}: ${e.constructor.name}: ${e.message}`);
      continue;
    }
    if (rec.publishedParams) {
      const err = (info.params - rec.publishedParams) / rec.publishedParams;
      if (rec.rounded) {
        c.rounded++;
        if (Math.abs(err) <= 0.1) c.roundedWithin++;
      } else {
        c.published++;
        if (Math.abs(err) <= 0.005) c.within++;
      }
      const limit = rec.rounded ? 0.1 : 0.005;
      errors.push({ file, err, limit, got: info.params, want: rec.publishedParams, active: info.activeParams });
    }
    try {
      const est = core.estimateMemory({ model: info });
      const nums = ['weightsBytes', 'kvCacheBytes', 'overheadBytes', 'totalBytes'].map(k => est[k]);
      // An encoder keeps no KV cache (the estimate says so): 0 is its right size.
      const noKv = est.assumptions.some(a => a.startsWith('no KV cache'));
      const positive = (n, i) => n > 0 || (i === 1 && n === 0 && noKv);
      if (nums.every((n, i) => typeof n === 'number' && Number.isFinite(n) && positive(n, i))) c.finite++;
      else notFinite.push(`${file}: ${JSON.stringify(nums)}`);
    } catch (e) {
      notFinite.push(`${file}: ${e.constructor.name}: ${e.message}`);
    }
  }
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  console.log(`\nHeld-out configs (test/data/configs-heldout): ${files.length} config.json files`);
  console.log(`  read without throwing           ${pct(c.read, files.length)} (${c.read}/${files.length})`);
  console.log(
    `  params within 0.5 % of an exact published count ${pct(c.within, c.published)} (${c.within}/${c.published})`,
  );
  console.log(
    `  params within 10 % of a rounded published size ${pct(c.roundedWithin, c.rounded)} ` +
      `(${c.roundedWithin}/${c.rounded})`,
  );
  console.log(`  estimateMemory finite           ${pct(c.finite, c.read)} (${c.finite}/${c.read})`);
  errors.sort((a, b) => Math.abs(b.err) - Math.abs(a.err));
  const worst = errors.filter(e => Math.abs(e.err) > e.limit);
  const fmt = e =>
    `${e.file}: ${(100 * e.err).toFixed(2)} % (read ${e.got}, published ${e.limit < 0.1 ? '' : '~'}${e.want}` +
    `${e.active ? `, active ${e.active}` : ''})`;
  console.log(`  worst errors:\n${worst.map(e => `    ${fmt(e)}`).join('\n') || '    none'}`);
  if (failures.length) console.log(`  threw:\n${failures.map(f => `    ${f}`).join('\n')}`);
  if (notFinite.length) console.log(`  estimateMemory not finite:\n${notFinite.map(f => `    ${f}`).join('\n')}`);
};
