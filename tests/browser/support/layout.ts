// Layout checks run inside the page: text that is cut off or runs out of the viewport, and
// buttons that something else covers (the stage, a notice) where a player would press them.

/**
 * Problems with text in `scope`: a box whose content is wider than the box (cut off or
 * spilling), or anything reaching outside the viewport, or a page that scrolls sideways.
 */
export function textProblems(scope: string): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const vw = root.clientWidth;
  if (root.scrollWidth > vw) problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in ${vw}px`);
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const texty =
    'h1, h2, h3, p, li, label, legend, button, select, output, dt, dd, .choice-text, .button-label, .button-description';
  for (const el of document.querySelectorAll<HTMLElement>(`${scope} :is(${texty})`)) {
    if (el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
    if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`cut off sideways: ${name(el)} (${el.scrollWidth}px of text in ${el.clientWidth}px)`);
    }
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if (style.display !== 'inline' && clipsY && el.scrollHeight > el.clientHeight + 1) {
      problems.push(`cut off below: ${name(el)} (${el.scrollHeight}px of text in ${el.clientHeight}px)`);
    }
    if (box.left < -1 || box.right > vw + 1) {
      problems.push(`outside the viewport: ${name(el)} (${Math.round(box.left)}–${Math.round(box.right)} of ${vw}px)`);
    }
  }
  return problems;
}

/**
 * Buttons in `selector` that a press would not reach: each is scrolled into view, and at
 * its centre (and near both ends) the element found there must be the button itself.
 */
export function coveredButtons(selector: string): string[] {
  const problems: string[] = [];
  for (const button of document.querySelectorAll<HTMLElement>(selector)) {
    button.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = button.getBoundingClientRect();
    const y = box.top + box.height / 2;
    for (const x of [box.left + 6, box.left + box.width / 2, box.right - 6]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !button.contains(hit)) {
        const over = hit
          ? `${hit.tagName.toLowerCase()}${hit.className ? `.${String(hit.className).split(' ').join('.')}` : ''}`
          : 'nothing';
        problems.push(
          `"${(button.textContent ?? '').trim().slice(0, 40)}" is covered at (${Math.round(x)}, ${Math.round(y)}) by ${over}`,
        );
        break;
      }
    }
  }
  return problems;
}
