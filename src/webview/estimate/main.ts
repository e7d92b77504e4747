// The estimate panel's front end: the inputs (editable), the breakdown as a stacked bar and as
// numbers, fit against GPUs, the largest context that fits, formats compared, and assumptions.
// It computes nothing itself: changes go to the extension, which answers with a new view.
import {
  parseGpuList,
  parseTokens,
  parseToEstimate,
  type EstimateInputs,
  type EstimateStrings,
  type FromEstimate,
} from '../messages';
import { ENGINES, KV_CACHE_FORMATS, LIMITS, MODES } from '../../core/options';
import type { EstimateView } from '../../core/render/estimateView';
import { el } from '../element';
import { vscodeApi } from '../vscodeApi';
import { commitFields, pendingEdits, restoreEdits, watchEdits } from './pendingEdits';

interface State {
  inputs?: EstimateInputs;
}
const api = vscodeApi<State>();
const post = (m: FromEstimate) => api.postMessage(m);
const app = document.getElementById('app') as HTMLElement;
watchEdits(app);
let strings: EstimateStrings = {};
let inputs: EstimateInputs | undefined;

function field(label: string, control: HTMLElement, id: string): HTMLElement {
  const wrap = el('div', 'field');
  const l = el('label', undefined, label);
  l.htmlFor = id;
  control.id = id;
  wrap.append(l, control);
  return wrap;
}

function select(values: readonly string[], current: string, labels?: (v: string) => string): HTMLSelectElement {
  const s = el('select');
  for (const v of values) {
    const o = el('option', undefined, labels ? labels(v) : v);
    o.value = v;
    o.selected = v === current;
    s.append(o);
  }
  return s;
}

function form(current: EstimateInputs, formats: readonly string[], error?: string): HTMLElement {
  const f = el('form', 'inputs');
  f.setAttribute('aria-label', strings.model ?? 'Inputs');
  const model = el('input');
  model.type = 'text';
  model.value = current.model;
  model.spellcheck = false;
  const quant = select([...new Set([current.quant, ...formats])], current.quant);
  const context = el('input');
  context.type = 'text';
  context.inputMode = 'numeric';
  context.value = String(current.contextTokens);
  const batch = el('input');
  batch.type = 'number';
  batch.min = '1';
  batch.max = String(LIMITS.maxBatch);
  batch.value = String(current.batch);
  const engine = select(ENGINES, current.engine);
  const mode = select(MODES, current.mode, v => strings[v] ?? v);
  const kv = select(KV_CACHE_FORMATS, current.kvCacheQuant);
  const gpus = el('input');
  gpus.type = 'text';
  gpus.placeholder = strings.gpusHint ?? '';
  gpus.value = (current.gpusGiB ?? []).join(', ');
  const tp = el('input');
  tp.type = 'number';
  tp.min = '1';
  tp.max = String(LIMITS.maxRanks);
  tp.value = String(current.tensorParallel ?? 1);
  const layers = el('input');
  layers.type = 'number';
  layers.min = '-1';
  layers.value = String(current.gpuLayers ?? -1);
  f.append(
    field(strings.model, model, 'in-model'),
    field(strings.quant, quant, 'in-quant'),
    field(strings.context, context, 'in-context'),
    field(strings.batch, batch, 'in-batch'),
    field(strings.engine, engine, 'in-engine'),
    field(strings.mode, mode, 'in-mode'),
    field(strings.kv, kv, 'in-kv'),
    field(strings.gpus, gpus, 'in-gpus'),
    field(strings.tensorParallel, tp, 'in-tp'),
    field(strings.gpuLayers, layers, 'in-layers'),
  );
  const message = el('p', 'error');
  message.id = 'input-error';
  message.setAttribute('role', 'alert');
  if (error) message.textContent = error;
  f.append(message);
  const send = () => {
    const tokens = parseTokens(context.value);
    const b = Number(batch.value);
    if (!Number.isInteger(tokens) || tokens < LIMITS.minContext || tokens > LIMITS.maxContext) {
      message.textContent = `${strings.context}: 8192, 32k, 128k…`;
      context.setAttribute('aria-invalid', 'true');
      return;
    }
    if (!Number.isInteger(b) || b < 1 || b > LIMITS.maxBatch) {
      message.textContent = `${strings.batch}: 1–${LIMITS.maxBatch}`;
      batch.setAttribute('aria-invalid', 'true');
      return;
    }
    const gpuList = gpus.value.trim() === '' ? [] : parseGpuList(gpus.value);
    if (!gpuList) {
      message.textContent = `${strings.gpus}: ${strings.gpusHint}`;
      gpus.setAttribute('aria-invalid', 'true');
      return;
    }
    const ranks = Number(tp.value);
    const onGpu = Number(layers.value);
    if (!Number.isInteger(ranks) || ranks < 1 || ranks > LIMITS.maxRanks) {
      message.textContent = `${strings.tensorParallel}: 1–${LIMITS.maxRanks}`;
      tp.setAttribute('aria-invalid', 'true');
      return;
    }
    if (!Number.isInteger(onGpu) || onGpu < -1 || onGpu > LIMITS.maxGpuLayers) {
      message.textContent = `${strings.gpuLayers}: -1, 0, 1, …`;
      layers.setAttribute('aria-invalid', 'true');
      return;
    }
    inputs = {
      model: model.value.trim(),
      quant: quant.value,
      contextTokens: tokens,
      batch: b,
      engine: engine.value as EstimateInputs['engine'],
      mode: mode.value as EstimateInputs['mode'],
      kvCacheQuant: kv.value,
      tensorParallel: ranks,
      gpuLayers: onGpu,
      ...(gpuList.length ? { gpusGiB: gpuList } : {}),
    };
    api.setState({ inputs });
    commitFields();
    post({ type: 'update', inputs });
  };
  for (const control of [quant, engine, mode, kv]) control.addEventListener('change', send);
  for (const control of [model, context, batch, gpus, tp, layers]) control.addEventListener('change', send);
  f.addEventListener('submit', e => {
    e.preventDefault();
    send();
  });
  return f;
}

