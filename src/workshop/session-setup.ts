// Session 0's settings as data: what a new session starts from, and how the form's fields
// become settings. No DOM here: Session 0 (session-zero.ts) hands over its form's fields as
// FormData, so the rules — a name cleaned, untouched agreements following the language, an
// unknown side or mode falling back to the first — are tested without a page.

import { asLang } from '../../common/language.js';
import { asSide } from '../../common/vocabulary.js';
import type { VoteMode } from '../../common/vote-rules.js';
import type { Lang, Pronoun, Side } from '../engine/types';
import { cleanName } from '../persistence/preferences';
import type { WorkshopWords } from './strings';

export interface SessionSetup {
  readonly lang: Lang;
  /** Whose side the group plays: the pursuer's route or the withdrawer's. */
  readonly side: Side;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  /** Tell the infidelity scenes off-screen. */
  readonly veil: boolean;
  readonly agreements: readonly string[];
  readonly mode: VoteMode;
  /** The time a vote's timer gets when the facilitator starts it. */
  readonly timerSeconds: number;
  /** When the timer runs out: reveal, and take the room's choice (a tie still waits). */
  readonly autoCommit: boolean;
  readonly sound: boolean;
}

export const TIMER_CHOICES = [30, 45, 60, 90, 120] as const;

/** What the title screen had chosen, which a new workshop starts from. */
export interface SetupStart {
  readonly lang: Lang;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  /** The side the title screen had chosen; the pursuer's when not said. */
  readonly side?: Side;
}

export function defaultSetup(start: SetupStart, words: WorkshopWords): SessionSetup {
  return {
    lang: start.lang,
    side: start.side ?? 'pursuer',
    partnerName: start.partnerName,
    partnerPronoun: start.partnerPronoun,
    // In a room, the gentler telling is the default; the facilitator can lift it.
    veil: true,
    agreements: words[start.lang].defaultAgreements,
    mode: 'vote',
    timerSeconds: 60,
    autoCommit: false,
    sound: true,
  };
}

/**
 * The settings Session 0's fields say. `before` is what the screen was drawn with: the
 * agreements, when left as that language's defaults, follow a change of language; anything
 * the group wrote stays as written.
 */
export function readSetup(fields: FormData, before: SessionSetup, words: WorkshopWords): SessionSetup {
  const text = (name: string) => {
    const value = fields.get(name);
    return typeof value === 'string' ? value : '';
  };
  const lang = asLang(text('lang'));
  const agreements = fields
    .getAll('agreement')
    .map((t) => (typeof t === 'string' ? t.replace(/\s+/g, ' ').trim() : ''))
    .filter(Boolean);
  const untouched = agreements.join('\n') === words[before.lang].defaultAgreements.join('\n');
  const seconds = Number(text('timer-seconds'));
  return {
    lang,
    side: asSide(text('ws-side')),
    partnerName: cleanName(text('partner-name')),
    partnerPronoun: text('ws-pronoun') === 'she' ? 'she' : 'he',
    veil: fields.has('veil'),
    agreements: untouched ? words[lang].defaultAgreements : agreements,
    mode: text('ws-mode') === 'advise' ? 'advise' : 'vote',
    timerSeconds: (TIMER_CHOICES as readonly number[]).includes(seconds) ? seconds : 60,
    autoCommit: fields.has('auto-commit'),
    sound: fields.has('sound'),
  };
}
