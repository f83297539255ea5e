// The words of the facilitator's own tools, in Dutch and English: jumping and replaying,
// the presenter's window (notes, the next discussion, pauses, the room), the room's view
// on the projector and the lobby. Part of workshop mode's one catalogue (strings.ts
// merges it); both languages have exactly the same keys.
import type { KeyHelp } from './strings';

export interface PresenterStrings {
  // jumping and replaying
  readonly jumpTitle: string;
  readonly jumpBackTo: (phase: number, name: string) => string;
  readonly jumpSkipTo: (phase: number, name: string) => string;
  readonly jumpSkipToEnd: string;
  readonly jumpBackConfirm: (phase: number) => string;
  readonly jumpNothing: string;
  readonly replayTitle: string;
  readonly replayHint: string;
  readonly replayItem: (n: number, phase: number, text: string) => string;
  readonly replayNothing: string;
  readonly replayBanner: (n: number) => string;
  readonly replayReturn: string;
  readonly replayOurChoice: string;
  readonly replayChose: string;
  readonly replayEnded: string;
  readonly cancel: string;
  // the presenter's window: only the facilitator sees it
  readonly presenterTitle: string;
  readonly openProjector: string;
  readonly projectorHint: string;
  readonly roomView: string;
  readonly presenterView: string;
  readonly liveTitle: string;
  readonly votedOf: (voted: number, of: number) => string;
  readonly handsCounted: (n: number) => string;
  readonly noVoteOpen: string;
  readonly nextTalkTitle: string;
  readonly nextTalkAfter: (phase: number) => string;
  readonly nextTalkNone: string;
  readonly notesTitle: string;
  readonly phaseNotes: Readonly<Record<number, string>>;
  readonly pausesTitle: string;
  readonly pausesNone: string;
  readonly pauseAskedAt: (time: string) => string;
  readonly pauseRepeated: (recent: number) => string;
  readonly pauseNow: string;
  readonly roomTitle: string;
  readonly roomPhones: (n: number) => string;
  readonly lockRoom: string;
  readonly unlockRoom: string;
  readonly roomLockedNote: string;
  readonly showPhones: string;
  readonly phoneEntry: (badge: string, connected: boolean, strikes: number) => string;
  readonly removePhone: (badge: string) => string;
  readonly removeConfirm: (badge: string) => string;
  readonly removed: (badge: string) => string;
  readonly newCode: string;
  readonly newCodeDone: (code: string) => string;
  readonly autoCommitLabel: string;
  readonly autoCommitHint: string;
  readonly autoCommitted: string;
  readonly autoCommitWaits: string;
  readonly presenterKeys: readonly KeyHelp[];
  // the room's view: the projector
  readonly audienceWaiting: string;
  readonly audienceNoChannel: string;
  readonly voteOnPhones: string;
  readonly voteByHands: string;
  readonly meterChange: (from: number, to: number) => string;
  readonly metersTitle: string;
  // the lobby
  readonly lobbyTitle: string;
  readonly lobbyScan: string;
  readonly lobbyCode: string;
  readonly lobbyQrAlt: (url: string) => string;
  readonly lobbyPhones: (n: number) => string;
  readonly lobbyHands: string;
  readonly lobbyBegin: string;
  readonly lobbyWelcome: string;
  /** The lobby's line saying whose side the room plays today (`side`: sidePlayed's phrase). */
  readonly lobbySide: (side: string) => string;
}
