// The words the projector shows about the phones: their shape here, the words in
// words/{nl,en}.ts (the same keys in both: the interface makes a missing one a compile error).
import type { ErrorCode } from '../../common/protocol.js';
import { type Catalog, catalog } from '../words/catalog';

export interface RoomStrings {
  readonly panelTitle: string;
  readonly scanOrGoTo: string;
  readonly codeLabel: string;
  readonly qrAlt: (url: string) => string;
  readonly anonymous: string;
  readonly connected: (phones: number) => string;
  readonly voted: (voted: number, phones: number) => string;
  readonly pauses: (count: number) => string;
  readonly connecting: string;
  readonly reconnecting: string;
  readonly closed: string;
  readonly replaced: string;
  readonly notThisLaptop: (address: string) => string;
  readonly refused: (reason: string) => string;
  readonly errors: Readonly<Record<ErrorCode, string>>;
}

/** The room's words, a chunk per language (words/nl.ts, words/en.ts). */
export const roomWords: Catalog<RoomStrings> = catalog({
  nl: () => import('./words/nl').then((m) => m.nl),
  en: () => import('./words/en').then((m) => m.en),
});
