// The story as real HTML: each line a paragraph, each choice a button, a locked choice a
// disabled-looking button whose reason screen readers hear. Every line and choice is in the
// document one frame after a tap at the latest, so assistive tech and the keyboard never
// wait for an animation.
//
// The reveal is one curtain per beat: a single element laid over the story (the echo of the
// choice just taken stays above it), in the panel's own colour, that draws back from the
// top down at the reading pace (the lines' lengths set its length). It is the only thing
// that moves: a transform, which the compositor runs on its own, so the frames of a reveal
// cost the main thread nothing, and a beat of twenty lines makes one animation and one
// layer, as a beat of two does. The lines and choices themselves carry no animation and no
// per-line style. Space or a tap removes the curtain: one element out, nothing else restyled.
//
// A revealed beat goes in in two parts. The frame that answers the tap holds what can be
// seen in it: the echo, the curtain and the beat's first line. The other lines and the
// choices, which the curtain covers until its first step, go in in the task after that frame
// is painted (or at once when Space cuts the reveal short). A tap then waits for the layout,
// paint and raster of one line, not of a whole beat; the whole beat was what kept each
// choice about twice as slow to paint as a bare ink page (docs/performance-history.md).
// The lines' container is never replaced, so keyboard focus rests on it (moved there only
// when it is not already there, and before anything changes), and nothing here reads layout
// while the text changes. The marks this view sets on elements that stay (the story's
// "revealing" class, the choices' data-ready) are read by no style rule.
// Scrolling the new text into view, when it is off screen, waits for the frame after the paint.
import type { Beat, Choice, Line } from '../engine/types';
import { afterNextPaint } from '../shared/after-paint';
import { ChoiceGate } from './choice-gate';
import { h, replaceChildren, uid } from './dom';
import type { Strings } from './i18n';

export interface ShowOptions {
  /** The choice just taken, echoed above the new text. */
  readonly echo: string | null;
  /** No animation at all (the OS setting or the player's). */
  readonly instant: boolean;
  /** Move keyboard focus to the new text (after a choice, a rewind, a restore). */
  readonly focus: boolean;
}

/** Milliseconds per character of the reveal at normal speed, and the floor and ceiling per line. */
export const NORMAL_MS_PER_CHAR = 18;
const MIN_LINE_MS = 250;
const MAX_LINE_MS = 1400;
/** What the curtain takes, past the lines, to uncover the choices below them. */
export const REVEAL_MS = 600;

export class StoryView {
  readonly element: HTMLElement;
  private readonly lines: HTMLElement;
  private readonly choices: HTMLElement;
  private revealTimer: ReturnType<typeof setTimeout> | null = null;
  /** The beat's curtain while it is drawing back (styles.css: .reveal-curtain). */
  private curtain: HTMLElement | null = null;
  private beat: Beat | null = null;
  private msPerChar = NORMAL_MS_PER_CHAR;
  private readonly cue: HTMLElement;
  private readonly gate: ChoiceGate;
  /** Puts in the beat's lines and choices still behind its curtain (see show()), until it has. */
  private fillIn: (() => void) | null = null;

  /**
   * @param onChoose   a shown choice was taken
   * @param onRevealed the whole beat is on screen (the reveal ended, or there was none)
   */
  constructor(
    private strings: Strings,
    private readonly onChoose: (choice: Choice) => void,
    private readonly onRevealed: (beat: Beat) => void = () => {},
  ) {
    this.lines = h('div', { class: 'story-lines', tabindex: -1 });
    this.choices = h('div', { class: 'story-choices', role: 'group' });
    // More text is coming: a quiet sign that a tap (or Space) shows it all.
    this.cue = h('p', { class: 'reveal-cue', 'aria-hidden': 'true', hidden: true }, strings.tapToContinue);
    this.element = h(
      'section',
      { class: 'story', 'aria-label': strings.storyLabel },
      this.lines,
      this.cue,
      this.choices,
    );
    this.gate = new ChoiceGate((open) => this.choices.toggleAttribute('data-ready', open));
    // A tap anywhere in the text does what Space does: finish the reveal, else go to the choices.
    this.element.addEventListener('click', (event) => this.onTap(event));
  }

  setStrings(strings: Strings): void {
    this.strings = strings;
    this.element.setAttribute('aria-label', strings.storyLabel);
    this.cue.textContent = strings.tapToContinue;
  }

  /** The choices have been fully shown: a key or a tap may take one now. */
  get choicesReady(): boolean {
    return this.gate.open;
  }

