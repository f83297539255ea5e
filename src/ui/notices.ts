// Messages to the player: what went wrong, what was kept. Errors use role="alert" so a
// screen reader hears them at once; information uses a polite status region.
import { h } from './dom';

export type NoticeKind = 'info' | 'error';

export class Notices {
  readonly element: HTMLElement;
  private readonly shown = new Set<string>();

  constructor(private readonly dismissLabel: () => string) {
    this.element = h('div', { class: 'notices' });
  }

  /** Show a message; with `once`, a message with the same key is shown one time only. */
  show(message: string, kind: NoticeKind = 'info', options: { once?: string } = {}): HTMLElement | null {
    if (options.once) {
      if (this.shown.has(options.once)) return null;
      this.shown.add(options.once);
    }
    const notice = h(
      'div',
      { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('p', {}, message),
      h('button', { type: 'button', class: 'notice-dismiss', onclick: () => notice.remove() }, this.dismissLabel()),
    );
    this.element.append(notice);
    // Messages sit at the top of the page: a player scrolled down to the choices must
    // still see an error (information is also announced, and can wait).
    if (kind === 'error') notice.scrollIntoView?.({ block: 'nearest' });
    return notice;
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
