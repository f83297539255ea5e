// @vitest-environment happy-dom
// Workshop mode as a whole, in a DOM, on the real story: what the browser test does not
// reach — storage that is full or missing, jumping between phases by key, kept sessions
// resumed and refused, session files imported, a story that will not load, and an X-card
// coming from a live vote source.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAllStrings } from '../../src/ui/i18n';
import { decodeSession, encodeSession, type SessionFile } from '../../src/workshop/session-file';
import { workshopWords } from '../../src/workshop/strings';
import type { VoteQuestion, VoteSource, VoteSourceListener } from '../../src/workshop/vote-source';
import { WorkshopApp, type WorkshopOptions } from '../../src/workshop/workshop-app';
import { WorkshopRun } from '../../src/workshop/workshop-run';
import { realStory } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const shellStrings = await loadAllStrings();

const en = realStory('en');
const workshopStrings = await workshopWords.loadAll();
const S = workshopStrings.en;

let root: HTMLElement;
let store: MemoryStore;
let app: WorkshopApp | null = null;

function boot(extra: Partial<WorkshopOptions> = {}) {
  app = new WorkshopApp({
    root,
    storage: store,
    loadStory: async () => en,
    shellStrings,
    workshopStrings,
    initial: { lang: 'en', partnerName: 'Sam', partnerPronoun: 'he' },
    onExit: () => undefined,
    now: () => new Date('2025-03-01T10:00:00Z'),
    ...extra,
  });
  app.start();
  return app;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const ws = () => document.documentElement.dataset.ws;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
};
const press = (key: string) =>
  ((document.activeElement as HTMLElement | null) ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
  );
const alerts = () => [...document.querySelectorAll('.notice-error')].map((n) => n.querySelector('p')?.textContent);

async function startSession() {
  $<HTMLFormElement>('form.ws-setup').requestSubmit();
  await tick();
  await tick();
}

/** Read on, then let the room give every vote to the first open option; `n` votes. */
function vote(n: number) {
  for (let done = 0; done < n; ) {
    if (ws() === 'read') press(' ');
    else if (ws() === 'pause') press('Enter');
    else if (ws() === 'vote') {
      const rows = [...document.querySelectorAll('.ws-vote .ws-option')];
      const first = rows.findIndex((r) => !r.classList.contains('ws-option-locked'));
      const input = document.querySelectorAll<HTMLInputElement>('.ws-count')[first]!;
      input.focus();
      input.value = '3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      press('r');
      $<HTMLButtonElement>('[data-action="commit"]').click();
      done += 1;
    } else throw new Error(`stuck on ${ws()}`);
  }
}

/** One step at a time until `done`: a page on, past a pause card, or a vote. */
function playUntil(done: () => boolean) {
  for (let guard = 0; !done(); guard++) {
    if (guard > 500) throw new Error(`never got there (on ${ws()})`);
    if (ws() === 'vote') vote(1);
    else press(ws() === 'pause' ? 'Enter' : ' ');
  }
}

function kept(): SessionFile[] {
  return [...store.data.entries()].filter(([k]) => k.startsWith('de-dans:workshop:')).map(([, v]) => decodeSession(v));
}

async function answer(action: string) {
  await tick();
  $<HTMLButtonElement>(`dialog[open] [data-action="${action}"]`).click();
  await tick();
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  store = new MemoryStore();
});
afterEach(() => {
  app?.destroy();
  app = null;
  document.body.innerHTML = '';
});

