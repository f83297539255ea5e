// The facilitator's questions, as dialogs on the shell's native <dialog>: the keys (H),
// where to jump (J), which choice to replay (O), the session menu (Esc). Each resolves to
// a plain answer; what to do with it is workshop-app.ts's business.
import { askDialog } from '../ui/dialogs';
import { h } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { WorkshopStrings } from './strings';
import type { WorkshopRun } from './workshop-run';

export async function showKeys(root: HTMLElement, s: WorkshopStrings, withJoin: boolean): Promise<void> {
  const keys = [...s.helpKeys, ...s.presenterKeys, ...(withJoin ? [s.helpJoinKey] : [])];
  const list = h(
    'dl',
    { class: 'ws-help-keys' },
    keys.flatMap((k) => [h('dt', {}, h('kbd', {}, k.keys)), h('dd', {}, k.does)]),
  );
  await askDialog(root, s.helpTitle, list, [{ id: 'close', label: s.close, primary: true }]);
}

export type JumpAnswer = { readonly kind: 'back'; readonly phase: number } | { readonly kind: 'skip' } | null;

/** Where to jump: back to a phase the group reached (confirmed), or on past this one. */
export async function askJump(
  root: HTMLElement,
  s: WorkshopStrings,
  ui: Strings,
  run: WorkshopRun,
): Promise<JumpAnswer> {
  const starts = [...run.phaseStarts().keys()].sort((a, b) => a - b);
  const current = run.beat.phase;
  const buttons = starts.map((phase) => ({
    id: `back-${phase}`,
    label: s.jumpBackTo(phase, ui.phaseNames[phase] ?? ''),
  }));
  if (!run.beat.finished) {
    buttons.push({
      id: 'skip',
      label: current < 5 ? s.jumpSkipTo(current + 1, ui.phaseNames[current + 1] ?? '') : s.jumpSkipToEnd,
    });
  }
  if (buttons.length === 0) {
    await askDialog(root, s.jumpTitle, s.jumpNothing, [{ id: 'close', label: s.close, primary: true }]);
    return null;
  }
  const answer = await askDialog(root, s.jumpTitle, null, [...buttons, { id: 'cancel', label: s.cancel }]);
  if (answer === 'skip') return { kind: 'skip' };
  const match = /^back-(\d)$/.exec(answer);
  if (!match) return null;
  const phase = Number(match[1]);
  const sure = await askDialog(root, s.jumpTitle, s.jumpBackConfirm(phase), [
    { id: 'cancel', label: s.cancel },
    { id: 'jump', label: s.jumpBackTo(phase, ui.phaseNames[phase] ?? ''), primary: true },
  ]);
  return sure === 'jump' ? { kind: 'back', phase } : null;
}

/** Which of the group's choices to replay (0-based), newest first in the list; null to cancel. */
export async function askReplayFrom(root: HTMLElement, s: WorkshopStrings, run: WorkshopRun): Promise<number | null> {
  if (run.path.length === 0) {
    await askDialog(root, s.replayTitle, s.replayNothing, [{ id: 'close', label: s.close, primary: true }]);
    return null;
  }
  const items = run.path
    .map((c, i) => ({ id: `replay-${i}`, label: s.replayItem(i + 1, c.phase, c.options[c.chosen]?.text ?? '') }))
    .reverse();
  const answer = await askDialog(root, s.replayTitle, s.replayHint, [...items, { id: 'cancel', label: s.cancel }]);
  const match = /^replay-(\d+)$/.exec(answer);
  return match ? Number(match[1]) : null;
}

export type MenuAnswer = 'resume' | 'debrief' | 'help' | 'stop';

export async function askMenu(root: HTMLElement, s: WorkshopStrings): Promise<MenuAnswer> {
  const answer = await askDialog(root, s.menuTitle, null, [
    { id: 'resume', label: s.menuResume, primary: true },
    { id: 'debrief', label: s.menuDebrief },
    { id: 'help', label: s.helpTitle },
    { id: 'stop', label: s.menuStop },
  ]);
  return answer === 'debrief' || answer === 'help' || answer === 'stop' ? answer : 'resume';
}

export async function confirmDelete(root: HTMLElement, s: WorkshopStrings, when: string): Promise<boolean> {
  const answer = await askDialog(root, s.deleteSession, s.deleteConfirm(when), [
    { id: 'cancel', label: s.cancel },
    { id: 'delete', label: s.deleteSession, primary: true },
  ]);
  return answer === 'delete';
}

/** A yes-or-no question about the room (taking a phone out). */
export async function confirmAsk(
  root: HTMLElement,
  s: WorkshopStrings,
  question: string,
  yes: string,
): Promise<boolean> {
  const answer = await askDialog(root, s.roomTitle, question, [
    { id: 'no', label: s.cancel },
    { id: 'yes', label: yes, primary: true },
  ]);
  return answer === 'yes';
}
