// The facilitator's side panel, beside the controls on the laptop and never on the wall:
// what is happening now (how many voted, the timer, what hands were counted), the notes
// for this phase, the next discussion's questions, the pauses asked for, and the room —
// how many phones, lock it, take a disruptive phone out, give a new code.
import type { Lang } from '../../common/language.js';
import { h, replaceChildren } from '../ui/dom';
import type { RoomControl, RoomPhone } from './room-control';
import type { WorkshopStrings } from './strings';

export interface PanelFacts {
  readonly strings: WorkshopStrings;
  readonly lang: Lang;
  readonly phase: number | null;
  /** "12 of 18 voted", the hands counted, or that no vote is open. */
  readonly live: string;
  readonly timer: string;
  /** The questions of the next pause card, with its phase. */
  readonly nextTalk: { readonly phase: number; readonly questions: readonly string[] } | null;
  readonly storyOn: boolean;
}

export interface PanelHooks {
  readonly openProjector: () => void;
  readonly toggleRoomView: () => void;
  readonly pauseNow: () => void;
  readonly confirm: (question: string, yes: string) => Promise<boolean>;
  readonly say: (message: string) => void;
}

export class PresenterPanel {
  readonly element: HTMLElement;
  private readonly now: HTMLElement;
  private readonly talk: HTMLElement;
  private readonly notes: HTMLElement;
  private readonly pauses: HTMLElement;
  private readonly roomBox: HTMLElement;
  private readonly pauseLog: string[] = [];
  private phones: readonly RoomPhone[] | null = null;
  private facts: PanelFacts | null = null;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly hooks: PanelHooks,
    private readonly room: RoomControl | null,
  ) {
    this.now = h('section', { class: 'ws-pp-now', 'aria-labelledby': 'ws-pp-now-title' });
    this.talk = h('section', { class: 'ws-pp-talk', 'aria-labelledby': 'ws-pp-talk-title' });
    this.notes = h('section', { class: 'ws-pp-notes', 'aria-labelledby': 'ws-pp-notes-title' });
    this.pauses = h('section', { class: 'ws-pp-pauses', 'aria-labelledby': 'ws-pp-pauses-title' });
    this.roomBox = h('section', { class: 'ws-pp-room', 'aria-labelledby': 'ws-pp-room-title' });
    this.element = h('aside', { class: 'ws-presenter-panel', 'aria-labelledby': 'ws-pp-title' });
    if (room) {
      this.stops.push(
        room.events.on('room', () => this.renderRoom()),
        room.events.on('phones', (list) => {
          this.phones = list;
          this.renderRoom();
        }),
      );
    }
  }

  update(facts: PanelFacts): void {
    this.facts = facts;
    const s = facts.strings;
    replaceChildren(
      this.element,
      h('h2', { id: 'ws-pp-title' }, s.presenterTitle),
      h(
        'div',
        { class: 'ws-pp-buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-action': 'open-projector',
            onclick: () => this.hooks.openProjector(),
          },
          `${s.openProjector} (P)`,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-action': 'room-view',
            onclick: () => this.hooks.toggleRoomView(),
          },
          s.roomView,
        ),
      ),
      h('p', { class: 'ws-hint' }, s.projectorHint),
      this.now,
      this.talk,
      this.notes,
      this.pauses,
      this.room ? this.roomBox : null,
    );
    replaceChildren(
      this.now,
      h('h3', { id: 'ws-pp-now-title' }, s.liveTitle),
      h('p', { class: 'ws-pp-live' }, facts.live),
      facts.timer ? h('p', { class: 'ws-pp-timer' }, facts.timer) : null,
    );
    replaceChildren(
      this.talk,
      h('h3', { id: 'ws-pp-talk-title' }, s.nextTalkTitle),
      facts.nextTalk
        ? [
            h('p', {}, s.nextTalkAfter(facts.nextTalk.phase)),
            h(
              'ol',
              {},
              facts.nextTalk.questions.map((q) => h('li', {}, q)),
            ),
          ]
        : h('p', {}, s.nextTalkNone),
    );
    const note = facts.phase !== null ? s.phaseNotes[facts.phase] : undefined;
    replaceChildren(this.notes, h('h3', { id: 'ws-pp-notes-title' }, s.notesTitle), h('p', {}, note ?? s.lobbyWelcome));
    this.renderPauses();
    this.renderRoom();
  }

  /** A pause was asked for (X-card): logged with the time, never who. */
  pauseAsked(at: Date, repeated: number | null): void {
    const facts = this.facts;
    if (!facts) return;
    const s = facts.strings;
    const time = at.toLocaleTimeString(facts.lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    this.pauseLog.unshift(repeated === null ? s.pauseAskedAt(time) : s.pauseRepeated(repeated));
    this.renderPauses();
    if (repeated !== null) this.hooks.say(s.pauseRepeated(repeated));
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.element.remove();
  }

  private renderPauses(): void {
    const s = this.facts?.strings;
    if (!s) return;
    replaceChildren(
      this.pauses,
      h('h3', { id: 'ws-pp-pauses-title' }, s.pausesTitle),
      this.pauseLog.length
        ? h(
            'ul',
            { class: 'ws-pp-pause-log' },
            this.pauseLog.slice(0, 5).map((p) => h('li', {}, p)),
          )
        : h('p', {}, s.pausesNone),
      this.pauseLog.length
        ? h(
            'button',
            { type: 'button', class: 'secondary', 'data-action': 'pause-now', onclick: () => this.hooks.pauseNow() },
            s.pauseNow,
          )
        : null,
    );
  }

  private renderRoom(): void {
    const room = this.room;
    const s = this.facts?.strings;
    if (!room || !s) return;
    const state = room.state;
    const locked = state?.locked ?? false;
    replaceChildren(
      this.roomBox,
      h('h3', { id: 'ws-pp-room-title' }, s.roomTitle),
      h('p', { class: 'ws-pp-phones' }, s.roomPhones(state?.connected ?? 0)),
      h(
        'div',
        { class: 'ws-pp-buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-action': 'lock-room',
            'aria-pressed': String(locked),
            onclick: () => room.setLocked(!locked),
          },
          locked ? s.unlockRoom : s.lockRoom,
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', 'data-action': 'list-phones', onclick: () => room.listPhones() },
          s.showPhones,
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', 'data-action': 'new-code', onclick: () => this.newCode() },
          s.newCode,
        ),
      ),
      locked ? h('p', { class: 'ws-hint' }, s.roomLockedNote) : null,
      this.phones
        ? h(
            'ul',
            { class: 'ws-pp-phone-list' },
            this.phones.map((phone) =>
              h(
                'li',
                { 'data-badge': phone.badge },
                h('span', {}, s.phoneEntry(phone.badge, phone.connected, phone.strikes)),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    'data-action': 'remove-phone',
                    onclick: () => void this.remove(phone.badge),
                  },
                  s.removePhone(phone.badge),
                ),
              ),
            ),
          )
        : null,
    );
  }

  private async remove(badge: string): Promise<void> {
    const s = this.facts?.strings;
    const room = this.room;
    if (!s || !room) return;
    if (!(await this.hooks.confirm(s.removeConfirm(badge), s.removePhone(badge)))) return;
    room.removePhone(badge);
    this.phones = this.phones?.filter((p) => p.badge !== badge) ?? null;
    this.hooks.say(s.removed(badge));
    room.listPhones();
    this.renderRoom();
  }

  private newCode(): void {
    const room = this.room;
    const s = this.facts?.strings;
    if (!room || !s) return;
    room.rotateCode();
    const stop = room.events.on('joinInfo', (info) => {
      stop();
      this.hooks.say(s.newCodeDone(info.room));
    });
  }
}