function breakdown(v: EstimateView): HTMLElement {
  const section = el('section', 'breakdown');
  section.append(el('h2', undefined, strings.breakdown));
  const bar = el('div', 'bar');
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', v.parts.map(p => `${p.label} ${p.text}`).join(', '));
  for (const p of v.parts) {
    const seg = el('div', `seg seg-${p.key}`);
    // Widths through a CSS custom property set from script is still inline style; use classes
    // of 1% steps instead so the CSP can forbid inline styles entirely.
    seg.classList.add(`w-${Math.max(1, Math.round(p.share * 100))}`);
    seg.title = `${p.label}: ${p.text}`;
    bar.append(seg);
  }
  const table = el('table', 'parts');
  for (const p of v.parts) {
    const tr = el('tr');
    const swatch = el('span', `swatch seg-${p.key}`);
    swatch.setAttribute('aria-hidden', 'true');
    const name = el('td');
    name.append(swatch, document.createTextNode(p.label));
    tr.append(name, el('td', 'num', p.text));
    table.append(tr);
  }
  const total = el('tr', 'total');
  total.append(el('td', undefined, strings.total), el('td', 'num', v.total));
  total.id = 'total';
  table.append(total);
  section.append(bar, table);
  return section;
}

function fits(v: EstimateView): HTMLElement {
  const section = el('section', 'fits');
  section.append(el('h2', undefined, strings.fit));
  if (v.largestContext) {
    const l = v.largestContext;
    section.append(
      el(
        'p',
        'largest',
        l.tokens > 0
          ? strings.largest
              .replace('{0}', l.target)
              .replace('{1}', l.tokens.toLocaleString('en-US'))
              .replace('{2}', l.maxTokens.toLocaleString('en-US'))
          : strings.largestNone.replace('{0}', l.target),
      ),
    );
  } else {
    section.append(el('p', 'hint', strings.noGpu));
  }
  const list = el('ul', 'fit-list');
  for (const f of v.fits) {
    const li = el('li', `fit fit-${f.verdict}${f.mine ? ' mine' : ''}`);
    const icon = el(
      'span',
      `codicon ${f.verdict === 'fits' ? 'codicon-pass' : f.verdict === 'tight' ? 'codicon-warning' : 'codicon-error'}`,
    );
    icon.setAttribute('aria-hidden', 'true');
    li.append(icon, el('span', 'fit-label', f.label), el('span', 'fit-verdict', f.text));
    list.append(li);
  }
  section.append(list);
  return section;
}

/** One bar per GPU, in parts of that GPU's memory; then the system RAM and what the split allows. */
function devices(v: EstimateView): HTMLElement | undefined {
  if (v.request.mode !== 'inference') return undefined;
  const section = el('section', 'devices');
  section.append(el('h2', undefined, strings.devices));
  if (!v.devices.length || !v.request.gpusGiB.length) section.append(el('p', 'hint', strings.noDevices));
  const list = el('ul', 'device-list');
  for (const d of v.devices) {
    const li = el('li', `device${d.fits === false ? ' device-over' : ''}`);
    const bar = el('div', 'bar device-bar');
    bar.setAttribute('role', 'img');
    bar.setAttribute('aria-label', `${d.label}: ${d.text}; ${d.parts.map(p => `${p.label} ${p.text}`).join(', ')}`);
    for (const p of d.parts) {
      if (p.percent < 0.5) continue;
      const seg = el('div', `seg seg-${p.key}`);
      seg.classList.add(`w-${Math.max(1, Math.min(100, Math.round(p.percent)))}`);
      seg.title = `${p.label}: ${p.text}`;
      bar.append(seg);
    }
    const state = d.fits === false ? 'codicon-error' : d.fits ? 'codicon-pass' : 'codicon-circle-outline';
    const icon = el('span', `codicon ${state}`);
    icon.setAttribute('aria-hidden', 'true');
    li.append(el('span', 'device-label', d.label), bar, el('span', 'device-text num', d.text), icon);
    list.append(li);
  }
  section.append(list);
  if (v.host) section.append(el('p', 'hint', strings.host.replace('{0}', v.host)));
  for (const note of v.deviceNotes) section.append(el('p', 'hint', note));
  return section;
}

