// What is said to screen readers without moving focus: one polite live region per shell.
import { h } from './dom';

export class LiveRegion {
  readonly element = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-live': '' });

  /** Say `message`; clearing first makes a repeated message be announced again. */
  say(message: string): void {
    this.element.textContent = '';
    setTimeout(() => (this.element.textContent = message), 30);
  }
}
