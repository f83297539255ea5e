// How an option of a vote is marked, the same on the projector and on every phone: its
// number (1–9, the key the facilitator presses) and a colour. The number carries the
// meaning; the colour only helps the eye find "the green one" across a room, so it is
// never the only sign. Every colour is light enough that `OPTION_INK` on it, and it on the
// game's dark background (#14111a), both reach 4.5:1.
import { cycle } from './cycle';

export interface OptionMark {
  /** What is printed on the mark: "1" for the first option. */
  readonly number: string;
  /** The mark's fill. */
  readonly colour: string;
}

/** Dark text to print on a mark. */
export const OPTION_INK = '#14111a';

const COLOURS = [
  '#e7a36b',
  '#7fb8e6',
  '#9cc7a4',
  '#e69ac0',
  '#e6d27a',
  '#b4a3e8',
  '#7ed3cf',
  '#f0a39b',
  '#c9bdb3',
] as const;

/** The mark of the option at `position` (0-based, in the order the story offers them). */
export function optionMark(position: number): OptionMark {
  const at = Math.max(0, Math.floor(position));
  return { number: String(at + 1), colour: cycle(COLOURS, at) };
}

/**
 * Give an element its option's colours as CSS custom properties, `--option-colour` and
 * `--option-ink` (style it with `var(--option-colour)`). Set through the CSSOM, which a
 * strict Content-Security-Policy allows (a style="" attribute it would not).
 */
export function paintOption(element: HTMLElement, position: number): void {
  element.style.setProperty('--option-colour', optionMark(position).colour);
  element.style.setProperty('--option-ink', OPTION_INK);
}
