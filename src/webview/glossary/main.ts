// The glossary panel's front end: search as you type, results with the matching part
// highlighted, entries with related links, and a back/forward path. Its state (search text,
// entry, path and scroll position) is kept with setState, so it survives hide/show and restarts.
import { parseToGlossary, type FromGlossary, type GlossaryItem, type GlossaryStrings } from '../messages';
import { el } from '../element';
import { vscodeApi } from '../vscodeApi';
import { highlightRuns, queryWords, search } from './search';

interface State {
  query: string;
  entryId?: string;
  path: string[];
  at: number;
  scroll: number;
}

const api = vscodeApi<State>();
const post = (m: FromGlossary) => api.postMessage(m);
const state: State = { query: '', path: [], at: -1, scroll: 0, ...api.getState() };
let entries: GlossaryItem[] = [];
let byId = new Map<string, GlossaryItem>();
let strings: GlossaryStrings | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const searchBox = $<HTMLInputElement>('search');
const results = $<HTMLElement>('results');
const entryView = $<HTMLElement>('entry');
const status = $<HTMLElement>('status');
const back = $<HTMLButtonElement>('back');
const forward = $<HTMLButtonElement>('forward');
const index = $<HTMLButtonElement>('index');
const scroller = $<HTMLElement>('content');

function save(): void {
  api.setState(state);
}

function highlighted(text: string, words: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const run of highlightRuns(text, words)) {
    fragment.append(run.match ? el('mark', undefined, run.text) : document.createTextNode(run.text));
  }
  return fragment;
}

function renderResults(): void {
  const words = queryWords(state.query);
  const hits = search(entries, state.query);
  results.replaceChildren();
  hits.forEach(({ item }, i) => {
    const option = el('div', 'result');
    option.setAttribute('role', 'option');
    option.id = `result-${item.id}`;
    option.dataset.term = item.id;
    option.tabIndex = i === 0 ? 0 : -1;
    option.setAttribute('aria-selected', String(item.id === state.entryId));
    const term = el('div', 'result-term');
    term.append(highlighted(item.term, words));
    const summary = el('div', 'result-summary');
    summary.append(highlighted(item.summary, words));
    option.append(term, summary);
    results.append(option);
  });
  if (strings) {
    status.textContent = hits.length
      ? strings.results.replace('{0}', String(hits.length))
      : strings.noResults.replace('{0}', state.query);
  }
}

function renderEntry(): void {
  const item = state.entryId ? byId.get(state.entryId) : undefined;
  entryView.replaceChildren();
  document.body.classList.toggle('showing-entry', !!item);
  if (!item || !strings) return;
  const title = el('h2', 'entry-term', item.term);
  title.id = 'entry-title';
  title.tabIndex = -1;
  entryView.setAttribute('aria-labelledby', 'entry-title');
  entryView.append(title);
  if (item.aliases.length) entryView.append(el('p', 'entry-aliases', item.aliases.join(' · ')));
  entryView.append(el('p', 'entry-summary', item.summary));
  const body = el('div', 'entry-body');
  // Built by the core's renderer from our own entries: escaped text, entry links only.
  body.innerHTML = item.html;
  entryView.append(body);
  if (item.related.length) {
    const nav = el('nav', 'related');
    nav.setAttribute('aria-label', strings.related);
    nav.append(el('h3', undefined, strings.related));
    const list = el('ul');
    for (const id of item.related) {
      const target = byId.get(id);
      if (!target) continue;
      const link = el('a', 'term-link', target.term);
      link.href = '#';
      link.dataset.term = id;
      const li = el('li');
      li.append(link);
      list.append(li);
    }
    nav.append(list);
    entryView.append(nav);
  }
}

function renderNav(): void {
  back.disabled = state.at <= 0;
  forward.disabled = state.at >= state.path.length - 1;
}

function render(): void {
  renderResults();
  renderEntry();
  renderNav();
}

