// Where to turn for help, in the player's language: a short heading, one sentence, and the
// places to call or visit as real links (tel: and https:). The end card is the one place
// a finished game shows it; the menu's "About this story and help" and the workshop's
// debrief show the same block. The words and numbers live in the strings catalogue.
import { h, uid } from './dom';
import type { HelpWords } from './i18n';

/**
 * The help block: a section titled with a heading of the given level, or, where the
 * surroundings already give it a title (a dialog, the debrief's own section), just its body.
 */
export function renderHelp(help: HelpWords, heading: 'h2' | 'h3' | null): HTMLElement {
  const body = [h('p', {}, help.intro), contactList(help)];
  if (!heading) return h('div', { class: 'help-pointer', 'data-help': '' }, body);
  const titleId = uid('help-title');
  return h(
    'section',
    { class: 'help-pointer', 'data-help': '', 'aria-labelledby': titleId },
    h(heading, { id: titleId }, help.title),
    body,
  );
}

function contactList(help: HelpWords): HTMLElement {
  return h(
    'ul',
    { class: 'help-contacts' },
    help.contacts.map((contact) =>
      h(
        'li',
        {},
        h('strong', {}, contact.name),
        ` — ${contact.about} `,
        contact.links.flatMap((link, i) => [
          i > 0 ? ' · ' : null,
          link.href.startsWith('tel:')
            ? h('a', { href: link.href }, link.label)
            : h(
                'a',
                { href: link.href, target: '_blank', rel: 'noopener noreferrer' },
                link.label,
                h('span', { class: 'visually-hidden' }, ` ${help.newTab}`),
              ),
        ]),
      ),
    ),
  );
}