function formats(v: EstimateView): HTMLElement | undefined {
  if (!v.formats.length) return undefined;
  const section = el('section', 'formats');
  section.append(el('h2', undefined, strings.formats));
  const table = el('table');
  const head = el('tr');
  for (const h of [strings.format, strings.bpw, strings.weights, strings.total, ''])
    head.append(el('th', undefined, h));
  table.append(head);
  for (const f of v.formats) {
    const tr = el('tr', f.quant === v.request.quant ? 'current' : undefined);
    tr.append(
      el('td', undefined, f.quant),
      el('td', 'num', f.bitsPerWeight),
      el('td', 'num', f.weights),
      el('td', 'num', f.total),
      el('td', `fit-${f.verdict ?? 'none'}`, f.verdict ?? ''),
    );
    table.append(tr);
  }
  section.append(table);
  return section;
}

function render(v: EstimateView, formatList: readonly string[], error?: string): void {
  const current: EstimateInputs =
    inputs && error
      ? inputs
      : {
          model: v.request.model,
          quant: v.request.quant || formatList[0],
          contextTokens: v.request.contextTokens,
          batch: v.request.batch,
          engine: v.request.engine,
          mode: v.request.mode,
          kvCacheQuant: v.request.kvCacheQuant,
          gpusGiB: v.request.gpusGiB,
          tensorParallel: v.request.tensorParallel,
          gpuLayers: v.request.gpuLayers,
        };
  inputs = current;
  api.setState({ inputs });
  const header = el('header');
  const title = el('h1', undefined, v.title);
  title.id = 'title';
  const copy = el('button', 'button', strings.copy);
  copy.type = 'button';
  copy.id = 'copy';
  copy.addEventListener('click', () => {
    post({ type: 'copy' });
    copy.textContent = strings.copied;
  });
  header.append(title, copy);
  const assumptions = el('details', 'assumptions');
  assumptions.append(el('summary', undefined, `${strings.assumptions} · ${strings.basis.replace('{0}', v.basis)}`));
  const ul = el('ul');
  for (const a of v.assumptions) ul.append(el('li', undefined, a));
  assumptions.append(ul);
  const optional = [devices(v), formats(v)].filter((x): x is HTMLElement => !!x);
  const edits = pendingEdits(app);
  app.replaceChildren(
    header,
    el('p', 'subtitle', v.subtitle),
    ...warnings(v.warnings ?? []),
    form(current, formatList, error),
    breakdown(v),
    fits(v),
    ...optional,
    assumptions,
  );
  restoreEdits(app, edits);
}

/** Warnings above the figures (a context past the model's native maximum). */
function warnings(list: readonly string[]): HTMLElement[] {
  return list.map(w => {
    const p = el('p', 'warning');
    p.setAttribute('role', 'note');
    p.append(el('span', 'codicon codicon-warning'), document.createTextNode(` ${w}`));
    return p;
  });
}

/** No figures: the model in the box is not one the extension can estimate; only the inputs and why. */
function renderCleared(current: EstimateInputs, formatList: readonly string[], error: string): void {
  inputs = current;
  api.setState({ inputs });
  const header = el('header');
  const title = el('h1', undefined, current.model);
  title.id = 'title';
  header.append(title);
  const edits = pendingEdits(app);
  app.replaceChildren(header, form(current, formatList, error));
  restoreEdits(app, edits);
}

let last: { view: EstimateView; formats: readonly string[] } | undefined;
window.addEventListener('message', event => {
  const message = parseToEstimate(event.data);
  if (!message) return;
  strings = message.strings;
  if (message.type === 'view') {
    last = { view: message.view, formats: message.formats };
    render(message.view, message.formats);
  } else if (message.clear || !last) {
    const formatList = last?.formats ?? [];
    last = undefined;
    renderCleared(message.inputs, formatList, message.message);
  } else {
    inputs = message.inputs;
    render(last.view, last.formats, message.message);
  }
});

post({ type: 'ready' });
