// Small jobs of the workshop shell, kept out of it: where the workshop is (its screens),
// the moment the room's view shows, and what the facilitator's side panel says at this
// moment (the live count, the timer, the notes, the next discussion). Starting a session's
// story: session-start.ts.
import type { Moment, Presenter } from './presenter';
import type { PanelFacts } from './presenter-panel';
import { currentPage } from './reader';
import type { SessionFile } from './session-file';
import type { SessionSetup } from './session-setup';
import type { StoryPlay } from './story-play';
import type { WorkshopStrings } from './strings';
import { pauseQuestions } from './strings-debrief';
import { timerText } from './vote-timer';
import type { StoryScreenKind } from './workshop-keys';
import type { WorkshopRun } from './workshop-run';

/**
 * Where the workshop is: one screen at a time, with what that screen needs — the story's
 * screens their play, the debrief its session. Every change goes through WorkshopApp's `go`.
 */
export type WorkshopScreen =
  | { readonly kind: 'loading' | 'setup' | 'sessions' }
  | { readonly kind: StoryScreenKind; readonly play: StoryPlay }
  | { readonly kind: 'debrief'; readonly session: SessionFile };

/** The session's moment, for the room's view and the side panel. */
export function momentOf(setup: SessionSetup, at: WorkshopScreen, cover: Moment['cover'], now: Date): Moment {
  const screen = at.kind;
  const play = 'play' in at ? at.play : null;
  const debriefed = at.kind === 'debrief' ? at.session : null;
  return {
    lang: setup.lang,
    side: setup.side,
    partnerName: setup.partnerName,
    agreements: setup.agreements,
    kind: screen,
    beat: play?.showing?.beat ?? null,
    page: play && screen === 'read' ? pageOf(play) : null,
    vote: screen === 'vote' ? (play?.vote?.facts() ?? null) : null,
    pause: screen === 'pause' ? (play?.pause ?? null) : null,
    session: screen === 'debrief' ? debriefed : (play?.run.toFile(now) ?? null),
    cover,
  };
}

/** The page on screen, as the room's view shows it. */
function pageOf(play: StoryPlay): Moment['page'] {
  const showing = play.showing;
  if (!showing) return null;
  if (play.atReplayEnd) return { lines: [], echo: null, sidePath: true };
  const page = currentPage(showing);
  return { lines: page.lines, echo: page.withEcho ? showing.echo : null, sidePath: showing.replay };
}

/** `s`: the workshop's words in the moment's language. */
export function presenterFacts(
  moment: Moment,
  presenter: Presenter,
  play: StoryPlay | null,
  s: WorkshopStrings,
): PanelFacts {
  const vote = moment.vote;
  const numbers = presenter.roomNumbers(vote?.questionId ?? null);
  let live = s.noVoteOpen;
  if (vote && numbers) live = s.votedOf(numbers.voted ?? 0, numbers.of);
  else if (vote) live = s.handsCounted(vote.typed);
  const phase = moment.beat?.phase ?? null;
  // The next pause card: the one of this phase, unless it is on screen or held already.
  const held = play?.run.pausesHeld ?? [];
  const nextPhase = phase === null ? null : held.includes(phase) || moment.kind === 'pause' ? phase + 1 : phase;
  const questions =
    nextPhase !== null && nextPhase <= 5 ? pauseQuestions(s, moment.side, nextPhase, moment.partnerName) : [];
  return {
    strings: s,
    lang: moment.lang,
    phase,
    live,
    timer: vote?.timer ? timerText(vote.timer.status, vote.timer.remainingMs, s) : '',
    nextTalk: nextPhase !== null && questions.length ? { phase: nextPhase, questions } : null,
    storyOn: play !== null,
  };
}

/** The words of the last choice on the group's path, as the page echoes them; null before the first. */
export function lastChoiceOf(run: WorkshopRun): string | null {
  const last = run.path.at(-1);
  return last ? (last.options[last.chosen]?.text ?? null) : null;
}
