// The debrief leaving the laptop: as a PNG poster, and as the session file (JSON). The
// printed page needs nothing here — it is the debrief itself under the print stylesheet.
import { h } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import { canvasToPng, paintPoster } from './chart-canvas';
import { encodeSession, type SessionFile } from './session-file';
import type { WorkshopStrings } from './strings';

/** "de-dans-workshop-2025-03-01-10-00-k7qm2x": sortable, and one per session. */
export function fileStem(session: SessionFile): string {
  return `de-dans-workshop-${session.id}`;
}

export function sessionJson(session: SessionFile): Blob {
  return new Blob([encodeSession(session)], { type: 'application/json' });
}

/** The debrief as one image: title, the group's dance, the steps, the counts, the ending. */
/** `ui` and `s`: the shell's and the workshop's words in the session's language. */
export async function posterPng(session: SessionFile, ui: Strings, s: WorkshopStrings): Promise<Blob> {
  const locale = session.lang === 'nl' ? 'nl-NL' : 'en-GB';
  const canvas = document.createElement('canvas');
  paintPoster(canvas, session, s, {
    title: `${ui.gameTitle} — ${s.debriefTitle}`,
    subtitle: `${s.sessionDate(new Date(session.createdAt).toLocaleDateString(locale, { dateStyle: 'long' }))} · ${s.debriefLead(session.settings.partnerName, s.sidePlayed[session.side])}`,
    ending: session.ending
      ? `${ui.endingNames[session.ending]}: ${s.endingBlurbs[session.side][session.ending]}`
      : s.endingUnfinished,
    partnerName: session.settings.partnerName,
  });
  return canvasToPng(canvas);
}

/** Hand a file to the browser's downloads. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
