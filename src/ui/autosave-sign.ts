// A quiet sign after the autosave: a small word in the corner that comes and goes. For the
// eyes only (aria-hidden): announcing every save would talk over the story. Loaded after
// the first save, not with the first text.
import { h } from './dom';

const SHOWN_MS = 1400;
let timer: ReturnType<typeof setTimeout> | null = null;

export function flashSaved(host: HTMLElement, label: string): void {
  let sign = host.querySelector<HTMLElement>(':scope > .autosave-sign');
  if (!sign) {
    sign = h('p', { class: 'autosave-sign', 'aria-hidden': 'true' });
    host.append(sign);
  }
  sign.textContent = label;
  // Shown on the next frame, so the fade-in runs even for a sign just made.
  requestAnimationFrame(() => sign.classList.add('shown'));
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    sign.classList.remove('shown');
  }, SHOWN_MS);
}
