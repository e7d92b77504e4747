// The text of a Jupyter notebook (.ipynb, nbformat 4:
// https://nbformat.readthedocs.io/en/latest/format_description.html):
// its cells in order, each with its kind and source (a string or a list of lines).

export interface NotebookCell {
  /** Raw cells are kept (not read) so that indices match the notebook's own cell list. */
  kind: 'code' | 'markdown' | 'raw';
  text: string;
}

/** The code and Markdown cells of a notebook's JSON text; [] when it is not a notebook. */
export function notebookCells(json: string): NotebookCell[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    if (e instanceof SyntaxError) return [];
    throw e;
  }
  const cells = (doc as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) return [];
  const out: NotebookCell[] = [];
  for (const c of cells) {
    const type = (c as { cell_type?: unknown })?.cell_type;
    if (type !== 'code' && type !== 'markdown' && type !== 'raw') continue;
    const source = (c as { source?: unknown }).source;
    const text = Array.isArray(source)
      ? source.filter(s => typeof s === 'string').join('')
      : typeof source === 'string'
        ? source
        : '';
    out.push({ kind: type, text });
  }
  return out;
}
