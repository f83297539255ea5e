// What can cover the projector at any moment: the blank screen (B), the calm pause an
// X-card asks for (X, or a phone), and the phones' join panel (Q). While one is up it owns
// the keys, so nothing moves on behind it unseen.
import { h } from '../ui/dom';
import type { WorkshopStrings } from './strings';

export interface OverlayHooks {
  readonly strings: () => WorkshopStrings;
  /** Silence the room's sound while something covers the screen (false: back as it was). */
  readonly silence: (on: boolean) => void;
  readonly say: (message: string) => void;
  /** The pause an X-card asked for is over. */
  readonly onXCardClosed: () => void;
  /** The join panel was put away (its home on Session 0 may want it back). */
  readonly onJoinClosed: () => void;
  /** What covers the screen changed (the room's view follows). */
  readonly onChange: () => void;
  readonly joinPanel?: HTMLElement;
}

export class Overlays {
  /** Black, over everything; its text is for screen readers only. */
  readonly blankLayer: HTMLElement;
  private blanked = false;
  private xCard: HTMLElement | null = null;
  private join: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: OverlayHooks,
  ) {
    this.blankLayer = h('div', { class: 'ws-blank', hidden: true }, h('p', { class: 'visually-hidden' }, ''));
  }

  /** What covers the screen now, for the room's view. */
  get cover(): 'none' | 'blank' | 'xcard' | 'join' {
    return this.blanked ? 'blank' : this.xCard ? 'xcard' : this.join ? 'join' : 'none';
  }

  get active(): boolean {
    return this.blanked || this.xCard !== null || this.join !== null;
  }

  /** Keys while an overlay is up: true when the key was used (or swallowed). */
  handleKey(event: KeyboardEvent): boolean {
    const key = event.key;
    const lower = key.toLowerCase();
    if (this.blanked) {
      // While blank only B (or Esc) brings the picture back.
      if (lower === 'b' || key === 'Escape') this.toggleBlank();
      return true;
    }
    if (this.xCard) {
      if (key === 'Enter' || key === 'Escape' || lower === 'x') {
        this.closeXCard();
        return true;
      }
      return false;
    }
    if (this.join) {
      if (key === 'Escape' || lower === 'q') {
        this.toggleJoin();
        return true;
      }
      return false;
    }
    return false;
  }

  toggleBlank(): void {
    const s = this.hooks.strings();
    this.blanked = !this.blanked;
    this.blankLayer.hidden = !this.blanked;
    const text = this.blankLayer.querySelector('p');
    if (text) text.textContent = this.blanked ? s.blanked : '';
    document.documentElement.dataset.blank = String(this.blanked);
    this.hooks.silence(this.blanked);
    if (this.blanked) this.hooks.say(s.blanked);
    this.hooks.onChange();
  }

  showXCard(): void {
    if (this.xCard) return;
    const s = this.hooks.strings();
    const resume = h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'x-resume', onclick: () => this.closeXCard() },
      `${s.xCardResume} (Enter)`,
    );
    this.xCard = h(
      'div',
      {
        class: 'ws-xcard',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'ws-xcard-title',
        'aria-describedby': 'ws-xcard-text',
      },
      h('h1', { id: 'ws-xcard-title' }, s.xCardTitle),
      h('p', { id: 'ws-xcard-text' }, s.xCardText),
      resume,
    );
    this.root.append(this.xCard);
    document.documentElement.dataset.xcard = 'true';
    this.hooks.silence(true);
    resume.focus();
    this.hooks.onChange();
  }

  closeXCard(): void {
    if (!this.xCard) return;
    this.xCard.remove();
    this.xCard = null;
    delete document.documentElement.dataset.xcard;
    this.hooks.silence(false);
    this.hooks.onXCardClosed();
    this.hooks.onChange();
  }

  /** The phones' join panel over whatever is on screen, and away again. */
  toggleJoin(): void {
    const panel = this.hooks.joinPanel;
    if (!panel) return;
    if (this.join) {
      this.join.remove();
      this.join = null;
      this.hooks.onJoinClosed();
      this.hooks.onChange();
      return;
    }
    const s = this.hooks.strings();
    const close = h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'join-close', onclick: () => this.toggleJoin() },
      `${s.close} (Q)`,
    );
    this.join = h(
      'div',
      { class: 'ws-join-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': s.joinTitle },
      h('h1', {}, s.joinTitle),
      panel,
      close,
    );
    this.root.append(this.join);
    close.focus();
    this.hooks.onChange();
  }

  destroy(): void {
    this.xCard?.remove();
    this.join?.remove();
    this.xCard = null;
    this.join = null;
    delete document.documentElement.dataset.xcard;
    delete document.documentElement.dataset.blank;
  }
}
