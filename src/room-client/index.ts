// Phones for workshop mode, when the game is served by `npm run workshop` on this laptop:
// the room client, phones as the vote source, and the join panel for the projector. Served
// any other way (dev server, static host, the portal zip) there is no room and workshop
// mode counts hands as before. main.ts loads this lazily with workshop mode.
import type { Lang } from '../../common/language.js';
import type { FacilitatorInfo } from '../../common/protocol.js';
import type { Watched } from '../shared/watched';
import { h } from '../ui/dom';
import type { VoteSource } from '../workshop/vote-source';
import { discoverRoom } from './facilitator-info';
import { JoinPanel } from './join-panel';
import { PhoneVoteSource } from './phone-vote-source';
import { RoomClient } from './room-client';
import { roomUrlFor } from './room-socket';
import { roomWords } from './strings';

/** What workshop mode takes (see WorkshopOptions): both absent when there is no room. */
export interface PhoneRoomOptions {
  readonly voteSource?: VoteSource;
  readonly joinPanel?: HTMLElement;
  /** The room itself, for the facilitator's screens (lobby, presenter): absent without a room. */
  readonly room?: { readonly client: RoomClient; readonly info: FacilitatorInfo };
}

/**
 * Phones for the workshop, in the workshop's language: `language` is the facilitator's choice
 * as the workshop sets it; the join panel and the room (every phone) follow it.
 */
export async function openPhoneRoom(language: Watched<Lang>): Promise<PhoneRoomOptions> {
  const found = await discoverRoom();
  if (found.kind === 'none') return {};
  const words = await roomWords.loadAll();
  if (found.kind === 'not-this-laptop') {
    // The workshop server is there, but this page came over the network: say how to host.
    const local = `http://localhost:${location.port}/`;
    return {
      joinPanel: h('p', { class: 'room-join-unavailable', role: 'note' }, words[language.value].notThisLaptop(local)),
    };
  }
  const info = found.info;
  const client = new RoomClient(
    { url: roomUrlFor(location), room: info.room, secret: info.secret },
    { environment: window },
  );
  const source = new PhoneVoteSource(client, { stopClientOnDestroy: true });
  const panel = new JoinPanel(client, info, words, language.value);
  const syncLang = () => {
    const lang = language.value;
    panel.setLang(lang);
    if (client.state && client.state.lang !== lang) client.setLang(lang);
  };
  client.events.on('room', syncLang);
  language.subscribe(syncLang);
  client.start();
  return { voteSource: source, joinPanel: panel.element, room: { client, info } };
}
