// The presenter: the facilitator's window keeps the controls and the side panel, and tells
// the room's view what to show — a projector window (a second screen, extended) through the
// audience channel, or this very window in room view (V, one mirrored screen). It turns the
// session's moment into an AudienceView, adds the room's live numbers, and sends it on.

import type { VoteMode } from '../../common/vote-rules.js';
import type { Beat, Lang, Line, Side } from '../engine/types';
import { AudienceScreen } from './audience';
import { PresenterLink } from './audience-channel';
import {
  type AudienceView,
  audienceLine,
  type JoinFacts,
  meterChange,
  type AudienceScreen as Screen,
  stageFacts,
  type TallyFacts,
  type TimerFacts,
} from './audience-view';
import { shortAddress } from './lobby';
import { type PanelHooks, PresenterPanel } from './presenter-panel';
import { metersPoint, type SessionFile } from './session-file';
import type { WorkshopOptions } from './workshop-options';

/** What a vote panel tells the room's view. */
export interface VoteFacts {
  readonly questionId: string;
  readonly options: readonly { readonly text: string; readonly locked: boolean; readonly lockReason: string | null }[];
  readonly mode: VoteMode;
  readonly tally: TallyFacts | null;
  readonly timer: TimerFacts | null;
  /** Hands typed in so far (the facilitator's eyes only). */
  readonly typed: number;
}

/** The session's moment, as the workshop shell knows it. */
export interface Moment {
  readonly lang: Lang;
  /** Whose side the session plays (Session 0's choice, or the kept session's). */
  readonly side: Side;
  readonly partnerName: string;
  readonly agreements: readonly string[];
  readonly kind: 'loading' | 'setup' | 'sessions' | 'read' | 'vote' | 'pause' | 'debrief';
  readonly beat: Beat | null;
  readonly page: { readonly lines: readonly Line[]; readonly echo: string | null; readonly sidePath: boolean } | null;
  readonly vote: VoteFacts | null;
  readonly pause: { readonly phase: number; readonly stepsShown: boolean } | null;
  /** The session so far (pause card, debrief, the meters' last change). */
  readonly session: SessionFile | null;
  readonly cover: AudienceView['cover'];
}

export type PresenterOptions = Pick<
  WorkshopOptions,
  'root' | 'shellStrings' | 'workshopStrings' | 'room' | 'loadStage' | 'reducedMotion' | 'channel' | 'openWindow'
> & {
  /** The lobby's one button, in this window's room view. */
  readonly onBegin: () => void;
  /** The side panel's hooks into the shell (pause now, ask, say). */
  readonly panel: Pick<PanelHooks, 'pauseNow' | 'confirm' | 'say'>;
};

export class Presenter {
  readonly panel: PresenterPanel;
  private readonly link: PresenterLink;
  private readonly stops: (() => void)[] = [];
  private roomView: AudienceScreen | null = null;
  private join: JoinFacts | null;
  private last: AudienceView | null = null;

  constructor(private readonly options: PresenterOptions) {
    this.link = new PresenterLink(options.channel);
    const info = options.room?.info;
    this.join = info ? joinFacts(info) : null;
    this.panel = new PresenterPanel(
      { ...options.panel, openProjector: () => this.openProjector(), toggleRoomView: () => this.toggleRoomView() },
      options.room?.client ?? null,
    );
    const client = options.room?.client;
    if (client) {
      this.stops.push(
        client.events.on('joinInfo', (next) => (this.join = joinFacts(next))),
        client.events.on('xcard', (alert) => this.panel.pauseAsked(new Date(), alert.paused ? null : alert.recent)),
      );
    }
  }

  // ── The room of phones ─────────────────────────────────────────────────────

  /** The phones count down with the facilitator's timer. */
  timer(questionId: string, timer: TimerFacts): void {
    const client = this.options.room?.client;
    const vote = client?.state?.vote;
    if (!client || !vote || vote.ref !== questionId) return;
    client.setTimer(
      vote.id,
      timer.status === 'off' ? null : { remainingMs: timer.remainingMs, running: timer.status === 'running' },
    );
  }

  /** The pause card's questions on the phones (null: the card is put away). */
  card(card: { readonly title: string; readonly questions: readonly string[] } | null): void {
    this.options.room?.client.setCard(card ? { title: card.title, prompt: card.questions.join('\n') } : null);
  }

