// The ending card, shown once the last text is on screen: the ending's name, the summary
// in words, the shape of this player's dance (a chart with its text alternative, saveable
// as an image), where to turn for help (the one place an ending shows it), and the ways on. Loaded on demand: nobody needs it for the first text.
import type { StoryEngine } from '../engine/story-engine';
import type { Beat, StepTally } from '../engine/types';
import type { ChartInput } from '../workshop/dance-chart';
import { metersPoint } from '../workshop/session-file';
import { chartPng, renderDanceChart } from './dance-chart-view';
import { recordDance } from './dance-record';
import { h } from './dom';
import { renderHelp } from './help-line';
import type { Strings } from './i18n';
import type { EndingStrings } from './strings/ending';

export interface EndingMount {
  readonly strings: Strings;
  /** The ending's own words, in the game's language (endingWords). */
  readonly words: EndingStrings;
  readonly engine: StoryEngine;
  /** The story, to walk the player's path again for the chart; null when it is not at hand. */
  readonly storyJson: string | null;
  readonly onPlayAgain: () => void;
  readonly onTitle: () => void;
}

export { danceToRemember } from './dance-record';

/**
 * Put the end card for the engine's (finished) beat into `slot`; returns the dance it drew
 * (without its choices, only the meters at the end, when the path could not be walked again).
 */
export function mountEndingScreen(slot: Element, m: EndingMount): ChartInput {
  const engine = m.engine;
  let dance: ChartInput | null = null;
  try {
    dance = m.storyJson ? recordDance(m.storyJson, engine.settings, engine.trail) : null;
  } catch (error) {
    console.warn('[ending] the dance could not be walked again', error);
  }
  slot.replaceChildren(
    renderEndingScreen({
      strings: m.strings,
      words: m.words,
      beat: engine.beat,
      counts: engine.tally(),
      partnerName: engine.settings.partnerName,
      dance,
      onPlayAgain: m.onPlayAgain,
      onTitle: m.onTitle,
      saveFile: saveBlob,
    }),
  );
  return dance ?? { start: metersPoint(engine.beat.meters), choices: [] };
}

/** Hand a file (the dance as an image) to the player as a download. */
function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface EndingScreenOptions {
  readonly strings: Strings;
  readonly words: EndingStrings;
  readonly beat: Beat;
  readonly counts: StepTally;
  readonly partnerName: string;
  /** The player's dance, or null when it could not be walked again. */
  readonly dance: ChartInput | null;
  readonly onPlayAgain: () => void;
  readonly onTitle: () => void;
  /** Hand a file to the player (a download in the browser). */
  readonly saveFile: (name: string, blob: Blob) => void;
}

export function renderEndingScreen(o: EndingScreenOptions): HTMLElement {
  const s = o.strings;
  const words = o.words;
  const chart = o.dance && o.dance.choices.length > 0 ? renderDanceChart(o.dance, words, o.partnerName) : null;
  const picture = chart?.querySelector('svg');
  return h(
    'section',
    { class: 'ending', 'aria-labelledby': 'ending-title' },
    h('h2', { id: 'ending-title' }, `${s.endingTitle}${o.beat.ending ? ` — ${s.endingNames[o.beat.ending]}` : ''}`),
    h('p', { class: 'ending-summary' }, s.endingSummary(o.counts)),
    chart ? h('h3', { class: 'dance-title' }, words.danceChartTitle) : null,
    chart,
    renderHelp(s.help, 'h3'),
    h(
      'div',
      { class: 'ending-actions' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-action': 'play-again', onclick: () => o.onPlayAgain() },
        s.playAgain,
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'to-title', onclick: () => o.onTitle() },
        s.toTitle,
      ),
      picture
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-action': 'save-dance',
              onclick: () => void chartPng(picture).then((png) => o.saveFile(`${words.danceImageName}.png`, png)),
            },
            words.saveDanceImage,
          )
        : null,
    ),
  );
}
