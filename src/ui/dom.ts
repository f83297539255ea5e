// A small element builder: enough to write semantic HTML in TypeScript without a framework.

type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Replace everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren(
    ...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/**
 * Put a new screen (the title, a game, the endings found) in the shell's one screen element,
 * the page at its top: the offset the last screen was scrolled to means nothing to the new
 * one. Kept, it opened a new game about 370 px down on a phone (its first text under the
 * pinned stage), and the title 879 px down after a game left scrolled to its foot.
 */
export function showScreen(host: Element, screen: Node): void {
  replaceChildren(host, screen);
  scrollTo(0, 0);
}

let idCounter = 0;
/** A unique id for aria-describedby and label pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Is any of our dialogs open? (Keys then belong to the dialog; the dialogs are in dialogs.ts.) */
export function dialogOpen(root: ParentNode): boolean {
  return root.querySelector('dialog[open]') !== null;
}
