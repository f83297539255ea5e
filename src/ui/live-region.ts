// What is said to screen readers without moving focus: one polite live region per shell.
//
// Saying something never holds up the frame that paints what prompted it (a choice's step is
// said as its text comes in): the message is written once, in the task after that frame, and
// messages said before then collapse into the last. One write, not a clear and a write a
// moment later: a message repeated is told apart by a trailing no-break space that comes and
// goes, so it is still a change, and is heard again.
import { afterNextPaint } from '../shared/after-paint';
import { h } from './dom';

const AGAIN = '\u00a0';

export class LiveRegion {
  readonly element = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-live': '' });
  private waiting: string | null = null;

  /** Say `message` (once the frame being prepared has been painted). */
  say(message: string): void {
    const scheduled = this.waiting !== null;
    this.waiting = message;
    if (scheduled) return;
    afterNextPaint(() => {
      const next = this.waiting ?? '';
      this.waiting = null;
      const now = this.element.textContent ?? '';
      this.element.textContent = now === next ? `${next}${AGAIN}` : next;
    });
  }
}
