// What the facilitator's screens need of the room of phones (when `npm run workshop` serves
// the game): the lobby's count, the live count of a vote, the timer and the phase card sent
// to the phones, locking the room, taking a phone out, a new code, the end of the session.
// The room client (src/room-client/room-client.ts) fits this shape; workshop mode only
// knows the shape, so it runs — counting hands — with no room at all.

export interface RoomPhone {
  /** The number the phone shows in its own header: "347". */
  readonly badge: string;
  readonly connected: boolean;
  /** Messages refused from it for breaking the protocol or flooding (never its votes). */
  readonly strikes: number;
}

export interface RoomJoinInfo {
  readonly room: string;
  readonly joinUrl: string;
  readonly qrSvg: string;
}

/** The part of the room's state the facilitator's screens read. */
export interface RoomSnapshot {
  readonly room: string;
  readonly locked: boolean;
  readonly ended: boolean;
  /** Phones connected now: the lobby's count. */
  readonly connected: number;
  readonly vote: {
    readonly id: number;
    /** The workshop's question id the vote was opened with. */
    readonly ref: string | null;
    readonly phase: 'open' | 'revealed' | 'committed';
    /** "12 of 18 voted". */
    readonly voted: number;
    readonly of: number;
  } | null;
}

export interface RoomControlEvents {
  room: RoomSnapshot;
  phones: readonly RoomPhone[];
  joinInfo: RoomJoinInfo;
  xcard: { readonly total: number; readonly paused: boolean; readonly recent: number };
}

export interface RoomControl {
  readonly state: RoomSnapshot | null;
  readonly events: {
    on<K extends keyof RoomControlEvents>(name: K, handler: (payload: RoomControlEvents[K]) => void): () => void;
  };
  setTimer(vote: number, timer: { readonly remainingMs: number; readonly running: boolean } | null): boolean;
  setCard(card: { readonly title: string; readonly prompt: string } | null): boolean;
  setLocked(locked: boolean): boolean;
  listPhones(): boolean;
  removePhone(badge: string): boolean;
  rotateCode(): boolean;
  endSession(): boolean;
}

/** The room as workshop mode is handed it: the control, and how phones join at first. */
export interface WorkshopRoom {
  readonly client: RoomControl;
  readonly info: RoomJoinInfo;
}