  /**
   * How fast lines appear, in milliseconds per character (the floor and ceiling per line
   * scale with it); 0 shows every line at once. Applies from the next beat shown.
   */
  setPace(msPerChar: number): void {
    this.msPerChar = Number.isFinite(msPerChar) && msPerChar > 0 ? msPerChar : 0;
  }

  get revealing(): boolean {
    return this.revealTimer !== null;
  }

  /** The choices as shown, in order (for number keys). */
  get shownChoices(): readonly Choice[] {
    return this.beat?.choices ?? [];
  }

  show(beat: Beat, options: ShowOptions): void {
    // Focus moves first, while the page is still as painted: after the new lines are in,
    // focus() would force a style and layout pass inside the input handler.
    if (options.focus) this.focusText();
    this.stopReveal();
    this.gate.close();
    this.beat = beat;
    const paragraphs: HTMLElement[] = [];
    if (options.echo) {
      paragraphs.push(
        h('p', { class: 'echo' }, h('span', { class: 'visually-hidden' }, `${this.strings.youChose}: `), options.echo),
      );
    }
    let delay = 0;
    const scale = this.msPerChar / NORMAL_MS_PER_CHAR;
    let shownLines = 0;
    for (const line of beat.lines) {
      const p = this.renderLine(line);
      if (!p) continue;
      shownLines += 1;
      delay += Math.round(
        Math.min(MAX_LINE_MS * scale, Math.max(MIN_LINE_MS * scale, line.text.length * this.msPerChar)),
      );
      paragraphs.push(p);
    }
    const reveal = !options.instant && delay > 0;
    const buttons = this.renderChoices(beat);
    // One curtain over everything new; the echo, above it, shows at once (styles.css).
    this.curtain = reveal ? curtain(delay + REVEAL_MS, shownLines + 1) : null;
    if (this.curtain) paragraphs.splice(options.echo ? 1 : 0, 0, this.curtain);
    // Behind a curtain, the echo, the curtain and the first line now, the rest once this
    // frame is painted (see the top of this file).
    const now = paragraphs.splice(0, this.curtain ? paragraphs.indexOf(this.curtain) + 2 : paragraphs.length);
    replaceChildren(this.lines, now);
    const fillIn = () => {
      this.fillIn = null;
      this.lines.append(...paragraphs);
      replaceChildren(this.choices, buttons);
    };
    this.fillIn = fillIn;
    if (this.curtain) {
      this.choices.replaceChildren();
      afterNextPaint(() => this.fillIn === fillIn && fillIn());
    } else fillIn();

    if (!reveal) {
      this.revealed();
    } else {
      this.element.classList.add('revealing');
      this.cue.hidden = false;
      // Ends when the curtain has drawn back past the choices.
      this.revealTimer = setTimeout(() => this.endReveal(false), delay + REVEAL_MS);
    }
  }

  /**
   * Keyboard focus on the text, which never leaves the page: when it already rests there
   * (number keys), nothing happens at all; after a click on a choice (whose button is gone)
   * it moves back. No scroll at focus time: that would lay the page out inside the input
   * handler. Once the new text is painted, it is scrolled into view if it starts above it.
   */
  private focusText(): void {
    if (document.activeElement === this.lines) return;
    this.lines.focus({ preventScroll: true });
    afterNextPaint(() => {
      // Above the window, or under a stage pinned at its top (a phone: styles.css gives the
      // text a scroll margin the height of that stage).
      if (!this.lines.isConnected) return;
      const margin = parseFloat(getComputedStyle(this.lines).scrollMarginTop) || 0;
      if (this.lines.getBoundingClientRect().top < margin) this.lines.scrollIntoView({ block: 'start' });
    });
  }

  /** Show all text at once (Space / Enter / a tap). */
  finishReveal(): void {
    this.endReveal(true);
  }

  /**
   * Cut short, the curtain goes at once; at its own end it has drawn back fully and is left
   * where it is (no style pass, no frame for it).
   */
  private endReveal(cutShort: boolean): void {
    if (!this.revealing) return;
    this.fillIn?.();
    if (cutShort) this.curtain?.remove();
    this.stopReveal();
    this.revealed();
  }

  /** Stop the reveal without telling anyone (a new beat replaces it, or the game ends). */
  stopReveal(): void {
    if (this.revealTimer === null) return;
    clearTimeout(this.revealTimer);
    this.revealTimer = null;
    this.curtain = null;
    this.element.classList.remove('revealing');
    this.cue.hidden = true;
  }

