// Which endings this device has reached, for the title screen: each side's endings under its
// name, names for those found and a blank for the rest; and, once both sides have a finished
// dance, the way to see the two side by side. Loaded only when there is something to list.

import { ENDINGS, SIDES } from '../../common/vocabulary.js';
import type { Lang } from '../engine/types';
import { bothSidesDanced, type DanceMemory, readMemory } from '../persistence/dance-memory';
import type { Preferences } from '../persistence/preferences';
import { h, uid } from './dom';
import type { Strings } from './i18n';
import { type EndingStrings, endingWords } from './strings/ending';

/** Where the reflection goes: in place of the title screen, and back. */
export interface ReflectionNav {
  readonly show: (page: HTMLElement) => void;
  readonly back: () => void;
}

/** The list in `lang`, once the ending's words for it are in. */
export async function endingsFound(
  s: Strings,
  lang: Lang,
  prefs: Preferences,
  nav: ReflectionNav,
): Promise<HTMLElement[]> {
  return renderEndingsFound(s, await endingWords.load(lang), lang, prefs, nav);
}

/** `words` are the ending's, in `lang` (endingWords). */
function renderEndingsFound(
  s: Strings,
  words: EndingStrings,
  lang: Lang,
  prefs: Preferences,
  nav: ReflectionNav,
): HTMLElement[] {
  const memory = readMemory(prefs);
  const headingId = uid('endings');
  const found = SIDES.reduce((n, side) => n + memory[side].endings.length, 0);
  if (found === 0) return [];
  const sideName = { pursuer: s.sidePursuer, withdrawer: s.sideWithdrawer };
  return [
    h(
      'section',
      { class: 'endings-found', 'aria-labelledby': headingId },
      h(
        'h2',
        { id: headingId },
        `${words.endingsFoundTitle} (${words.endingsFoundCount(found, ENDINGS.length * SIDES.length)})`,
      ),
      SIDES.map((side) => {
        const sideId = uid('endings-side');
        return h(
          'div',
          { class: 'endings-side', 'data-side': side },
          h('h3', { id: sideId }, sideName[side]),
          h(
            'ul',
            { 'aria-labelledby': sideId },
            ENDINGS.map((ending) =>
              memory[side].endings.includes(ending)
                ? h('li', { class: 'ending-found', 'data-ending': ending }, s.endingNames[ending])
                : h('li', { class: 'ending-unfound' }, words.endingNotFound),
            ),
          ),
        );
      }),
      bothSidesDanced(memory) ? reflectButton(s, words, lang, memory, nav) : null,
    ),
  ];
}

function reflectButton(
  s: Strings,
  words: EndingStrings,
  lang: Lang,
  memory: DanceMemory,
  nav: ReflectionNav,
): HTMLElement {
  const open = () =>
    import('./reflection').then(
      ({ showReflection }) => showReflection({ strings: s, words: words.reflection, lang, memory, ...nav }),
      () => undefined, // not to be had (offline, never loaded): the title screen stays
    );
  return h(
    'button',
    { type: 'button', class: 'secondary', 'data-action': 'reflection', onclick: () => void open() },
    words.reflection.open,
  );
}
