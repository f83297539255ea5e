// Which endings this device has reached, for the title screen: names for those, a blank for
// the rest. Loaded only when there is something to list.

import { ENDINGS } from '../../common/vocabulary.js';
import type { EndingId, Lang } from '../engine/types';
import { h, uid } from './dom';
import type { Strings } from './i18n';
import { endingStrings } from './strings/ending';

export function renderEndingsFound(s: Strings, lang: Lang, found: readonly EndingId[]): HTMLElement {
  const words = endingStrings[lang];
  const headingId = uid('endings');
  return h(
    'section',
    { class: 'endings-found', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, `${words.endingsFoundTitle} (${words.endingsFoundCount(found.length, ENDINGS.length)})`),
    h(
      'ul',
      {},
      ENDINGS.map((ending) =>
        found.includes(ending)
          ? h('li', { class: 'ending-found', 'data-ending': ending }, s.endingNames[ending])
          : h('li', { class: 'ending-unfound' }, words.endingNotFound),
      ),
    ),
  );
}
