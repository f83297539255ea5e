// The participant's page: the code form, then the current choice as large buttons (numbered
// and coloured as on the projector) with how many have voted and the time left, the result
// once revealed, the phase card's prompt between phases, the end, and the pause button (the
// X-card) always at hand. Real buttons and headings, one polite live region for what
// changes, focus kept where the thumb was. The pieces are built in phone-parts.ts.
import type { Lang } from '../../common/language.js';
import { h, replaceChildren } from '../ui/dom';
import type { PerLang } from '../words/catalog';
import type { PhoneClient, PhoneNews } from './phone-client';
import { CODE_PATTERN, cardView, codeForm, endedView, formEnding, timerText, voteView, xcardView } from './phone-parts';
import type { PhoneStrings } from './strings';

export interface PhoneViewOptions {
  readonly root: HTMLElement;
  readonly lang: Lang;
  /** The phone's words in every language (phoneWords.loadAll()): it follows the room's. */
  readonly words: PerLang<PhoneStrings>;
  /** The code from the link, if the phone came by QR code. */
  readonly code: string | null;
  /** Connect with this code (the page makes the client). */
  readonly connect: (code: string) => PhoneClient;
}

export class PhoneView {
  private lang: Lang;
  private client: PhoneClient | null = null;
  private stops: (() => void)[] = [];
  private readonly heading: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly connection: HTMLElement;
  private readonly main: HTMLElement;
  private readonly xcard: HTMLElement;
  private readonly announcer: HTMLElement;
  /** The open vote's countdown: kept across redraws, its text changed in place each second. */
  private readonly timer = h('span', { class: 'phone-timer' });
  private formError = '';
  private xcardWaiting = false;
  private tick: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: PhoneViewOptions) {
    this.lang = options.lang;
    this.heading = h('h1', {}, '');
    this.badge = h('p', { class: 'phone-badge' });
    this.connection = h('p', { class: 'phone-connection', role: 'status' });
    const header = h('header', { class: 'phone-head' }, this.heading, this.badge, this.connection);
    this.main = h('section', { class: 'phone-main' });
    this.xcard = h('section', { class: 'phone-xcard' });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    replaceChildren(options.root, header, this.main, this.xcard, this.announcer);
    if (options.code && CODE_PATTERN.test(options.code)) this.join(options.code);
    else this.render();
  }

  private get s(): PhoneStrings {
    return this.options.words[this.lang];
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

  private submitCode(code: string): void {
    if (!CODE_PATTERN.test(code)) {
      this.formError = this.s.codeHint;
      this.render();
      document.getElementById('phone-code')?.focus();
      return;
    }
    this.formError = '';
    const url = new URL(location.href);
    url.searchParams.set('room', code.toUpperCase());
    history.replaceState(null, '', url);
    this.join(code);
  }

  // ── drawing ────────────────────────────────────────────────────────────────

  private render(): void {
    if (this.tick) clearTimeout(this.tick);
    this.tick = null;
    const client = this.client;
    const room = client?.room ?? null;
    if (room && room.lang !== this.lang) this.lang = room.lang;
    const s = this.s;
    document.documentElement.lang = this.lang;
    document.title = s.pageTitle;
    this.heading.textContent = s.heading;
    const ended = client?.ended ?? null;
    const showBadge = room !== null && ended === null;
    this.badge.textContent = showBadge ? s.badge(room.badge) : '';
    this.badge.title = showBadge ? s.badgeHint : '';

    const formNote = formEnding(s, ended);
    if (!client || formNote !== null) {
      if (formNote !== null) this.formError = formNote;
      this.connection.textContent = '';
      this.keepFocus(() =>
        replaceChildren(
          this.main,
          codeForm(s, client?.code ?? this.options.code ?? '', this.formError, (code) => this.submitCode(code)),
        ),
      );
      replaceChildren(this.xcard);
      return;
    }
    if (ended === 'room-closed' || ended === 'removed' || ended === 'elsewhere') {
      this.connection.textContent = '';
      replaceChildren(this.main, endedView(s, ended));
      replaceChildren(this.xcard);
      return;
    }
    this.connection.textContent =
      client.status === 'reconnecting' || client.status === 'closed'
        ? s.offline
        : client.status === 'connecting' && !room
          ? s.connecting
          : '';
    const waitMs = Math.max(0, client.xcardUntil - performance.now());
    this.keepFocus(() => {
      const vote = room?.vote ?? null;
      replaceChildren(
        this.main,
        room?.paused ? h('p', { class: 'phone-paused' }, s.paused) : null,
        room?.card ? cardView(s, room.card) : null,
        ...(room && !vote && !room.card ? [h('p', { class: 'phone-waiting' }, s.waiting)] : []),
        ...voteView(s, client, this.timer),
      );
      replaceChildren(this.xcard, ...xcardView(s, client, waitMs));
    });
    this.countDown();
  }

  /** The countdown and the pause button's wait, a second at a time, without redrawing the options. */
  private countDown(): void {
    if (this.tick) clearTimeout(this.tick);
    this.tick = null;
    const client = this.client;
    if (!client) return;
    const s = this.s;
    const text = timerText(s, client);
    this.timer.textContent = text;
    this.timer.setAttribute('aria-label', text ? `${s.timerLabel}: ${text}` : '');
    const waitMs = Math.max(0, client.xcardUntil - performance.now());
    // The wait counts down, and once it is over the button comes back.
    if (waitMs > 0 || this.xcardWaiting)
      this.keepFocus(() => replaceChildren(this.xcard, ...xcardView(s, client, waitMs)));
    this.xcardWaiting = waitMs > 0;
    const left = client.timerLeft();
    const delays: number[] = [];
    if (left !== null && left > 0 && client.timer?.endsAt !== null) delays.push(left % 1000 || 1000);
    if (waitMs > 0) delays.push(Math.min(1000, waitMs));
    if (delays.length > 0) this.tick = setTimeout(() => this.countDown(), Math.min(...delays));
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
        case 'card':
          return `${s.cardHeading}: ${news.prompt}`;
        case 'ended':
          return s.ended;
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
