// @ts-check
// The game's languages: one list and one type for the browser, the room server and the
// tools. A new language starts here (see docs/architecture.md).

/** Every language the game is written in; the first is the default. */
export const LANGS = /** @type {const} */ (['nl', 'en']);

/** @typedef {(typeof LANGS)[number]} Lang */

/** Is `value` one of the game's languages? @param {unknown} value @returns {value is Lang} */
export function isLang(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LANGS).includes(value);
}
