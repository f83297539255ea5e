// A quiet sign after the autosave: a small word in the corner that comes and goes. For the
// eyes only (aria-hidden): announcing every save would talk over the story. Loaded after
// the first save, not with the first text.
//
// It costs a frame to come and one to go, never more: saves in quick succession (a choice
// every second) keep it shown, with nothing written to the page; its word is written only
// when it changes (a new language).
import { h } from './dom';

const SHOWN_MS = 1400;
/** The sign's pending hide, while it is shown. */
const hiding = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

export function flashSaved(host: HTMLElement, label: string): void {
  let sign = host.querySelector<HTMLElement>(':scope > .autosave-sign');
  if (!sign) {
    sign = h('p', { class: 'autosave-sign', 'aria-hidden': 'true' });
    host.append(sign);
  }
  if (sign.textContent !== label) sign.textContent = label;
  const shown = sign;
  const pending = hiding.get(shown);
  // Still shown (or about to be): it only stays longer. Else it is shown on the next frame,
  // so the fade-in runs even for a sign just made.
  if (pending !== undefined) clearTimeout(pending);
  else requestAnimationFrame(() => shown.classList.add('shown'));
  hiding.set(
    shown,
    setTimeout(() => {
      hiding.delete(shown);
      shown.classList.remove('shown');
    }, SHOWN_MS),
  );
}
