// The lobby: what the projector shows while people come in, before the story. With phones,
// the join code large, the QR code and the address — all above the fold of a 1280×720
// projector — and how many phones are in (a number, never names). Without phones, a calm
// welcome. Then whose side the room plays today. Beside it, the group's agreements, to read
// out. One button begins, where the facilitator can reach it (their own window in room
// view); the projector window has none.
import type { Side } from '../engine/types';
import { h } from '../ui/dom';
import type { JoinFacts, RoomFacts } from './audience-view';
import type { WorkshopStrings } from './strings';

export interface LobbyInput {
  readonly strings: WorkshopStrings;
  readonly gameTitle: string;
  readonly join: JoinFacts | null;
  readonly room: RoomFacts | null;
  readonly agreements: readonly string[];
  readonly agreementsTitle: string;
  /** Whose side the room plays today; not said over the story (the join panel). */
  readonly side?: Side;
  /** The facilitator's own window: the one button that begins the session. */
  readonly onBegin?: () => void;
}

/** "http://192.168.1.20:5180/phone.html?room=K7QM2X" → "192.168.1.20:5180/phone": short enough to type. */
export function shortAddress(joinUrl: string): string {
  try {
    return `${new URL(joinUrl).host}/phone`;
  } catch {
    return joinUrl;
  }
}

export function renderLobby(input: LobbyInput): HTMLElement {
  const s = input.strings;
  return h(
    'main',
    { class: 'ws-lobby', 'aria-labelledby': 'ws-lobby-title' },
    h(
      'section',
      { class: 'ws-lobby-join' },
      h('h1', { id: 'ws-lobby-title' }, input.join ? s.lobbyTitle : input.gameTitle),
      input.join ? joinBlock(s, input.join) : h('p', { class: 'ws-lobby-welcome' }, s.lobbyWelcome),
      input.join
        ? h(
            'p',
            { class: 'ws-lobby-count', 'data-phones': input.room?.phones ?? 0 },
            s.lobbyPhones(input.room?.phones ?? 0),
          )
        : h('p', { class: 'ws-lobby-hands' }, s.lobbyHands),
      input.side
        ? h('p', { class: 'ws-lobby-side', 'data-side': input.side }, s.lobbySide(s.sidePlayed[input.side]))
        : null,
      input.onBegin
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary ws-lobby-begin',
              'data-action': 'begin',
              onclick: () => input.onBegin?.(),
            },
            `${s.lobbyBegin} (Enter)`,
          )
        : null,
    ),
    input.agreements.length
      ? h(
          'section',
          { class: 'ws-lobby-agreements', 'aria-labelledby': 'ws-lobby-agreements-title' },
          h('h2', { id: 'ws-lobby-agreements-title' }, input.agreementsTitle),
          h(
            'ol',
            {},
            input.agreements.map((a) => h('li', {}, a)),
          ),
        )
      : null,
  );
}

function joinBlock(s: WorkshopStrings, join: JoinFacts): HTMLElement {
  return h(
    'div',
    { class: 'ws-lobby-where' },
    h('img', {
      class: 'ws-lobby-qr',
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.qrSvg)}`,
      alt: s.lobbyQrAlt(join.joinUrl),
      width: 300,
      height: 300,
    }),
    h(
      'div',
      { class: 'ws-lobby-text' },
      h('p', {}, s.lobbyScan),
      h('p', { class: 'ws-lobby-address' }, join.address),
      h('p', { class: 'ws-lobby-code-label' }, s.lobbyCode),
      // Read out letter by letter; drawn as one word.
      h(
        'p',
        { class: 'ws-lobby-code' },
        h('span', { 'aria-hidden': 'true' }, join.code),
        h('span', { class: 'visually-hidden' }, join.code.split('').join(' ')),
      ),
    ),
  );
}