  /** The session ended: the phones say thank you and close. */
  ended(): void {
    this.options.room?.client.endSession();
  }

  /** The room view in this window (one mirrored screen) is showing. */
  get inRoomView(): boolean {
    return this.roomView !== null;
  }

  /** The room's live numbers: phones in, and ballots in the vote `questionId`. */
  roomNumbers(questionId: string | null): { phones: number; voted: number | null; of: number } | null {
    const state = this.options.room?.client.state;
    if (!state) return null;
    const vote = state.vote && (questionId === null || state.vote.ref === questionId) ? state.vote : null;
    return { phones: state.connected, voted: vote ? vote.voted : null, of: vote ? vote.of : state.connected };
  }

  publish(moment: Moment): AudienceView {
    const view = this.build(moment);
    this.last = view;
    this.link.publish(view);
    this.roomView?.show(view);
    return view;
  }

  /** V: this window shows the room's view, and back. */
  toggleRoomView(): boolean {
    const root = this.options.root;
    if (this.roomView) {
      this.roomView.destroy();
      this.roomView = null;
      delete root.dataset.roomView;
      return false;
    }
    const { shellStrings, workshopStrings, loadStage, reducedMotion, onBegin } = this.options;
    this.roomView = new AudienceScreen({
      shellStrings,
      workshopStrings,
      loadStage,
      reducedMotion: reducedMotion ?? (() => false),
      drawCovers: false,
      onBegin,
    });
    root.dataset.roomView = 'true';
    root.append(this.roomView.element);
    if (this.last) this.roomView.show(this.last);
    return true;
  }

  /** P: a second window for the projector (drag it to the other screen). */
  openProjector(): void {
    const url = new URL(location.href);
    url.searchParams.set('mode', 'workshop');
    url.searchParams.set('view', 'audience');
    const open =
      this.options.openWindow ??
      ((href: string) => void window.open(href, 'de-dans-projector', 'popup,width=1280,height=720'));
    open(url.toString());
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.panel.destroy();
    this.link.close();
    this.roomView?.destroy();
    this.roomView = null;
    delete this.options.root.dataset.roomView;
  }

  private build(moment: Moment): AudienceView {
    const numbers = this.roomNumbers(moment.vote?.questionId ?? null);
    const onStage = moment.kind === 'read' || moment.kind === 'vote' || moment.kind === 'pause';
    const beat = onStage ? moment.beat : null;
    const session = moment.session;
    return {
      lang: moment.lang,
      partnerName: moment.partnerName,
      phase: beat ? beat.phase : null,
      screen: this.screen(moment, numbers),
      stage: beat ? stageFacts(beat) : null,
      meters: beat ? { now: metersPoint(beat.meters), change: session ? meterChange(session) : null } : null,
      room: numbers ? { phones: numbers.phones, locked: this.options.room?.client.state?.locked ?? false } : null,
      cover: moment.cover,
      join: this.join,
    };
  }

  private screen(moment: Moment, numbers: { voted: number | null; of: number } | null): Screen {
    switch (moment.kind) {
      case 'setup':
        return { kind: 'lobby', agreements: moment.agreements, join: this.join, side: moment.side };
      case 'read':
        return moment.page
          ? {
              kind: 'read',
              lines: moment.page.lines.map(audienceLine),
              echo: moment.page.echo,
              sidePath: moment.page.sidePath,
            }
          : { kind: 'idle' };
      case 'vote': {
        const vote = moment.vote;
        if (!vote) return { kind: 'idle' };
        return {
          kind: 'vote',
          options: vote.options,
          mode: vote.mode,
          voted: numbers ? (numbers.voted ?? 0) : null,
          of: numbers ? numbers.of : null,
          timer: vote.timer,
          tally: vote.tally,
        };
      }
      case 'pause':
        return moment.pause && moment.session
          ? { kind: 'pause', phase: moment.pause.phase, session: moment.session, stepsShown: moment.pause.stepsShown }
          : { kind: 'idle' };
      case 'debrief':
        return moment.session ? { kind: 'debrief', session: moment.session } : { kind: 'idle' };
      default:
        return { kind: 'idle' };
    }
  }
}

function joinFacts(info: { room: string; joinUrl: string; qrSvg: string }): JoinFacts {
  return { code: info.room, address: shortAddress(info.joinUrl), joinUrl: info.joinUrl, qrSvg: info.qrSvg };
}
