// The debrief at the end of a session (or of a kept one, opened later): the group's
// dance as a picture, the steps it took phase by phase, disappointments and rounds, the
// ending it reached and the ones it could have, the letter it wrote, questions to close
// with and where to find help. The same page prints cleanly (workshop.css, @media print).

import type { Lang } from '../../common/language.js';
import { ENDINGS } from '../../common/vocabulary.js';
import type { EndingId, StepKind } from '../engine/types';
import { h } from '../ui/dom';
import { renderHelp } from '../ui/help-line';
import type { Strings } from '../ui/i18n';
import { renderChart } from './chart-svg';
import { countSteps } from './dance-chart';
import { type SessionFile, stepOf } from './session-file';
import type { WorkshopStrings } from './strings';

export interface DebriefActions {
  readonly onPng: () => void;
  readonly onPrint: () => void;
  readonly onJson: () => void;
  readonly onNewSession: () => void;
  readonly onSessions: () => void;
}

export function formatWhen(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

const KINDS: readonly StepKind[] = ['pursue', 'withdraw', 'ground'];

/**
 * `ui` and `s`: the shell's and the workshop's words in the session's language. `actions`:
 * the facilitator's buttons (export, print, a new session); null on the projector, which
 * only shows the debrief.
 */
export function renderDebrief(
  session: SessionFile,
  ui: Strings,
  s: WorkshopStrings,
  actions: DebriefActions | null,
): HTMLElement {
  const name = session.settings.partnerName;
  const last = session.choices.at(-1)?.after ?? session.start;

  return h(
    'main',
    { class: 'ws-screen ws-debrief', 'aria-labelledby': 'ws-debrief-title' },
    h(
      'header',
      { class: 'ws-debrief-head' },
      h('h1', { id: 'ws-debrief-title', tabindex: -1 }, `${ui.gameTitle} — ${s.debriefTitle}`),
      h('p', { class: 'ws-when' }, s.sessionDate(formatWhen(session.createdAt, session.lang))),
      h('p', { class: 'ws-lead' }, s.debriefLead(name, s.sidePlayed[session.side])),
    ),
    h(
      'section',
      { class: 'ws-debrief-block ws-debrief-chart', 'aria-labelledby': 'ws-dance-title' },
      h('h2', { id: 'ws-dance-title' }, s.ourDance),
      renderChart(session, { strings: s, partnerName: name, id: 'ws-debrief-chart' }),
    ),
    h(
      'div',
      { class: 'ws-debrief-grid' },
      h(
        'section',
        { class: 'ws-debrief-block', 'aria-labelledby': 'ws-steps-title' },
        h('h2', { id: 'ws-steps-title' }, s.stepsTakenTitle),
        // On a narrow screen the table scrolls on its own, never the page (and never a word in two).
        h(
          'div',
          { class: 'ws-table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'ws-steps-title' },
          stepsTable(session, ui, s),
        ),
      ),
      h(
        'section',
        { class: 'ws-debrief-block', 'aria-labelledby': 'ws-counts-title' },
        h('h2', { id: 'ws-counts-title' }, s.countsTitle),
        h(
          'ul',
          { class: 'ws-counts' },
          h('li', { 'data-count': 'disappointments' }, s.disappointmentsCount(last.disappointments)),
          h('li', { 'data-count': 'rounds' }, s.roundsCount(last.rounds)),
          h('li', { 'data-count': 'held' }, s.heldCount(last.held)),
        ),
        h('p', { class: 'ws-votes-summary' }, s.votesSummary(voteSummary(session))),
      ),
    ),
    endingSection(session, ui, s),
    letterSection(session, s),
    branchList(session, s),
    closing(session, ui, s),
    actions ? actionsNav(actions, s) : null,
  );
}

/** The ending reached (or that the story did not end), and the others it could have had. */
function endingSection(session: SessionFile, ui: Strings, s: WorkshopStrings): HTMLElement {
  const endingBlock = (ending: EndingId) =>
    h(
      'li',
      { 'data-ending': ending },
      h('strong', {}, ui.endingNames[ending]),
      ' — ',
      s.endingBlurbs[session.side][ending],
    );
  const others = ENDINGS.filter((e) => e !== session.ending);
  return h(
    'section',
    { class: 'ws-debrief-block', 'aria-labelledby': 'ws-ending-title' },
    h('h2', { id: 'ws-ending-title' }, s.endingTitle),
    session.ending
      ? h('ul', { class: 'ws-ending-reached' }, endingBlock(session.ending))
      : h('p', {}, s.endingUnfinished),
    h('h3', {}, s.otherEndingsTitle),
    h('ul', { class: 'ws-endings-other' }, others.map(endingBlock)),
  );
}

/** The letter the story ended with, if it ended with one. */
function letterSection(session: SessionFile, s: WorkshopStrings): HTMLElement {
  return h(
    'section',
    { class: 'ws-debrief-block', 'aria-labelledby': 'ws-letter-title' },
    h('h2', { id: 'ws-letter-title' }, s.letterTitle),
    session.letter.length
      ? h(
          'blockquote',
          { class: 'ws-letter' },
          session.letter.map((l) => h('p', {}, l)),
        )
      : h('p', {}, s.noLetter[session.side]),
  );
}

/** How the room decided: the votes, the ties and the advice, and the choices taken without a vote. */
function voteSummary(session: SessionFile) {
  const votes = session.choices.filter((c) => c.vote !== null);
  return {
    votes: votes.length,
    ties: votes.filter((c) => c.vote?.outcome === 'tie' || c.vote?.outcome === 'no-votes').length,
    advised: votes.filter((c) => c.vote?.outcome === 'advice').length,
    skipped: session.choices.length - votes.length,
  };
}

/** The steps taken, phase by phase, as a table (with the sum). */
function stepsTable(session: SessionFile, ui: Strings, s: WorkshopStrings): HTMLElement {
  const phases = [...new Set(session.choices.map((c) => c.phase))];
  const kinds = KINDS;
  return h(
    'table',
    { class: 'ws-steps-table' },
    h('caption', {}, `${s.stepsTakenTitle}, ${s.perPhase}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, s.chartTablePhase),
        kinds.map((k) => h('th', { scope: 'col', 'data-step': k }, s.stepNames[k])),
      ),
    ),
    h(
      'tbody',
      {},
      phases.map((phase) => {
        const counts = countSteps(session.choices.filter((c) => c.phase === phase));
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${phase} · ${ui.phaseNames[phase] ?? ''}`),
          kinds.map((k) => h('td', { 'data-step': k }, String(counts[k]))),
        );
      }),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, '∑'),
        kinds.map((k) => h('td', { 'data-step': k }, String(countSteps(session.choices)[k]))),
      ),
    ),
  );
}

