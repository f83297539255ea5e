// The dance floor and the sound of the game in progress, as listeners of the session: they
// follow the text, never hold it up. Each beat is handed on once the frame that paints its
// text is done (a backdrop or a new ambience costs tens of ms); beats shown faster than
// frames are painted collapse into the last one, their cues kept. The stage itself is loaded
// after the first text is on screen, never before it.
import type { AudioPort } from '../audio/audio-port';
import { setBeatSound, silenceBeatSound } from '../audio/beat-sound';
import type { Beat, SoundCue } from '../engine/types';
import type { GameSession } from '../session/game-session';
import { afterNextPaint } from '../shared/after-paint';
import type { StageHandle, StageView } from '../stage/stage-api';
import { announcePage } from './page-state';

import { stageViewOf } from './stage-view-of';

export interface StageAndSoundOptions {
  readonly session: GameSession;
  readonly audio?: AudioPort;
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly reducedMotion: () => boolean;
  /** The stage is drawing (how), or it could not be had and the game is text only (why). */
  readonly onStage: (outcome: { renderer: 'webgl' | 'canvas' } | { error: unknown }) => void;
}

export class StageAndSound {
  private stage: StageHandle | null = null;
  private host: HTMLElement | null = null;
  private requested = false;
  /** The beat whose stage and sound wait for the frame that paints its text. */
  private unheard: { beat: Beat; cues: SoundCue[] } | null = null;
  private readonly stops: (() => void)[];

  constructor(private readonly options: StageAndSoundOptions) {
    const { events } = options.session;
    this.stops = [
      events.on('beat', ({ beat }) => this.follow(beat, [])),
      events.on('cues', ({ cues }) => this.unheard?.cues.push(...cues)),
      events.on('closed', () => this.leave()),
    ];
  }

  /**
   * Where the stage goes for the game now shown (a new element for each game). Without a stage
   * to load (text only was asked for) the page says so at once, before the first text is
   * painted: no box is held for a stage that will not come. With one, the last game's outcome
   * is forgotten: this game's stage is being loaded.
   */
  mountIn(host: HTMLElement): void {
    this.leave();
    this.host = host;
    announcePage({ stage: this.options.loadStage ? null : 'text-only' });
  }

  /** The motion preference changed: the stage redraws the beat on screen with it. */
  refresh(): void {
    const beat = this.options.session.game?.engine.beat;
    if (beat) this.stage?.update(this.view(beat));
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.leave();
  }

  private follow(beat: Beat, cues: readonly SoundCue[]): void {
    const waiting = this.unheard;
    this.unheard = { beat, cues: [...(waiting?.cues ?? []), ...cues] };
    if (waiting) return;
    afterNextPaint(() => {
      const due = this.unheard;
      this.unheard = null;
      if (!due || !this.options.session.game) return;
      this.updateStage(due.beat);
      setBeatSound(this.options.audio, due.beat);
      for (const cue of due.cues) this.options.audio?.playCue(cue);
    });
  }

  private updateStage(beat: Beat): void {
    const view = this.view(beat);
    if (this.stage) {
      this.stage.update(view);
      return;
    }
    const { loadStage } = this.options;
    if (this.requested || !loadStage || !this.host) return;
    this.requested = true;
    const host = this.host;
    // Wait for the frame that paints the text, then leave that frame (a bare timeout could run first).
    afterNextPaint(() => {
      loadStage(host, view).then(
        (stage) => {
          if (this.host !== host) {
            stage.destroy(); // the player left the game while Phaser was loading
            return;
          }
          this.stage = stage;
          this.options.onStage({ renderer: stage.renderer });
          this.refresh();
        },
        (error: unknown) => this.options.onStage({ error }),
      );
    });
  }

  private view(beat: Beat): StageView {
    return stageViewOf(beat, this.options.reducedMotion());
  }

  /** No game (left, or the title): no stage, no ambience, no heartbeat, nothing waiting to be heard. */
  leave(): void {
    this.unheard = null;
    silenceBeatSound(this.options.audio);
    this.stage?.destroy();
    this.stage = null;
    this.host = null;
    this.requested = false;
  }
}
