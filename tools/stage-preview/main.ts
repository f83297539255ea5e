// Developer preview of the stage: every StageView field has a control, so the art and the
// choreography can be judged without playing the story. Run: npx vite tools/stage-preview

import { BODY_SIGNALS, ENDINGS, SCENES, STEP_KINDS } from '../../common/vocabulary.js';
import type { BodySignal, EndingId, SceneId, StepKind } from '../../src/engine/types';
import { loadStage, type StageHandle, type StageView } from '../../src/stage/stage-api';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const form = document.querySelector<HTMLFormElement>('#controls')!;
const host = document.querySelector<HTMLElement>('#stage')!;
const status = document.querySelector<HTMLElement>('#status')!;
const dump = document.querySelector<HTMLElement>('#view')!;
const params = new URLSearchParams(location.search);

const view: Mutable<StageView> = {
  scene: (params.get('scene') as SceneId | null) ?? null,
  phase: 1,
  partnerDistance: Number(params.get('distance') ?? 5),
  partnerPresent: !params.has('away'),
  pursue: Number(params.get('pursue') ?? 2),
  withdraw: 0,
  lastStep: (params.get('step') as StepKind | null) ?? null,
  stepCount: 0,
  body: (params.get('body') as BodySignal | null) ?? null,
  ending: (params.get('ending') as EndingId | null) ?? null,
  reducedMotion: params.has('reduced') || matchMedia('(prefers-reduced-motion: reduce)').matches,
};

function fillSelect(name: string, values: readonly string[], current: string | null): void {
  const select = form.elements.namedItem(name) as HTMLSelectElement;
  for (const v of ['', ...values]) select.add(new Option(v || '(none)', v, false, v === (current ?? '')));
}
fillSelect('scene', SCENES, view.scene);
fillSelect('ending', ENDINGS, view.ending);
fillSelect('body', BODY_SIGNALS, view.body);

const steps = document.querySelector<HTMLElement>('#steps')!;
for (const kind of STEP_KINDS) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = kind;
  b.addEventListener('click', () => step(kind));
  steps.append(b);
}

const clamp = (n: number): number => Math.max(0, Math.min(10, n));

/** Mirror the story's law roughly, so stepping in the preview feels like playing. */
function step(kind: StepKind): void {
  if (kind === 'pursue') {
    view.pursue = clamp(view.pursue + 1);
    view.partnerDistance = clamp(view.partnerDistance + 1);
  } else if (kind === 'withdraw') {
    view.withdraw = clamp(view.withdraw + 1);
    view.partnerDistance = clamp(view.partnerDistance - 1);
  }
  view.lastStep = kind;
  view.stepCount += 1;
  syncForm();
  push();
}

function syncForm(): void {
  for (const name of ['partnerDistance', 'pursue', 'withdraw', 'phase'] as const) {
    (form.elements.namedItem(name) as HTMLInputElement).value = String(view[name]);
  }
  (form.elements.namedItem('reducedMotion') as HTMLInputElement).checked = view.reducedMotion;
  for (const out of form.querySelectorAll<HTMLOutputElement>('output[data-for]')) {
    out.value = (form.elements.namedItem(out.dataset.for!) as HTMLInputElement).value;
  }
  document.querySelector<HTMLOutputElement>('#stepCount')!.value = String(view.stepCount);
}

form.addEventListener('input', () => {
  const get = (n: string): string => (form.elements.namedItem(n) as HTMLInputElement).value;
  view.scene = (get('scene') || null) as SceneId | null;
  view.ending = (get('ending') || null) as EndingId | null;
  view.body = (get('body') || null) as BodySignal | null;
  view.partnerDistance = Number(get('partnerDistance'));
  view.pursue = Number(get('pursue'));
  view.withdraw = Number(get('withdraw'));
  view.phase = Number(get('phase'));
  view.reducedMotion = (form.elements.namedItem('reducedMotion') as HTMLInputElement).checked;
  syncForm();
  push();
});

document.querySelector('#clearStep')!.addEventListener('click', () => {
  view.lastStep = null;
  push();
});
document.querySelector('#again')!.addEventListener('click', () => {
  // A new beat carrying the same signal: the stage knows it by the step count.
  view.stepCount += 1;
  syncForm();
  push();
});

let handle: StageHandle | null = null;

function push(): void {
  dump.textContent = JSON.stringify(view, null, 1);
  handle?.update({ ...view });
}

async function mount(): Promise<void> {
  status.textContent = 'Loading the stage…';
  try {
    const t0 = performance.now();
    handle = await loadStage(host, { ...view });
    status.textContent = `Stage ready (${handle.renderer}) in ${Math.round(performance.now() - t0)} ms.`;
    document.documentElement.dataset.stage = handle.renderer;
  } catch (err) {
    status.textContent = `No stage: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
    document.documentElement.dataset.stage = 'unavailable';
  }
}

document.querySelector('#unmount')!.addEventListener('click', () => {
  handle?.destroy();
  handle = null;
  status.textContent = 'Unmounted.';
  document.documentElement.dataset.stage = 'none';
});
document.querySelector('#remount')!.addEventListener('click', () => {
  handle?.destroy();
  handle = null;
  void mount();
});

// Handy for scripted checks (screenshots, leak tests) from the browser console.
Object.assign(window, {
  stagePreview: {
    view,
    set(patch: Partial<StageView>) {
      Object.assign(view, patch);
      syncForm();
      push();
    },
    step,
    get handle() {
      return handle;
    },
    mount,
  },
});

syncForm();
push();
void mount();