  private revealed(): void {
    if (!this.beat) return;
    this.gate.openAfterPaint();
    this.onRevealed(this.beat);
  }

  private take(choice: Choice): void {
    // Not yet shown (still fading in, or painted a moment ago): the tap only finishes the
    // reveal, through the text's own tap handler below.
    if (!this.gate.open) return;
    if (!choice.locked) this.gate.close(); // one choice per beat, however fast the taps
    this.onChoose(choice);
  }

  /**
   * Every click in the story, a choice's included (one handler, so the tap that takes a
   * choice is never also the tap that finishes the next text's reveal): while the text is
   * revealing it finishes the reveal; on a choice already shown it takes it; elsewhere in
   * the text it goes to the choices, as Space does.
   */
  private onTap(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('a, input, select, textarea')) return;
    if (this.revealing) {
      this.finishReveal();
      return;
    }
    const button = target?.closest<HTMLElement>('.choice');
    if (button) {
      const choice = this.beat?.choices.find((c) => String(c.index) === button.dataset.index);
      if (choice) this.take(choice);
      return;
    }
    if (target?.closest('button')) return;
    if (this.gate.open && !window.getSelection?.()?.toString()) this.focusFirstChoice();
  }

  /** Take the choice at `position` on screen (a number key), if it has been shown. */
  chooseShown(position: number): boolean {
    const choice = this.beat?.choices[position];
    if (!choice) return false;
    this.take(choice);
    return true;
  }

  /** Put keyboard focus back in the text (after the menu closes), without scrolling. */
  focusReading(): void {
    this.lines.focus({ preventScroll: true });
  }

  focusFirstChoice(): void {
    this.choices.querySelector<HTMLButtonElement>('button:not([aria-disabled="true"])')?.focus();
  }

  private renderLine(line: Line): HTMLElement | null {
    const caption = line.tags.sfx ? this.strings.captions[line.tags.sfx] : undefined;
    if (!line.text && !caption) return null;
    const classes = ['line'];
    if (line.tags.body) classes.push('line-body', `body-${line.tags.body}`);
    if (line.tags.letter) classes.push('line-letter');
    if (line.tags.pause) classes.push('line-pause');
    // A line that is only a sound's caption disappears with the captions setting.
    if (caption && !line.text) classes.push('line-caption-only');
    return h(
      'p',
      { class: classes.join(' '), 'data-body': line.tags.body },
      caption ? h('span', { class: 'caption' }, caption) : null,
      caption && line.text ? ' ' : null,
      line.text,
    );
  }

  /** The buttons for a beat's choices (not yet in the page). */
  private renderChoices(beat: Beat): HTMLElement[] {
    if (this.choices.getAttribute('aria-label') !== this.strings.choicesLabel)
      this.choices.setAttribute('aria-label', this.strings.choicesLabel);
    return beat.choices.map((choice, i) => {
      const number = i < 9 ? `${i + 1}` : '';
      if (choice.locked) {
        const reasonId = uid('lock');
        // aria-disabled (not disabled) keeps the option focusable, so its reason is heard.
        return h(
          'button',
          {
            type: 'button',
            class: 'choice choice-locked',
            'aria-disabled': 'true',
            'aria-describedby': reasonId,
            'data-step': choice.step ?? undefined,
            'data-index': choice.index,
          },
          h('span', { class: 'choice-key', 'aria-hidden': 'true' }, number),
          h('s', { class: 'choice-text' }, choice.text),
          h('span', { class: 'choice-reason', id: reasonId }, this.strings.lockedLabel(choice.lockReason ?? '')),
        );
      }
      return h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'data-step': choice.step ?? undefined,
          'data-index': choice.index,
        },
        h('span', { class: 'choice-key', 'aria-hidden': 'true' }, number),
        h('span', { class: 'choice-text' }, choice.text),
      );
    });
  }
}

/**
 * The curtain over a beat's new text: `ms` long, drawn back in small steps (styles.css); in
 * `lines` steps under reduced motion (each line then simply appears, one after another, with
 * nothing moving).
 */
function curtain(ms: number, lines: number): HTMLElement {
  // A plain number of milliseconds: the stylesheet makes both the duration and the steps of it.
  return h('div', {
    class: 'reveal-curtain',
    'aria-hidden': 'true',
    style: `--reveal-ms: ${ms}; --reveal-steps: ${lines}`,
  });
}
