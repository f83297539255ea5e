// The two dances side by side (issue 19): once a player has danced both sides to an ending,
// the title screen offers this short screen — each side's last ending, its meters at the end
// and its turning points, and a line or two that name the pattern, never the person. It is
// drawn from what the device remembers (persistence/dance-memory.ts), in place of the title
// screen, and goes back to it (the button, or Esc). Loaded only when it is opened.
import { SIDES } from '../../common/vocabulary.js';
import type { Lang, Side } from '../engine/types';
import type { DanceMemory, RememberedDance } from '../persistence/dance-memory';
import { h, uid } from './dom';
import type { Strings } from './i18n';
import { announcePage } from './page-state';
import './reflection.css';
import type { ReflectionStrings } from './strings/ending';

export interface ReflectionOptions {
  readonly strings: Strings;
  /** The reflection's words, in `lang`. */
  readonly words: ReflectionStrings;
  readonly lang: Lang;
  readonly memory: DanceMemory;
  /** Put the screen in place (of the title screen). */
  readonly show: (page: HTMLElement) => void;
  /** Back to the title screen. */
  readonly back: () => void;
}

/** Draw the reflection, announce it, and put the reader at its heading. */
export function showReflection(o: ReflectionOptions): void {
  const page = renderReflection(o);
  o.show(page);
  announcePage({ screen: 'reflection' });
  page.querySelector('h1')?.focus();
}

export function renderReflection(o: ReflectionOptions): HTMLElement {
  const words = o.words;
  const titleId = uid('reflection');
  const patternId = uid('pattern');
  const dances = SIDES.flatMap((side) => {
    const dance = o.memory[side].dance;
    return dance ? [{ side, dance }] : [];
  });
  const [first, second] = dances;
  const same = first && second && first.dance.ending === second.dance.ending ? first.dance.ending : null;
  const page = h(
    'main',
    { class: 'reflection', 'aria-labelledby': titleId },
    h('h1', { id: titleId, tabindex: -1 }, words.title),
    h('p', { class: 'reflection-intro' }, words.intro),
    h(
      'div',
      { class: 'reflection-sides' },
      dances.map(({ side, dance }) => sideSection(o, words, side, dance)),
    ),
    h(
      'section',
      { class: 'reflection-pattern', 'aria-labelledby': patternId },
      h('h2', { id: patternId }, words.patternTitle),
      words.pattern(same === null ? null : same === 'step-out' ? 'step-out' : 'other').map((line) => h('p', {}, line)),
    ),
    h(
      'div',
      { class: 'reflection-actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'to-title', onclick: () => o.back() }, words.back),
    ),
  );
  page.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    o.back();
  });
  return page;
}

/** One side's last dance: how it ended, the meters at the end, its turning points. */
function sideSection(o: ReflectionOptions, words: ReflectionStrings, side: Side, dance: RememberedDance): HTMLElement {
  const s = o.strings;
  const headingId = uid('reflection-side');
  // The choices are quoted in the language they were played in.
  const spoken = dance.lang === o.lang ? null : dance.lang;
  return h(
    'section',
    { class: 'reflection-side', 'data-side': side, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, side === 'pursuer' ? s.sidePursuer : s.sideWithdrawer),
    h(
      'p',
      { class: 'reflection-ending', 'data-ending': dance.ending },
      `${words.ending}: `,
      h('strong', {}, s.endingNames[dance.ending]),
      ` · ${words.choices(dance.choices)}`,
    ),
    h('h3', {}, words.metersTitle),
    h(
      'ul',
      { class: 'reflection-meters' },
      words.meters(dance.meters).map((line) => h('li', {}, line)),
    ),
    h('h3', {}, words.turnsTitle),
    dance.turns.length
      ? h(
          'ol',
          { class: 'reflection-turns' },
          dance.turns.map((turn) =>
            h(
              'li',
              {},
              `${words.turn(turn)} `,
              h('span', { class: 'turn-choice', lang: spoken }, words.quote(turn.choice)),
            ),
          ),
        )
      : h('p', { class: 'reflection-no-turns' }, words.noTurns),
  );
}
