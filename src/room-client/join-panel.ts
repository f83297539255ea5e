// What the projector shows so phones can join: the QR code, the address and the code in
// letters large enough to read from the back of the room, and how many phones are in and
// have voted (never what they voted). It also says plainly when the phones are unreachable.

import type { Lang } from '../../common/language.js';
import type { FacilitatorInfo } from '../../common/protocol.js';
import { h, replaceChildren } from '../ui/dom';
import type { PerLang } from '../words/catalog';
import type { RoomClient } from './room-client';
import type { RoomStrings } from './strings';
import './room.css';

/** "http://192.168.1.20:5180/phone.html?room=K7QM2X" → "192.168.1.20:5180/phone": short enough to type. */
export function typedAddress(joinUrl: string): string {
  const url = new URL(joinUrl);
  return `${url.host}/phone`;
}

export class JoinPanel {
  readonly element: HTMLElement;
  private strings: RoomStrings;
  private readonly stops: (() => void)[] = [];
  private lastError = '';

  constructor(
    private readonly client: RoomClient,
    private readonly info: FacilitatorInfo,
    private readonly words: PerLang<RoomStrings>,
    lang: Lang,
  ) {
    this.strings = words[lang];
    this.element = h('section', { class: 'room-join', 'aria-labelledby': 'room-join-title' });
    this.stops.push(
      client.events.on('room', () => this.render()),
      client.events.on('status', () => this.render()),
      client.events.on('error', (error) => {
        this.lastError = this.strings.refused(this.strings.errors[error.code]);
        this.render();
      }),
    );
    this.render();
  }

  setLang(lang: Lang): void {
    this.strings = this.words[lang];
    this.render();
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.element.remove();
  }

  private render(): void {
    const s = this.strings;
    const state = this.client.state;
    const status = this.client.status;
    this.element.dataset.status = status;
    const presence: string[] = [];
    if (state) {
      presence.push(s.connected(state.connected));
      if (state.vote?.phase === 'open') presence.push(s.voted(state.vote.voted, state.connected));
      if (state.xcards > 0) presence.push(s.pauses(state.xcards));
    }
    const connection =
      status === 'open'
        ? ''
        : status === 'closed'
          ? this.client.finalCloseCode === 4000
            ? s.replaced
            : s.closed
          : status === 'reconnecting'
            ? s.reconnecting
            : s.connecting;
    replaceChildren(
      this.element,
      h('h2', { id: 'room-join-title' }, s.panelTitle),
      h(
        'div',
        { class: 'room-join-body' },
        h('img', {
          class: 'room-qr',
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(this.info.qrSvg)}`,
          alt: s.qrAlt(this.info.joinUrl),
          width: 240,
          height: 240,
        }),
        h(
          'div',
          { class: 'room-join-where' },
          h('p', {}, s.scanOrGoTo),
          h('p', { class: 'room-address' }, typedAddress(this.info.joinUrl)),
          h(
            'p',
            {},
            `${s.codeLabel} `,
            h('strong', { class: 'room-code', 'aria-label': this.info.room.split('').join(' ') }, this.info.room),
          ),
        ),
      ),
      h('p', { class: 'room-presence' }, presence.join(' · ')),
      // Only the connection's fate is announced: vote-by-vote presence would drown the reader.
      h('p', { class: 'room-connection', role: 'status' }, connection || this.lastError),
      h('p', { class: 'room-note' }, s.anonymous),
    );
  }
}
