// The playing screens as HTML, drawn from plain inputs: the frame (where we are, what
// is heard, the key hint, the side-path banner), a page of story lines, and the options
// of a replayed choice. No state lives here; workshop-app.ts decides what to show.
import { soundCaptions as captionsFor } from '../audio/captions';
import type { Beat, Choice, Lang, Line } from '../engine/types';
import { h } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { WorkshopStrings } from './strings';

export interface FrameInput {
  readonly strings: WorkshopStrings;
  readonly ui: Strings;
  readonly lang: Lang;
  readonly beat: Beat | null;
  readonly muted: boolean;
  /** The group's choice (0-based) a side path leaves from, when one is on screen. */
  readonly replayFrom: number | null;
  readonly onReturn: () => void;
}

/** What is heard right now, as captions (in `ui`'s language): the place's ambience and the heartbeat. */
export function soundCaptions(beat: Beat | null, ui: Strings): string {
  return beat ? captionsFor(beat, ui) : '';
}

/** The frame around a playing screen. */
export function renderPlayFrame(kind: string, input: FrameInput, ...body: HTMLElement[]): HTMLElement {
  const { strings: s, ui, beat } = input;
  const phase = beat?.phase ?? 1;
  return h(
    'main',
    { class: `ws-screen ws-play ${kind}`, 'data-replay': String(input.replayFrom !== null) },
    h(
      'header',
      { class: 'ws-bar' },
      h('h1', { class: 'ws-phase' }, s.phaseHeading(phase, ui.phaseNames[phase] ?? '')),
      h('p', { class: 'ws-sound-caption' }, input.muted ? '' : soundCaptions(beat, ui)),
      h('p', { class: 'ws-key-hint' }, s.helpHint),
    ),
    input.replayFrom !== null
      ? h(
          'div',
          { class: 'ws-replay-banner', role: 'note' },
          h('p', {}, s.replayBanner(input.replayFrom + 1)),
          h(
            'button',
            { type: 'button', class: 'secondary', 'data-action': 'replay-return', onclick: () => input.onReturn() },
            `${s.replayReturn} (O)`,
          ),
        )
      : null,
    ...body,
  );
}

/** One paragraph of the story, with the caption of its sound. */
export function renderLine(line: Line, ui: Strings): HTMLElement {
  const caption = line.tags.sfx ? ui.captions[line.tags.sfx] : undefined;
  const classes = ['ws-line'];
  if (line.tags.letter) classes.push('ws-line-letter');
  if (line.tags.body) classes.push('ws-line-body');
  if (line.tags.pause) classes.push('ws-line-pause');
  return h(
    'p',
    { class: classes.join(' ') },
    caption ? h('span', { class: 'ws-caption' }, caption) : null,
    caption && line.text ? ' ' : null,
    line.text,
  );
}

export interface PageInput {
  readonly strings: WorkshopStrings;
  readonly ui: Strings;
  readonly lines: readonly Line[];
  /** The choice just taken, shown above the first page. */
  readonly echo: { readonly text: string; readonly sidePath: boolean } | null;
  readonly page: number;
  readonly pages: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/** A page of story lines and the buttons to leaf through them. */
export function renderPage(input: PageInput): { page: HTMLElement; nav: HTMLElement } {
  const s = input.strings;
  const where = s.pageOf(input.page + 1, input.pages);
  const echo = input.echo
    ? h(
        'p',
        { class: 'ws-echo' },
        h('span', { class: 'ws-echo-label' }, `${input.echo.sidePath ? s.replayChose : s.weChose}: `),
        input.echo.text,
      )
    : null;
  const page = h(
    'section',
    { class: 'ws-page', tabindex: -1, 'aria-label': where },
    echo,
    input.lines.map((line) => renderLine(line, input.ui)),
  );
  const nav = h(
    'nav',
    { class: 'ws-nav', 'aria-label': where },
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'previous', onclick: () => input.onPrevious() },
      `← ${s.previousPage}`,
    ),
    h('span', { class: 'ws-page-count', 'aria-hidden': 'true' }, `${input.page + 1} / ${input.pages}`),
    h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'next', onclick: () => input.onNext() },
      `${s.nextPage} (→)`,
    ),
  );
  return { page, nav };
}

export interface ReplayChoicesInput {
  readonly strings: WorkshopStrings;
  readonly ui: Strings;
  readonly choices: readonly Choice[];
  /** The group's own option here (marked), or null deeper into the side path. */
  readonly ours: number | null;
  readonly onChoose: (choice: Choice) => void;
}

/** The options on a side path: the facilitator takes one directly, no vote. */
export function renderReplayChoices(input: ReplayChoicesInput): HTMLElement {
  const { strings: s, ui } = input;
  const list = h(
    'ol',
    { class: 'ws-options ws-replay-options' },
    input.choices.map((choice, position) =>
      h(
        'li',
        {
          class: `ws-option${choice.locked ? ' ws-option-locked' : ''}`,
          'data-position': position,
          'data-ours': String(input.ours === position),
        },
        h('span', { class: 'ws-key', 'aria-hidden': 'true' }, String(position + 1)),
        h(
          'button',
          {
            type: 'button',
            class: 'ws-option-button',
            'aria-disabled': choice.locked ? 'true' : undefined,
            onclick: () => input.onChoose(choice),
          },
          choice.locked ? h('s', {}, choice.text) : choice.text,
          input.ours === position ? h('span', { class: 'ws-ours' }, ` — ${s.replayOurChoice}`) : null,
          choice.locked ? h('span', { class: 'ws-lock-reason' }, ` ${ui.lockedLabel(choice.lockReason ?? '')}`) : null,
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ws-vote', 'aria-labelledby': 'ws-vote-title' },
    h('h2', { id: 'ws-vote-title', tabindex: -1 }, s.voteTitle),
    list,
  );
}

/** A side path that reached an end of the story. */
export function renderReplayEnd(beat: Beat, s: WorkshopStrings, ui: Strings): HTMLElement {
  return h(
    'section',
    { class: 'ws-page', tabindex: -1 },
    h('p', { class: 'ws-line' }, s.replayEnded),
    beat.ending ? h('p', { class: 'ws-line' }, ui.endingNames[beat.ending]) : null,
  );
}
