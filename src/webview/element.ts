// Creating an element in a webview: a tag, an optional class and optional text (set as text,
// never parsed as HTML). Shared by the estimate and glossary panels.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
