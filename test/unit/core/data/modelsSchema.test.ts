// The model catalog against its JSON schema (src/core/data/models.schema.json). The checker covers
// the keywords the schema uses (type, required, additionalProperties, properties, items, enum,
// pattern, minimum, exclusiveMinimum, minLength, minItems) and fails on any other, so the schema
// cannot quietly ask for something this test does not check.
import * as assert from 'assert';
import models from '../../../../src/core/data/models.json';
import schema from '../../../../src/core/data/models.schema.json';

type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);
const CHECKED = new Set([
  'type',
  'required',
  'additionalProperties',
  'properties',
  'items',
  'enum',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
]);

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Every way `value` breaks `s`, as "path: what". */
export function violations(value: unknown, s: Schema, at = '$'): string[] {
  const out: string[] = [];
  for (const k of Object.keys(s)) {
    if (!ANNOTATIONS.has(k) && !CHECKED.has(k)) out.push(`${at}: schema keyword ${k} is not checked by this test`);
  }
  const t = typeOf(value);
  if (s.type !== undefined && !(s.type === t || (s.type === 'number' && t === 'integer'))) {
    return [...out, `${at}: ${t}, expected ${String(s.type)}`];
  }
  if (s.enum && !(s.enum as unknown[]).includes(value)) out.push(`${at}: ${JSON.stringify(value)} is not allowed`);
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern as string).test(value)) out.push(`${at}: does not match ${s.pattern}`);
    if (s.minLength !== undefined && value.length < (s.minLength as number)) out.push(`${at}: too short`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${at}: not finite`);
    if (s.minimum !== undefined && value < (s.minimum as number)) out.push(`${at}: below ${s.minimum}`);
    if (s.exclusiveMinimum !== undefined && value <= (s.exclusiveMinimum as number))
      out.push(`${at}: not above ${s.exclusiveMinimum}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < (s.minItems as number))
      out.push(`${at}: fewer than ${s.minItems} items`);
    if (s.items) value.forEach((v, i) => out.push(...violations(v, s.items as Schema, `${at}[${i}]`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const k of (s.required ?? []) as string[]) if (!(k in obj)) out.push(`${at}: missing ${k}`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) out.push(...violations(v, props[k], `${at}.${k}`));
      else if (s.additionalProperties === false) out.push(`${at}: unknown field ${k}`);
    }
  }
  return out;
}

suite('model catalog: models.json against models.schema.json', () => {
  test('every entry matches the schema', () => {
    const found = violations(models, schema as Schema);
    assert.deepStrictEqual(found.slice(0, 20), [], `${found.length} violations`);
  });

  test('the checker catches what the schema forbids', () => {
    const entry = { ...((models as unknown[])[0] as Record<string, unknown>) };
    const bad = [
      { ...entry, layers: 0 },
      { ...entry, kvHeads: 2.5 },
      { ...entry, family: 'llama9' },
      { ...entry, typo: 1 },
      Object.fromEntries(Object.entries(entry).filter(([k]) => k !== 'source')),
    ];
    for (const b of bad)
      assert.notDeepStrictEqual(violations([b], schema as Schema), [], JSON.stringify(b).slice(0, 80));
  });

  test('an unknown schema keyword is reported, not ignored', () => {
    assert.match(violations(1, { type: 'number', maximum: 0 }).join(), /maximum is not checked/);
  });
});