describe('workshop mode in a DOM', () => {
  it('keeps the session after every choice, and says once when the storage is full', async () => {
    boot();
    await startSession();
    vote(2);
    expect(kept().map((s) => s.choices.length)).toEqual([2]);
    store.fail = { ok: false, problem: 'full' };
    vote(2);
    expect(alerts()).toEqual([S.storageFull]);
    expect(ws()).toBe('read'); // the session goes on
  });

  it('keeps a vote open while the facilitator steps back to reread the beat', async () => {
    boot();
    await startSession();
    playUntil(() => ws() === 'vote');
    const input = $<HTMLInputElement>('.ws-count');
    input.value = '7';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    press('ArrowLeft'); // typing keys stay in the box …
    expect(ws()).toBe('vote');
    $<HTMLButtonElement>('.ws-vote [data-action="previous"]').click(); // … the button steps back
    expect(ws()).toBe('read');
    press(' ');
    expect(ws()).toBe('vote');
    expect($<HTMLInputElement>('.ws-count').value).toBe('7');
    press('r');
    expect($('.ws-bar-number').textContent).toBe('7');
  });

  it('says so on the sessions screen when the browser keeps nothing', () => {
    store.available = false;
    boot();
    $('[data-action="sessions"]').click();
    expect($('.ws-warning').textContent).toBe(S.storageUnavailable);
  });

  it('jumps back to the start of a phase, keeping the earlier take, and skips ahead', async () => {
    boot();
    await startSession();
    const firstPage = $('.ws-page').textContent;
    playUntil(() => document.documentElement.dataset.phase === '2' && ws() === 'vote');
    const before = kept()[0]!.choices.length;

    press('j');
    await answer('back-1');
    await answer('jump');
    expect(ws()).toBe('read');
    expect(document.documentElement.dataset.phase).toBe('1');
    expect($('.ws-page').textContent).toBe(firstPage);
    const session = kept()[0]!;
    expect(session.choices).toHaveLength(0);
    expect(session.branches).toEqual([expect.objectContaining({ kind: 'earlier-take', from: 0 })]);
    expect(session.branches[0]!.choices).toHaveLength(before);

    press('j');
    await answer('skip');
    expect(ws()).toBe('pause');
    expect($('.ws-pause').dataset.pause).toBe('1');
    expect(kept()[0]!.choices.every((c) => c.vote === null)).toBe(true);
    press('Enter');
    expect(ws()).toBe('read');
    expect(document.documentElement.dataset.phase).toBe('2');
  });

  it('lists kept sessions, resumes one where it stopped, and refuses a damaged one', async () => {
    const run = WorkshopRun.begin(
      { json: en.json, hash: en.hash, lang: 'en', side: 'pursuer' },
      {
        id: 'kept-session-1',
        settings: { partnerName: 'Noa', partnerPronoun: 'she', veilInfidelity: true },
        agreements: [],
        now: new Date('2025-02-01T09:00:00Z'),
      },
    );
    for (let i = 0; i < 3; i++) run.choose(run.beat.choices.find((c) => !c.locked)!.index, null);
    store.data.set('de-dans:workshop:kept-session-1', encodeSession(run.toFile(new Date('2025-02-01T09:30:00Z'))));
    store.data.set('de-dans:workshop:broken', '{"game":"de-dans-workshop","format":1}');
    boot();
    $('[data-action="sessions"]').click();
    const items = document.querySelectorAll('.ws-session');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('with Noa · 3 choices · stopped in phase 1');
    expect(items[1]!.textContent).toContain(S.sessionUnreadable);

    $('.ws-session [data-action="resume"]').click();
    await tick();
    await tick();
    expect(ws()).toBe('read');
    expect($('.ws-echo').textContent).toContain(run.path[2]!.options[run.path[2]!.chosen]!.text);
    expect($('.ws-page').textContent).toMatch(/\bshe\b/); // Noa's pronouns, as kept

    press('Escape');
    await answer('stop');
    expect(ws()).toBe('sessions');
    $('.ws-session-damaged [data-action="delete"]').click();
    await answer('delete');
    expect(store.data.has('de-dans:workshop:broken')).toBe(false);
    expect(document.querySelectorAll('.ws-session')).toHaveLength(1);
  });

  it('plays the side Session 0 chose, keeps it through a change of language, and resumes on it', async () => {
    const w = realStory('en', 'withdrawer');
    const asked: string[] = [];
    boot({
      loadStory: async (lang, side) => {
        asked.push(`${side}/${lang}`);
        return side === 'withdrawer' ? w : en;
      },
    });
    const sideChecked = () => $<HTMLInputElement>('input[name="ws-side"]:checked').value;
    expect(sideChecked()).toBe('pursuer'); // the title screen chose none
    $<HTMLInputElement>('input[name="ws-side"][value="withdrawer"]').click();
    const lang = $<HTMLSelectElement>('select[name="lang"]');
    lang.value = 'nl';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.querySelector('h1')?.textContent).toBe(workshopStrings.nl.session0Title); // drawn anew in Dutch
    expect(sideChecked()).toBe('withdrawer');
    $<HTMLSelectElement>('select[name="lang"]').value = 'en';
    await startSession();
    expect(asked).toEqual(['withdrawer/en']);
    vote(2);
    expect(kept().map((k) => [k.side, k.storyHash, k.choices.length])).toEqual([['withdrawer', w.hash, 2]]);

    press('Escape');
    await answer('stop');
    $('[data-action="back"]').click();
    expect(sideChecked()).toBe('withdrawer'); // Session 0 as the session had it
    $('[data-action="sessions"]').click();
    $('.ws-session [data-action="resume"]').click();
    await tick();
    await tick();
    expect(ws()).toBe('read');
    expect(asked).toEqual(['withdrawer/en']); // each route is loaded once
    vote(1);
    expect(kept().map((k) => [k.side, k.choices.length])).toEqual([['withdrawer', 3]]);

    // Its pause card asks this side's questions, and the sessions list names the side.
    playUntil(() => ws() === 'pause');
    expect([...document.querySelectorAll('.ws-questions li')].map((li) => li.textContent)).toEqual(
      S.questions.withdrawer[1]!('Sam'),
    );
    expect(S.questions.withdrawer[1]!('Sam')).not.toEqual(S.questions.pursuer[1]!('Sam'));
    press('Escape');
    await answer('stop');
    expect($('.ws-session').textContent).toContain(`${S.sidePlayed.withdrawer} · with Sam`);
  });

  it('opens a session file, and explains one it cannot use', async () => {
    boot();
    $('[data-action="sessions"]').click();
    const input = $<HTMLInputElement>('.ws-sessions input[type="file"]');
    const pick = async (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'session.json')], configurable: true });
      input.dispatchEvent(new Event('change'));
      await tick();
      await tick();
    };
    await pick('{"game":"something else"}');
    expect(alerts()).toEqual([S.fileNotSession]);
    await pick('not json');
    expect(alerts()).toEqual([S.fileNotJson, S.fileNotSession]); // newest first

    const run = WorkshopRun.begin(
      { json: en.json, hash: en.hash, lang: 'en', side: 'pursuer' },
      {
        id: 'from-elsewhere',
        settings: { partnerName: 'Mira', partnerPronoun: 'she', veilInfidelity: false },
        agreements: ['We listen.'],
        now: new Date('2025-01-05T09:00:00Z'),
      },
    );
    run.choose(run.beat.choices.find((c) => !c.locked)!.index, null);
    await pick(encodeSession(run.toFile(new Date('2025-01-05T10:00:00Z'))));
    expect(ws()).toBe('debrief');
    expect($('.ws-lead').textContent).toContain('Mira');
    expect(kept().map((s) => s.id)).toEqual(['from-elsewhere']);
  });

  it('stays on Session 0 with a message when the story cannot load', async () => {
    boot({ loadStory: async () => Promise.reject(new Error('offline')) });
    await startSession();
    expect(ws()).toBe('setup');
    expect(alerts()).toEqual([S.storyLoadFailed]);
  });

  it('pauses for an X-card from a live source, and tells it when the room resumes', async () => {
    const source = new PausingSource();
    boot({ voteSource: source });
    await startSession();
    source.raiseCard();
    expect($('.ws-xcard').textContent).toContain(S.xCardText);
    press(' '); // nothing moves on behind the card
    expect(document.querySelector('.ws-xcard')).not.toBeNull();
    press('Enter');
    expect(document.querySelector('.ws-xcard')).toBeNull();
    expect(source.resumedCount).toBe(1);
  });
});

/** A live source that only raises X-cards. */
class PausingSource implements VoteSource {
  readonly kind = 'phones';
  readonly manual = false;
  resumedCount = 0;
  private listener: VoteSourceListener | null = null;
  open(_question: VoteQuestion) {}
  close() {}
  subscribe(listener: VoteSourceListener) {
    this.listener = listener;
    return () => (this.listener = null);
  }
  destroy() {}
  resumed() {
    this.resumedCount += 1;
  }
  raiseCard() {
    this.listener?.({ type: 'pause' });
  }
}