/** Opens an entry; `record` adds it to the back/forward path. */
function open(id: string, record = true, focus = true): void {
  if (!byId.has(id)) return;
  if (record && state.path[state.at] !== id) {
    state.path = [...state.path.slice(0, state.at + 1), id].slice(-50);
    state.at = state.path.length - 1;
  }
  state.entryId = id;
  state.scroll = 0;
  render();
  scroller.scrollTop = 0;
  if (focus) $<HTMLElement>('entry-title')?.focus();
  save();
  post({ type: 'shown', id });
}

function showIndex(): void {
  state.entryId = undefined;
  render();
  save();
  searchBox.focus();
}

function step(delta: number): void {
  const at = state.at + delta;
  if (at < 0 || at >= state.path.length) return;
  state.at = at;
  open(state.path[at], false);
}

searchBox.addEventListener('input', () => {
  state.query = searchBox.value.slice(0, 200);
  state.entryId = undefined;
  render();
  save();
});

searchBox.addEventListener('keydown', e => {
  if (e.key === 'ArrowDown') {
    (results.querySelector('.result') as HTMLElement | null)?.focus();
    e.preventDefault();
  } else if (e.key === 'Enter') {
    const first = results.querySelector<HTMLElement>('.result');
    if (first?.dataset.term) open(first.dataset.term);
  }
});

results.addEventListener('click', e => {
  const option = (e.target as HTMLElement).closest<HTMLElement>('.result');
  if (option?.dataset.term) open(option.dataset.term);
});

results.addEventListener('keydown', e => {
  const current = (e.target as HTMLElement).closest<HTMLElement>('.result');
  if (!current) return;
  const move = (next: Element | null) => {
    if (next instanceof HTMLElement) {
      current.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  };
  if (e.key === 'ArrowDown') {
    move(current.nextElementSibling);
    e.preventDefault();
  } else if (e.key === 'ArrowUp') {
    if (current.previousElementSibling) move(current.previousElementSibling);
    else searchBox.focus();
    e.preventDefault();
  } else if (e.key === 'Enter' || e.key === ' ') {
    if (current.dataset.term) open(current.dataset.term);
    e.preventDefault();
  }
});

entryView.addEventListener('click', e => {
  const link = (e.target as HTMLElement).closest<HTMLElement>('.term-link');
  if (!link) return;
  e.preventDefault();
  if (link.dataset.term) open(link.dataset.term);
});

back.addEventListener('click', () => step(-1));
forward.addEventListener('click', () => step(1));
index.addEventListener('click', showIndex);
document.addEventListener('keydown', e => {
  if (e.altKey && e.key === 'ArrowLeft') {
    step(-1);
    e.preventDefault();
  }
  if (e.altKey && e.key === 'ArrowRight') {
    step(1);
    e.preventDefault();
  }
  if (e.key === 'Escape' && state.entryId) {
    showIndex();
    e.preventDefault();
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
scroller.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    state.scroll = scroller.scrollTop;
    save();
  }, 150);
});

window.addEventListener('message', event => {
  const message = parseToGlossary(event.data);
  if (!message) return;
  if (message.type === 'init') {
    entries = message.entries;
    byId = new Map(entries.map(e => [e.id, e]));
    strings = message.strings;
    searchBox.placeholder = strings.searchPlaceholder;
    searchBox.setAttribute('aria-label', strings.searchLabel);
    results.setAttribute('aria-label', strings.allTerms);
    back.setAttribute('aria-label', strings.back);
    back.title = strings.back;
    forward.setAttribute('aria-label', strings.forward);
    forward.title = strings.forward;
    index.setAttribute('aria-label', strings.allTerms);
    index.title = strings.allTerms;
    searchBox.value = state.query;
    if (message.show) {
      open(message.show);
    } else {
      render();
      scroller.scrollTop = state.scroll;
      if (state.entryId) post({ type: 'shown', id: state.entryId });
    }
  } else if (message.type === 'show') {
    open(message.id);
  }
});

window.addEventListener('error', e => post({ type: 'error', message: String(e.message) }));
post({ type: 'ready' });
