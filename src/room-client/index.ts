// Phones for workshop mode, when the game is served by `npm run workshop` on this laptop:
// the room client, phones as the vote source, and the join panel for the projector. Served
// any other way (dev server, static host, the portal zip) there is no room and workshop
// mode counts hands as before. main.ts loads this lazily with workshop mode.
import type { Lang } from '../../common/language.js';
import type { FacilitatorInfo } from '../../common/protocol.js';
import { h } from '../ui/dom';
import type { VoteSource } from '../workshop/vote-source';
import { discoverRoom } from './facilitator-info';
import { JoinPanel } from './join-panel';
import { PhoneVoteSource } from './phone-vote-source';
import { RoomClient } from './room-client';
import { roomUrlFor } from './room-socket';
import { ROOM_STRINGS } from './strings';

/** What workshop mode takes (see WorkshopOptions): both absent when there is no room. */
export interface PhoneRoomOptions {
  readonly voteSource?: VoteSource;
  readonly joinPanel?: HTMLElement;
  /** The room itself, for the facilitator's screens (lobby, presenter): absent without a room. */
  readonly room?: { readonly client: RoomClient; readonly info: FacilitatorInfo };
}

/** The workshop's language, as it sets it on <html>: the room (and every phone) follows it. */
function documentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'nl';
}

export async function openPhoneRoom(): Promise<PhoneRoomOptions> {
  const found = await discoverRoom();
  if (found.kind === 'none') return {};
  if (found.kind === 'not-this-laptop') {
    // The workshop server is there, but this page came over the network: say how to host.
    const local = `http://localhost:${location.port}/`;
    return {
      joinPanel: h(
        'p',
        { class: 'room-join-unavailable', role: 'note' },
        ROOM_STRINGS[documentLang()].notThisLaptop(local),
      ),
    };
  }
  const info = found.info;
  const client = new RoomClient(
    { url: roomUrlFor(location), room: info.room, secret: info.secret },
    { environment: window },
  );
  const source = new PhoneVoteSource(client, { stopClientOnDestroy: true });
  const panel = new JoinPanel(client, info, documentLang());
  const syncLang = () => {
    const lang = documentLang();
    panel.setLang(lang);
    if (client.state && client.state.lang !== lang) client.setLang(lang);
  };
  client.events.on('room', syncLang);
  new MutationObserver(syncLang).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  client.start();
  return { voteSource: source, joinPanel: panel.element, room: { client, info } };
}
