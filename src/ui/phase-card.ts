// A title card between phases: the phase's number and name over the game for one breath,
// then gone. A tap or a key dismisses it at once; under reduced motion it is never shown
// (the header says the phase either way, and screen readers hear it there). Loaded at the
// first change of phase, not with the first text.
import { h } from './dom';

/** One breath: in, hold, out (styles.css times the fade to it). */
export const PHASE_CARD_MS = 2200;

export function showPhaseCard(host: HTMLElement, label: string, name: string): HTMLElement {
  host.querySelector('.phase-card')?.remove();
  const card = h(
    'div',
    { class: 'phase-card playing', 'aria-hidden': 'true' },
    h('span', { class: 'phase-card-number' }, label),
    h('span', { class: 'phase-card-name' }, name),
  );
  const timer = setTimeout(() => close(), PHASE_CARD_MS);
  const close = () => {
    clearTimeout(timer);
    card.remove();
    window.removeEventListener('keydown', close, true);
  };
  card.addEventListener('click', close);
  window.addEventListener('keydown', close, true);
  host.append(card);
  return card;
}
