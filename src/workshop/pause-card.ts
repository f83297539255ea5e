// The card at the end of a phase: two or three questions to talk about, the dance so
// far as a small picture, and "which steps did we see?" — answered only when the
// facilitator shows it (S), so the room can name the steps first.
import type { StepKind } from '../engine/types';
import { h } from '../ui/dom';
import { markerShape, renderChart } from './chart-svg';
import { countSteps } from './dance-chart';
import type { SessionFile } from './session-file';
import type { WorkshopStrings } from './strings';
import { pauseQuestions } from './strings-debrief';

export interface PauseCardOptions {
  readonly strings: WorkshopStrings;
  readonly phase: number;
  readonly session: SessionFile;
  readonly onContinue: () => void;
}

export interface PauseCard {
  readonly element: HTMLElement;
  /** Show the steps of this phase (key S); true if they were hidden. */
  showSteps(): boolean;
}

export function renderPauseCard(options: PauseCardOptions): PauseCard {
  const { strings: s, phase, session } = options;
  const name = session.settings.partnerName;
  const questions = pauseQuestions(s, session.side, phase, name);
  const steps = countSteps(session.choices.filter((c) => c.phase === phase));
  const kinds: (StepKind | 'none')[] = ['pursue', 'withdraw', 'ground'];
  if (steps.none > 0) kinds.push('none');

  const stepList = h(
    'ul',
    { class: 'ws-steps-seen', hidden: true },
    kinds.map((kind) =>
      h(
        'li',
        { 'data-step': kind },
        svgIcon(kind),
        h('span', { class: 'ws-step-name' }, s.stepNames[kind]),
        h('span', { class: 'ws-step-count' }, s.stepCount(steps[kind])),
      ),
    ),
  );
  const showButton = h(
    'button',
    { type: 'button', class: 'secondary', 'data-action': 'show-steps' },
    `${s.showSteps} (S)`,
  );
  const show = () => {
    if (!stepList.hidden) return false;
    stepList.hidden = false;
    showButton.hidden = true;
    return true;
  };
  showButton.addEventListener('click', show);

  const next = phase < 5 ? s.continueToPhase(phase + 1) : s.continueToEnd;
  const element = h(
    'main',
    { class: 'ws-screen ws-pause', 'data-pause': phase, 'aria-labelledby': 'ws-pause-title' },
    h('h1', { id: 'ws-pause-title', tabindex: -1 }, s.pauseTitle(phase)),
    h(
      'div',
      { class: 'ws-pause-grid' },
      h(
        'section',
        { class: 'ws-questions', 'aria-labelledby': 'ws-questions-title' },
        h('h2', { id: 'ws-questions-title' }, s.questionsTitle),
        h(
          'ol',
          {},
          questions.map((q) => h('li', {}, q)),
        ),
        h('p', { class: 'ws-note' }, s.answerNote),
      ),
      h(
        'section',
        { class: 'ws-so-far', 'aria-labelledby': 'ws-so-far-title' },
        h('h2', { id: 'ws-so-far-title' }, s.danceSoFar),
        renderChart(session, { strings: s, partnerName: name, id: `ws-pause-chart-${phase}` }),
        h('h2', {}, s.stepsSeenTitle),
        showButton,
        stepList,
      ),
    ),
    h(
      'div',
      { class: 'ws-actions' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-action': 'continue', onclick: () => options.onContinue() },
        `${next} (Enter)`,
      ),
    ),
  );
  return { element, showSteps: show };
}

function svgIcon(kind: StepKind | 'none'): SVGSVGElement {
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '-12 -12 24 24');
  icon.setAttribute('class', 'legend-marker');
  icon.setAttribute('aria-hidden', 'true');
  icon.append(markerShape(kind === 'none' ? null : kind, 0, 0, 10));
  return icon;
}
