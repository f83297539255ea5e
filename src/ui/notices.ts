// Messages to the player: what went wrong, what was kept. They float in one overlay at the
// top of the window, newest first, so a message never pushes the text or the choices
// away; the same message twice shows once, and only the latest few stay. Errors use
// role="alert" so a screen reader hears them at once; information uses a polite status.
import { h } from './dom';

export type NoticeKind = 'info' | 'error';

/** More than this and the oldest message goes (each can be read again where it came from). */
export const MAX_NOTICES = 3;

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
    for (const old of this.element.querySelectorAll<HTMLElement>('.notice')) {
      if (old.dataset.message === message) old.remove();
    }
    const notice = h(
      'div',
      { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-message': message },
      h('p', {}, message),
      h('button', { type: 'button', class: 'notice-dismiss', onclick: () => notice.remove() }, this.dismissLabel()),
    );
    this.element.prepend(notice);
    while (this.element.children.length > MAX_NOTICES) this.element.lastElementChild?.remove();
    return notice;
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
