// The pieces of the room's view, each drawn from its part of an AudienceView: a page of the
// story, a vote (options with the phones' numbers and colours, how many voted, the
// countdown, the tally once revealed), a pause card's questions with the dance so far, and
// the meters with how the last choice moved them. No state; audience.ts puts them together.
import { paintOption } from '../shared/option-marks';
import { h } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { AudienceLine, AudienceScreen, AudienceView } from './audience-view';
import { renderChart } from './chart-svg';
import type { MetersPoint } from './session-file';
import type { WorkshopStrings } from './strings';
import { pauseQuestions } from './strings-debrief';

type Screen<K extends AudienceScreen['kind']> = Extract<AudienceScreen, { kind: K }>;

function heading(view: AudienceView, s: WorkshopStrings, ui: Strings): HTMLElement | null {
  return view.phase !== null
    ? h('p', { class: 'ws-aud-phase' }, s.phaseHeading(view.phase, ui.phaseNames[view.phase] ?? ''))
    : null;
}

function line(l: AudienceLine, ui: Strings): HTMLElement {
  const caption = l.sfx ? ui.captions[l.sfx] : undefined;
  const classes = ['ws-line', l.letter ? 'ws-line-letter' : '', l.body ? 'ws-line-body' : ''].filter(Boolean).join(' ');
  return h(
    'p',
    { class: classes },
    caption ? h('span', { class: 'ws-caption' }, caption) : null,
    caption && l.text ? ' ' : null,
    l.text,
  );
}

export function renderAudienceRead(
  view: AudienceView,
  screen: Screen<'read'>,
  s: WorkshopStrings,
  ui: Strings,
): HTMLElement {
  return h(
    'main',
    { class: 'ws-aud-read', 'aria-live': 'polite' },
    heading(view, s, ui),
    screen.echo
      ? h(
          'p',
          { class: 'ws-echo' },
          h('span', { class: 'ws-echo-label' }, `${screen.sidePath ? s.replayChose : s.weChose}: `),
          screen.echo,
        )
      : null,
    screen.lines.map((l) => line(l, ui)),
  );
}

export function renderAudienceVote(
  view: AudienceView,
  screen: Screen<'vote'>,
  s: WorkshopStrings,
  ui: Strings,
): HTMLElement {
  const tally = screen.tally;
  const top = Math.max(1, ...(tally?.counts ?? [0]));
  const list = h(
    'ol',
    { class: 'ws-aud-options' },
    screen.options.map((option, position) => {
      const count = tally?.counts[position] ?? 0;
      const mark = h('span', { class: 'ws-mark', 'aria-hidden': 'true' }, String(position + 1));
      paintOption(mark, position);
      const bar = h('span', { class: 'ws-aud-bar' });
      if (tally) bar.style.width = `${(count / top) * 100}%`;
      return h(
        'li',
        {
          class: `ws-aud-option${option.locked ? ' ws-option-locked' : ''}`,
          'data-position': position,
          'data-leading': String(tally?.leading.includes(position) ?? false),
        },
        mark,
        h(
          'div',
          { class: 'ws-option-text' },
          option.locked ? h('s', {}, option.text) : h('span', {}, option.text),
          option.locked
            ? h('span', { class: 'ws-lock-reason' }, `${ui.lockedLabel(option.lockReason ?? '')} (${s.cannotWin})`)
            : null,
        ),
        tally
          ? h(
              'div',
              { class: 'ws-aud-tally', 'aria-hidden': 'true' },
              bar,
              h('span', { class: 'ws-bar-number' }, String(count)),
            )
          : null,
      );
    }),
  );
  const live =
    screen.voted !== null && screen.of !== null
      ? `${s.voteOnPhones}: ${s.votedOf(screen.voted, screen.of)}`
      : s.voteByHands;
  return h(
    'main',
    { class: 'ws-aud-vote', 'data-revealed': String(tally !== null), 'data-mode': screen.mode },
    heading(view, s, ui),
    h(
      'div',
      { class: 'ws-aud-vote-head' },
      h('h1', {}, s.voteTitle),
      h('p', { class: 'ws-aud-timer', 'data-timer': screen.timer?.status ?? 'off' }),
    ),
    list,
    h(
      'p',
      { class: 'ws-aud-live', role: 'status', 'data-voted': screen.voted ?? '' },
      tally ? tally.summary : `${live} · ${s.tallyHidden}`,
    ),
  );
}

export function renderAudiencePause(view: AudienceView, screen: Screen<'pause'>, s: WorkshopStrings): HTMLElement {
  const questions = pauseQuestions(s, screen.session.side, screen.phase, view.partnerName);
  return h(
    'main',
    { class: 'ws-aud-pause', 'data-pause': screen.phase },
    h('h1', {}, s.pauseTitle(screen.phase)),
    h(
      'div',
      { class: 'ws-aud-pause-grid' },
      h(
        'section',
        { 'aria-labelledby': 'ws-aud-questions' },
        h('h2', { id: 'ws-aud-questions' }, s.questionsTitle),
        h(
          'ol',
          { class: 'ws-questions' },
          questions.map((q) => h('li', {}, q)),
        ),
        h('p', { class: 'ws-note' }, s.answerNote),
      ),
      h(
        'section',
        { class: 'ws-so-far', 'aria-labelledby': 'ws-aud-so-far' },
        h('h2', { id: 'ws-aud-so-far' }, s.danceSoFar),
        renderChart(screen.session, { strings: s, partnerName: view.partnerName, id: `ws-aud-chart-${screen.phase}` }),
      ),
    ),
  );
}

/** The meters, and how the last committed choice moved them: "Pursuing: 4 → 6". */
export function renderAudienceMeters(
  meters: NonNullable<AudienceView['meters']>,
  s: WorkshopStrings,
  ui: Strings,
): HTMLElement {
  const rows: [keyof MetersPoint, string, number][] = [
    ['pursue', ui.meterPursue, 10],
    ['withdraw', ui.meterWithdraw, 10],
    ['partnerDistance', ui.meterDistance, 10],
    ['disappointments', ui.meterDisappointments, 3],
  ];
  return h(
    'section',
    { class: 'ws-aud-meters-list', 'aria-label': s.metersTitle },
    rows.map(([key, label, max]) => {
      const now = meters.now[key];
      const moved = meters.change?.[key] ?? 0;
      return h(
        'div',
        { class: `ws-aud-meter meter-${key}`, 'data-moved': moved > 0 ? 'up' : moved < 0 ? 'down' : 'none' },
        h('span', { class: 'ws-aud-meter-label' }, label),
        h('meter', { min: 0, max, value: now, 'aria-label': label }),
        h('span', { class: 'ws-aud-meter-value' }, moved !== 0 ? s.meterChange(now - moved, now) : String(now)),
      );
    }),
  );
}
