// How an option looks wherever the room sees it — the projector's vote panel, the audience
// view, the chart and every phone: the same number and the same colour for the same option.
// The rule: an option's place in the vote as opened (0-based `position`, locked options
// included, in the order open-vote sent them) gives its number `position + 1` (the key that
// picks it on the laptop) and its colour `OPTION_COLOURS[position]`. Colour is never the only
// signal: the number is always shown beside it.

/** Nine colours that stay apart on the dark background (#14111a), each at least 7:1 against it. */
export const OPTION_COLOURS = [
  '#e7a36b', // amber
  '#7fb8e6', // sky
  '#9cc7a4', // sage
  '#e69ac4', // rose
  '#e8d36a', // straw
  '#b3a1f0', // lavender
  '#6fd0c4', // teal
  '#f59a8a', // coral
  '#d4c8be', // sand
] as const;

/** Text drawn on an option's colour (the number in its swatch). */
export const OPTION_INK = '#14111a';

export interface OptionLook {
  /** "1" … "9": the number shown, and the key that picks it on the laptop. */
  readonly number: string;
  /** The option's colour, as a CSS colour. */
  readonly colour: string;
}

/** The look of the option at `position` in its vote (0-based). */
export function optionLook(position: number): OptionLook {
  const index = ((Math.trunc(position) % OPTION_COLOURS.length) + OPTION_COLOURS.length) % OPTION_COLOURS.length;
  return { number: String(position + 1), colour: OPTION_COLOURS[index]! };
}

/** Give an element its option's colour as the CSS custom property `--option-colour`
 * (style it with `var(--option-colour)`; set through the CSSOM, so a strict CSP allows it). */
export function paintOption(element: HTMLElement, position: number): void {
  element.style.setProperty('--option-colour', optionLook(position).colour);
  element.style.setProperty('--option-ink', OPTION_INK);
}