/** The side paths and earlier takes, when there are any. */
function branchList(session: SessionFile, s: WorkshopStrings): HTMLElement | null {
  if (!session.branches.length) return null;
  return h(
    'section',
    { class: 'ws-debrief-block', 'aria-labelledby': 'ws-paths-title' },
    h('h2', { id: 'ws-paths-title' }, s.otherPathsTitle),
    h(
      'ul',
      { class: 'ws-branches' },
      session.branches.map((b) =>
        h(
          'li',
          { 'data-kind': b.kind },
          h('p', {}, s.otherPathItem(b.kind, b.from + 1, b.choices.length)),
          h(
            'ol',
            {},
            b.choices.map((c) =>
              h(
                'li',
                { 'data-step': stepOf(c) ?? 'none' },
                `${c.options[c.chosen]?.text ?? ''} — ${s.stepNames[stepOf(c) ?? 'none']}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Closing questions, the agreements, where to find help. */
function closing(session: SessionFile, ui: Strings, s: WorkshopStrings): HTMLElement {
  return h(
    'div',
    { class: 'ws-debrief-closing' },
    h(
      'section',
      { class: 'ws-debrief-block', 'aria-labelledby': 'ws-closing-title' },
      h('h2', { id: 'ws-closing-title' }, s.closingTitle),
      h(
        'ol',
        { class: 'ws-closing' },
        s.closingQuestions.map((q) => h('li', {}, q)),
      ),
      h('p', { class: 'ws-note' }, s.answerNote),
    ),
    session.agreements.length
      ? h(
          'section',
          { class: 'ws-debrief-block ws-agreements-recap', 'aria-labelledby': 'ws-recap-title' },
          h('h2', { id: 'ws-recap-title' }, s.agreementsRecap),
          h(
            'ul',
            {},
            session.agreements.map((a) => h('li', {}, a)),
          ),
        )
      : null,
    h(
      'section',
      { class: 'ws-debrief-block ws-help', 'aria-labelledby': 'ws-help-title' },
      h('h2', { id: 'ws-help-title' }, s.helpPointerTitle),
      renderHelp(ui.help, null),
    ),
  );
}

function actionsNav(actions: DebriefActions, s: WorkshopStrings): HTMLElement {
  return h(
    'nav',
    { class: 'ws-actions ws-debrief-actions', 'aria-label': s.debriefTitle },
    h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'export-png', onclick: () => actions.onPng() },
      s.exportPng,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'print', onclick: () => actions.onPrint() },
      s.print,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'export-json', onclick: () => actions.onJson() },
      s.exportJson,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'new-session', onclick: () => actions.onNewSession() },
      s.newSession,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'sessions', onclick: () => actions.onSessions() },
      s.earlierSessions,
    ),
  );
}
