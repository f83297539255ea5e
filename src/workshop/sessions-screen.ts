// Earlier sessions kept on this laptop: open one (its debrief), carry on an unfinished
// one, delete one, or open a session file brought from elsewhere.
import type { Lang } from '../engine/types';
import { h } from '../ui/dom';
import type { ShellStrings } from '../ui/i18n';
import { formatWhen } from './debrief';
import type { SessionFile } from './session-file';
import type { StoredSession } from './session-store';
import type { WorkshopWords } from './strings';

export interface SessionsScreenOptions {
  readonly lang: Lang;
  /** The shell's words in both languages: a session kept may be in either. */
  readonly shellStrings: ShellStrings;
  readonly workshopStrings: WorkshopWords;
  readonly sessions: readonly StoredSession[];
  readonly storageAvailable: boolean;
  readonly onOpen: (session: SessionFile) => void;
  readonly onResume: (session: SessionFile) => void;
  readonly onDelete: (entry: StoredSession) => void;
  readonly onImport: (file: File) => void;
  readonly onBack: () => void;
}

export function renderSessionsScreen(options: SessionsScreenOptions): HTMLElement {
  const s = options.workshopStrings[options.lang];
  const fileInput = importInput(options.onImport);
  const item = (entry: StoredSession) => sessionItem(entry, options, s);
  return h(
    'main',
    { class: 'ws-screen ws-sessions', 'aria-labelledby': 'ws-sessions-title' },
    h('h1', { id: 'ws-sessions-title', tabindex: -1 }, s.sessionsTitle),
    options.storageAvailable ? null : h('p', { class: 'ws-warning', role: 'status' }, s.storageUnavailable),
    options.sessions.length
      ? h('ul', { class: 'ws-session-list' }, options.sessions.map(item))
      : h('p', {}, s.sessionsEmpty),
    h(
      'div',
      { class: 'ws-actions' },
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'import', onclick: () => fileInput.click() },
        s.importSession,
      ),
      h(
        'button',
        { type: 'button', class: 'primary', 'data-action': 'back', onclick: () => options.onBack() },
        s.newSession,
      ),
      fileInput,
    ),
  );
}

/** The hidden file picker the import button opens. */
function importInput(onImport: (file: File) => void): HTMLInputElement {
  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) onImport(file);
  });
  return fileInput;
}

/** One kept session: what it was, and open, resume (unless finished) and delete. */
function sessionItem(
  entry: StoredSession,
  options: SessionsScreenOptions,
  s: SessionsScreenOptions['workshopStrings'][Lang],
): HTMLElement {
  if (!entry.ok) {
    return h(
      'li',
      { class: 'ws-session ws-session-damaged', 'data-key': entry.key },
      h('p', {}, s.sessionUnreadable),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'delete', onclick: () => options.onDelete(entry) },
        s.deleteSession,
      ),
    );
  }
  const session = entry.session;
  const when = formatWhen(session.createdAt, options.lang);
  const phase = session.choices.at(-1)?.phase ?? 1;
  const ending = session.ending ? options.shellStrings[session.lang].endingNames[session.ending] : null;
  return h(
    'li',
    { class: 'ws-session', 'data-key': entry.key, 'data-id': session.id },
    h(
      'p',
      {},
      s.sessionSummary({
        when,
        name: session.settings.partnerName,
        choices: session.choices.length,
        phase,
        ending,
        side: s.sidePlayed[session.side],
      }),
    ),
    h(
      'div',
      { class: 'ws-session-actions' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-action': 'open', onclick: () => options.onOpen(session) },
        s.openSession,
      ),
      session.finished
        ? null
        : h(
            'button',
            { type: 'button', class: 'secondary', 'data-action': 'resume', onclick: () => options.onResume(session) },
            s.resumeSession,
          ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'delete', onclick: () => options.onDelete(entry) },
        s.deleteSession,
      ),
    ),
  );
}
