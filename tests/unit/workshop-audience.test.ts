// @vitest-environment happy-dom
// The presenter and the room's view, in a DOM on the real story: what the projector window
// hears (and what it never hears: hand counts before the reveal), a projector window that
// says hello late and still lands on the same screen, the room view in the facilitator's
// own window, the timer that commits on its own at zero, and a reloaded page that comes
// back by itself on the open vote. And when each window tells the page it has settled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StageHandle, StageUnavailableError } from '../../src/stage/stage-api';
import { loadAllStrings } from '../../src/ui/i18n';
import { AudienceLink, type ChannelFactory } from '../../src/workshop/audience-channel';
import type { AudienceView } from '../../src/workshop/audience-view';
import { startAudience } from '../../src/workshop/audience-window';
import { workshopWords } from '../../src/workshop/strings';
import { WorkshopApp, type WorkshopOptions } from '../../src/workshop/workshop-app';
import { realStory } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const shellStrings = await loadAllStrings();
const workshopStrings = await workshopWords.loadAll();
const en = realStory('en');

/** BroadcastChannel's behaviour in one process: every other channel of the name hears a post. */
function fakeChannels(): ChannelFactory {
  const open = new Set<{ name: string; target: EventTarget }>();
  return (name) => {
    const target = new EventTarget();
    const me = { name, target };
    open.add(me);
    return Object.assign(target, {
      name,
      onmessage: null,
      onmessageerror: null,
      postMessage(data: unknown) {
        for (const other of open)
          if (other !== me && other.name === name)
            other.target.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
      },
      close() {
        open.delete(me);
      },
    }) as unknown as BroadcastChannel;
  };
}

