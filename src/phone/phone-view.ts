// The participant's page: the code form, then the current choice as large buttons, the
// result once revealed, and the pause button (the X-card) always at hand. Real buttons and
// headings, one polite live region for what changes, focus kept where the thumb was.
import { topOptions, type Lang } from '../../server/protocol.js';
import { h, replaceChildren } from '../ui/dom';
import type { PhoneClient, PhoneNews } from './phone-client';
import { PHONE_STRINGS, type PhoneStrings } from './strings';

export interface PhoneViewOptions {
  readonly root: HTMLElement;
  readonly lang: Lang;
  /** The code from the link, if the phone came by QR code. */
  readonly code: string | null;
  /** Connect with this code (the page makes the client). */
  readonly connect: (code: string) => PhoneClient;
}

const CODE_PATTERN = /^[0-9A-Za-z]{4,12}$/;

export class PhoneView {
  private lang: Lang;
  private client: PhoneClient | null = null;
  private stops: (() => void)[] = [];
  private readonly header: HTMLElement;
  private readonly connection: HTMLElement;
  private readonly main: HTMLElement;
  private readonly xcard: HTMLElement;
  private readonly announcer: HTMLElement;
  private formError = '';
  private xcardTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: PhoneViewOptions) {
    this.lang = options.lang;
    this.connection = h('p', { class: 'phone-connection', role: 'status' });
    this.header = h('header', { class: 'phone-head' }, h('h1', {}, ''), this.connection);
    this.main = h('section', { class: 'phone-main' });
    this.xcard = h('section', { class: 'phone-xcard' });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    replaceChildren(options.root, this.header, this.main, this.xcard, this.announcer);
    if (options.code && CODE_PATTERN.test(options.code)) this.join(options.code);
    else this.render();
  }

  private get s(): PhoneStrings {
    return PHONE_STRINGS[this.lang];
  }

  private join(code: string): void {
    for (const stop of this.stops) stop();
    this.client?.stop();
    const client = this.options.connect(code.toUpperCase());
    this.client = client;
    this.stops = [client.events.on('change', () => this.render()), client.events.on('news', (news) => this.tell(news))];
    client.start();
    this.render();
  }

  // ── drawing ────────────────────────────────────────────────────────────────

  private render(): void {
    const client = this.client;
    const room = client?.room ?? null;
    if (room && room.lang !== this.lang) this.lang = room.lang;
    const s = this.s;
    document.documentElement.lang = this.lang;
    document.title = s.pageTitle;
    this.header.querySelector('h1')!.textContent = s.heading;

    const ended = client?.ended ?? null;
    if (!client || ended === 'wrong-room' || ended === 'room-full' || ended === 'device-limit' || ended === 'too-many-attempts') {
      if (ended === 'too-many-attempts') this.formError = s.tooManyAttempts;
      else if (ended === 'wrong-room' || ended === 'room-full' || ended === 'device-limit') this.formError = s.errors[ended] ?? s.genericError;
      this.connection.textContent = '';
      this.keepFocus(() => replaceChildren(this.main, this.codeForm()));
      replaceChildren(this.xcard);
      return;
    }
    if (ended === 'room-closed') {
      this.connection.textContent = '';
      replaceChildren(this.main, h('p', { class: 'phone-ended' }, s.ended));
      replaceChildren(this.xcard);
      return;
    }
    this.connection.textContent =
      client.status === 'reconnecting' || client.status === 'closed' ? s.offline : client.status === 'connecting' && !room ? s.connecting : '';
    this.keepFocus(() => {
      replaceChildren(this.main, room?.paused ? h('p', { class: 'phone-paused' }, s.paused) : null, ...this.voteView());
      this.renderXCard();
    });
  }

  private codeForm(): HTMLElement {
    const s = this.s;
    const input = h('input', {
      id: 'phone-code',
      name: 'code',
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 12,
      required: true,
      value: this.client?.code ?? this.options.code ?? '',
      'aria-describedby': 'phone-code-hint phone-code-error',
      'aria-invalid': this.formError ? 'true' : null,
      'data-focus-key': 'code',
    });
    return h(
      'form',
      {
        class: 'phone-join',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          const code = input.value.trim();
          if (!CODE_PATTERN.test(code)) {
            this.formError = s.codeHint;
            this.render();
            document.getElementById('phone-code')?.focus();
            return;
          }
          this.formError = '';
          const url = new URL(location.href);
          url.searchParams.set('room', code.toUpperCase());
          history.replaceState(null, '', url);
          this.join(code);
        },
      },
      h('h2', {}, s.enterCode),
      h('label', { for: 'phone-code' }, s.codeLabel),
      input,
      h('p', { id: 'phone-code-hint', class: 'phone-hint' }, s.codeHint),
      h('p', { id: 'phone-code-error', class: 'phone-error', role: 'alert' }, this.formError),
      h('button', { type: 'submit', class: 'phone-primary', 'data-focus-key': 'join' }, s.join),
    );
  }

  private voteView(): (HTMLElement | null)[] {
    const s = this.s;
    const client = this.client!;
    const room = client.room;
    const vote = room?.vote ?? null;
    if (!room) return [];
    if (!vote) return [h('p', { class: 'phone-waiting' }, s.waiting)];
    const mine = client.myVote;
    const open = vote.phase === 'open';
    const heading =
      vote.phase === 'committed' && vote.chosen !== null
        ? s.chosen(vote.options[vote.chosen]?.text ?? '')
        : open
          ? s.voteHeading
          : s.revealedHeading;
    const list = h(
      'ul',
      { class: 'phone-options', 'aria-label': s.optionsLabel },
      vote.options.map((option, index) => {
        const count = vote.counts?.[index];
        const lockId = `phone-lock-${index}`;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'phone-option',
              'aria-pressed': String(mine === index),
              'aria-disabled': open ? null : 'true',
              'aria-describedby': option.locked ? lockId : null,
              'data-option': index,
              'data-chosen': vote.chosen === index ? 'true' : null,
              'data-focus-key': `option-${vote.id}-${index}`,
              onclick: () => {
                if (open) client.vote(index);
              },
            },
            h('span', { class: 'phone-option-text' }, option.text),
            count === undefined ? null : h('span', { class: 'phone-option-count' }, s.votes(count)),
            mine === index && !open ? h('span', { class: 'phone-option-mine' }, s.yours) : null,
          ),
          option.locked ? h('p', { id: lockId, class: 'phone-locked' }, s.lockedNote) : null,
        );
      }),
    );
    let status = '';
    if (open) status = client.pending ? s.sending : mine !== null ? s.counted(vote.options[mine]?.text ?? '') : '';
    else if (vote.phase === 'revealed' && vote.counts) {
      // Advice, a tie or no votes: the facilitator picks — say so while the room waits.
      const top = topOptions(vote.counts, vote.options.map((o) => o.locked));
      if (vote.mode === 'advise' || top.length > 1) status = s.facilitatorDecides;
    }
    const error = client.lastError && client.lastError !== 'xcard-too-soon' ? (s.errors[client.lastError] ?? s.genericError) : '';
    return [
      h('h2', { id: 'phone-vote-title', tabindex: -1 }, heading),
      vote.prompt ? h('p', { class: 'phone-prompt' }, vote.prompt) : null,
      open ? h('p', { class: 'phone-hint' }, vote.mode === 'advise' ? `${s.voteHint} ${s.adviseHint}` : s.voteHint) : null,
      list,
      h('p', { class: 'phone-status' }, status),
      error ? h('p', { class: 'phone-error', role: 'alert' }, error) : null,
    ];
  }

  private renderXCard(): void {
    const s = this.s;
    const client = this.client!;
    const wait = Math.max(0, client.xcardUntil - performance.now());
    const cooling = wait > 0;
    const note = client.lastError === 'xcard-too-soon' ? s.errors['xcard-too-soon']! : client.xcardSent && cooling ? s.xcardSent : '';
    replaceChildren(
      this.xcard,
      h(
        'button',
        {
          type: 'button',
          class: 'phone-xcard-button',
          'aria-describedby': 'phone-xcard-hint phone-xcard-note',
          'aria-disabled': cooling ? 'true' : null,
          'data-focus-key': 'xcard',
          onclick: () => {
            if (!cooling) client.xcard();
          },
        },
        s.xcardButton,
      ),
      // While a vote is open the options need the room: the explanation is then for screen readers only.
      h('p', { id: 'phone-xcard-hint', class: client.room?.vote?.phase === 'open' ? 'visually-hidden' : 'phone-hint' }, s.xcardHint),
      h('p', { id: 'phone-xcard-note', class: 'phone-xcard-note' }, note, cooling ? ` ${s.xcardWait(Math.ceil(wait / 1000))}` : ''),
    );
    // Count the wait down while it lasts, then let the button come back.
    if (this.xcardTimer) clearTimeout(this.xcardTimer);
    this.xcardTimer = cooling ? setTimeout(() => this.render(), Math.min(wait, 1000)) : null;
  }

  /** Redraw without losing the focused control (matched by its data-focus-key). */
  private keepFocus(draw: () => void): void {
    const active = document.activeElement as HTMLElement | null;
    const key = active?.dataset.focusKey ?? null;
    draw();
    if (!key) return;
    const again = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (again) again.focus();
    // The focused option belonged to a vote that is gone: land on the new heading.
    else if (key.startsWith('option-')) document.getElementById('phone-vote-title')?.focus();
  }

  // ── announcements ──────────────────────────────────────────────────────────

  private tell(news: PhoneNews): void {
    const s = this.s;
    const text = (() => {
      switch (news.kind) {
        case 'new-vote':
          return s.newVote(news.options);
        case 'closed':
          return s.voteClosed;
        case 'chosen':
          return s.chosen(news.option);
        case 'withdrawn':
          return s.voteWithdrawn;
        case 'counted':
          return s.counted(news.option);
        case 'xcard-sent':
          return s.xcardSent;
        case 'error':
          // Errors are shown in role="alert" paragraphs, which announce themselves.
          return '';
      }
    })();
    if (!text) return;
    // Clear first so the same sentence twice is still read twice.
    this.announcer.textContent = '';
    setTimeout(() => {
      this.announcer.textContent = text;
    }, 50);
  }
}
