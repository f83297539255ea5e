// What the player is told about the game session's news that is not the story itself: a
// locked choice, a problem, an autosave that could not be written, a stage that could not be
// drawn. Notices for what must be seen, the live region for what is only said.
import type { Lang } from '../engine/types';
import type { GameSession, SessionProblem } from '../session/game-session';
import { StageUnavailableError } from '../stage/stage-api';
import type { Strings } from './i18n';
import type { Notices } from './notices';
import { announcePage } from './page-state';

export interface MessagesHost {
  /** Where the autosave's sign shows. */
  readonly root: HTMLElement;
  readonly notices: Notices;
  strings(): Strings;
  stringsFor(lang: Lang): Strings;
  say(message: string): void;
  /** The autosave was written (lines read are kept with it). */
  autosaved(): void;
}

/** Listen to the session; returns the function that stops listening. */
export function tellThePlayer(session: GameSession, host: MessagesHost): () => void {
  let autosaveWarned = false; // a store that refuses writes is said once, not at every beat
  const stops = [
    session.events.on('refused', ({ choice }) => host.say(host.strings().lockedLabel(choice.lockReason ?? ''))),
    session.events.on('problem', (problem) => tellProblem(problem, host)),
    session.events.on('autosaved', ({ result }) => {
      host.autosaved();
      const s = host.strings();
      if (result.ok) {
        void import('./autosave-sign').then(({ flashSaved }) => flashSaved(host.root, s.autosaved));
      } else if (!autosaveWarned) {
        autosaveWarned = true;
        host.notices.show(result.problem === 'full' ? s.storageFull : s.storageUnavailable, 'error');
      }
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

function tellProblem(problem: SessionProblem, host: MessagesHost): void {
  const s = host.strings();
  if (problem.kind === 'story-unavailable') host.notices.show(s.storyLoadFailed, 'error');
  else if (problem.kind === 'choice') host.say(problem.message);
  else if (problem.kind === 'language-switch')
    host.notices.show(host.stringsFor(problem.to).languageSwitchFailed(problem.from), 'error');
  else {
    console.error(problem.error);
    host.notices.show(s.inkError, 'error');
  }
}

/** The stage is drawing (announced), or the game goes on as text, and the player is told why once. */
export function tellStageOutcome(
  outcome: { renderer: 'webgl' | 'canvas' } | { error: unknown },
  host: Pick<MessagesHost, 'notices' | 'strings'> & { readonly settling?: { stageSettled(): void } },
): void {
  host.settling?.stageSettled(); // drawn or given up: the page has what it needs
  if ('renderer' in outcome) {
    announcePage({ stage: outcome.renderer });
    return;
  }
  announcePage({ stage: 'text-only' });
  const unavailable = outcome.error instanceof StageUnavailableError;
  if (!unavailable) console.error(outcome.error);
  const s = host.strings();
  host.notices.show(unavailable ? s.stageUnavailable : s.stageFailed, 'info', { once: 'stage' });
}