class MemoryPlaces {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

let root: HTMLElement;
let store: MemoryStore;
let places: MemoryPlaces;
let channels: ChannelFactory;
let now = 0;
const apps: { destroy(): void }[] = [];

function boot(extra: Partial<WorkshopOptions> = {}): WorkshopApp {
  const app = new WorkshopApp({
    root,
    storage: store,
    loadStory: async () => en,
    shellStrings,
    workshopStrings,
    initial: { lang: 'en', partnerName: 'Sam', partnerPronoun: 'he' },
    onExit: () => undefined,
    channel: channels,
    placeStore: places,
    clock: { now: () => now },
    ...extra,
  });
  apps.push(app);
  app.start();
  return app;
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const ws = () => document.documentElement.dataset.ws;
const press = (key: string) =>
  ((document.activeElement as HTMLElement | null) ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
  );

async function toFirstVote(): Promise<void> {
  document.querySelector<HTMLFormElement>('form.ws-setup')!.requestSubmit();
  await tick();
  await tick();
  for (let guard = 0; ws() !== 'vote'; guard++) {
    if (guard > 100) throw new Error(`no vote (on ${ws()})`);
    press(ws() === 'pause' ? 'Enter' : ' ');
  }
}

function typeCount(position: number, n: number): void {
  const input = document.querySelectorAll<HTMLInputElement>('.ws-vote .ws-count')[position]!;
  input.value = String(n);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A projector window's ears: every view it hears. */
function listen(): AudienceView[] {
  const heard: AudienceView[] = [];
  const link = new AudienceLink((view) => heard.push(view), channels);
  apps.push({ destroy: () => link.close() });
  link.hello();
  return heard;
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  store = new MemoryStore();
  places = new MemoryPlaces();
  channels = fakeChannels();
  now = 0;
});
afterEach(() => {
  for (const app of apps.splice(0)) app.destroy();
  document.body.innerHTML = '';
});

describe('the presenter and the room’s view', () => {
  it('shows the lobby, then the vote without its counts until they are revealed', async () => {
    boot();
    const heard = listen();
    await tick();
    expect(heard.at(-1)?.screen).toMatchObject({ kind: 'lobby', join: null, side: 'pursuer' });
    // The side chosen on Session 0 is on the wall before the session starts.
    const withdrawer = document.querySelector<HTMLInputElement>('input[name="ws-side"][value="withdrawer"]')!;
    withdrawer.click();
    expect(heard.at(-1)?.screen).toMatchObject({ kind: 'lobby', side: 'withdrawer' });
    document.querySelector<HTMLInputElement>('input[name="ws-side"][value="pursuer"]')!.click();
    expect(heard.at(-1)?.screen).toMatchObject({ kind: 'lobby', side: 'pursuer' });
    await toFirstVote();
    typeCount(0, 4);
    const before = heard.at(-1)!;
    expect(before.screen.kind).toBe('vote');
    expect(JSON.stringify(before)).not.toContain('"counts"');
    if (before.screen.kind === 'vote') expect(before.screen).toMatchObject({ tally: null, voted: null });
    expect(before.stage?.stepCount).toBe(0);
    // The side panel (never on the wall) has what was counted.
    expect(document.querySelector('.ws-pp-live')?.textContent).toBe('4 hands counted');
    press('r');
    const after = heard.at(-1)!;
    if (after.screen.kind !== 'vote') throw new Error('not a vote');
    expect(after.screen.tally?.counts[0]).toBe(4);
    expect(after.screen.tally?.leading).toEqual([0]);
    const commit = () => document.querySelector<HTMLButtonElement>('[data-action="commit"]')!.click();
    commit();
    expect(heard.at(-1)?.screen.kind).toBe('read');
    expect(heard.at(-1)?.meters?.change).not.toBeNull(); // how the choice moved the meters
    // The figures are handed every step the room takes (some choices are no step at all).
    for (let guard = 0; (heard.at(-1)?.stage?.stepCount ?? 0) === 0; guard++) {
      if (guard > 8) throw new Error('no step reached the stage');
      for (let _g = 0; ws() !== 'vote'; _g++) press(ws() === 'pause' ? 'Enter' : ' ');
      typeCount(0, 3);
      press('r');
      commit();
    }
    expect(heard.at(-1)?.stage?.stepCount).toBeGreaterThan(0);
  });

  it('lands a projector window that opens late on the screen of the moment, and draws it', async () => {
    boot();
    await toFirstVote();
    const host = document.createElement('div');
    document.body.append(host);
    apps.push(
      startAudience({
        root: host,
        shellStrings,
        workshopStrings,
        lang: 'en',
        reducedMotion: () => false,
        channel: channels,
      }),
    );
    await tick();
    const options = [...host.querySelectorAll('.ws-aud-option .ws-option-text')].map((o) => o.textContent);
    const onDesk = [...document.querySelectorAll('#app .ws-vote .ws-option .ws-option-text')].map((o) => o.textContent);
    expect(options).toEqual(onDesk);
    expect(host.querySelector('.ws-aud-live')?.textContent).toContain('Raise your hand');
    expect(host.querySelectorAll('.ws-count, button').length).toBe(0); // nothing to press on the wall
    press('b');
    expect(host.querySelector<HTMLElement>('.ws-aud-cover')?.dataset.cover).toBe('blank');
  });

  it('turns its own window into the room’s view and back with V', async () => {
    boot();
    press('v');
    expect(root.dataset.roomView).toBe('true');
    expect(root.querySelector('.ws-audience .ws-lobby [data-action="begin"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('[data-action="begin"]')!.click();
    await tick();
    await tick();
    expect(ws()).toBe('read');
    expect(root.querySelector('.ws-audience .ws-aud-read .ws-line')).not.toBeNull();
    press('v');
    expect(root.dataset.roomView).toBeUndefined();
    expect(root.querySelector('.ws-audience')).toBeNull();
  });

  it('commits the room’s choice on its own when the timer runs out, if asked to', async () => {
    boot();
    document.querySelector<HTMLInputElement>('input[name="auto-commit"]')!.checked = true;
    await toFirstVote();
    typeCount(0, 3);
    press('t');
    now += 61_000;
    await tick(400); // the timer's next tick sees zero
    expect(ws()).toBe('read');
    expect(document.querySelector('.ws-echo')?.textContent).toContain(': ');
  });

  it('waits at zero for the facilitator when the room is tied', async () => {
    boot();
    document.querySelector<HTMLInputElement>('input[name="auto-commit"]')!.checked = true;
    await toFirstVote();
    typeCount(0, 2);
    typeCount(1, 2);
    press('t');
    now += 61_000;
    await tick(400);
    expect(ws()).toBe('vote');
    expect(document.querySelector('.ws-vote')?.getAttribute('data-outcome')).toBe('tie');
  });

  it('comes back by itself after a reload, on the vote that was open', async () => {
    const first = boot();
    await toFirstVote();
    const options = [...document.querySelectorAll('.ws-vote .ws-option-text')].map((o) => o.textContent);
    first.destroy();
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
    boot();
    await tick();
    await tick();
    expect(ws()).toBe('vote');
    expect([...document.querySelectorAll('.ws-vote .ws-option-text')].map((o) => o.textContent)).toEqual(options);
  });

  it('opens on Session 0 once the session was stopped', async () => {
    const first = boot();
    await toFirstVote();
    press('Escape');
    await tick();
    document.querySelector<HTMLButtonElement>('dialog[open] [data-action="stop"]')!.click();
    await tick();
    first.destroy();
    boot();
    await tick();
    expect(ws()).toBe('setup');
  });
});

describe('when the workshop’s windows have settled (the page’s service worker waits for it)', () => {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  /** A projector window on its own host; `told` counts what it said. */
  function projector(loadStage?: () => Promise<StageHandle>): { told: number } {
    const counted = { told: 0 };
    const host = document.createElement('div');
    document.body.append(host);
    const options = { root: host, shellStrings, workshopStrings, lang: 'en' as const, reducedMotion: () => false };
    apps.push(startAudience({ ...options, channel: channels, loadStage, onSettled: () => counted.told++ }));
    return counted;
  }

  it('the facilitator’s window: once Session 0 has been painted, and only once', async () => {
    let told = 0;
    boot({ onSettled: () => told++ });
    expect(told).toBe(0); // drawn, not yet painted
    await afterPaint();
    expect(told).toBe(1);
    await toFirstVote();
    await afterPaint();
    expect(told).toBe(1);
  });

  it('the projector window with no stage (?stage=off): once its first screen has been painted', async () => {
    boot();
    const wall = projector();
    expect(wall.told).toBe(0);
    await afterPaint();
    expect(wall.told).toBe(1);
    await toFirstVote();
    await afterPaint();
    expect(wall.told).toBe(1);
  });

  it('the projector window with a stage: when the stage is drawn, or given up — not before', async () => {
    boot();
    let draw: ((stage: StageHandle) => void) | null = null;
    const wall = projector(() => new Promise((resolve) => (draw = resolve)));
    await afterPaint();
    expect(wall.told).toBe(0); // the lobby has no stage to wait for; the story will
    await toFirstVote();
    await afterPaint();
    await afterPaint();
    expect(draw).not.toBeNull(); // asked for after the text was painted
    expect(wall.told).toBe(0);
    draw!({ renderer: 'webgl', update: () => undefined, destroy: () => undefined });
    await tick();
    expect(wall.told).toBe(1);

    const failing = projector(() => Promise.reject(new StageUnavailableError('no WebGL')));
    await afterPaint();
    await afterPaint();
    await tick();
    expect(failing.told).toBe(1);
    expect(document.documentElement.dataset.stage).toBe('text-only');
  });
});
