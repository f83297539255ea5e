// The workshop's language on the page: `<html lang>` (for screen readers and hyphenation),
// the stylesheet's hook and the window's title. The facilitator's window and the projector
// window both show it the same way.
import type { Lang } from '../engine/types';
import type { Watched } from '../shared/watched';
import type { Strings } from '../ui/i18n';
import { announcePage } from '../ui/page-state';
import type { WorkshopStrings } from './strings';

/** `language`, when given, hears of it too (the phones' room follows it). */
export function showLanguage(lang: Lang, ui: Strings, s: WorkshopStrings, language?: Watched<Lang>): void {
  language?.set(lang);
  announcePage({ lang, title: `${ui.gameTitle} — ${s.modeName}` });
}
