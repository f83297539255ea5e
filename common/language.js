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

/** The language `value` names (a select's value, an attribute), else the default. @param {unknown} value @returns {Lang} */
export function asLang(value) {
  return isLang(value) ? value : LANGS[0];
}

/**
 * The language to start in: the one asked for (a `?lang=` link), else the saved preference,
 * else the first of the browser's languages we have, else the first of LANGS.
 * @param {{ requested?: unknown, saved?: unknown, browser?: readonly string[] }} sources
 * @returns {Lang}
 */
export function pickLanguage({ requested, saved, browser = [] }) {
  if (isLang(requested)) return requested;
  if (isLang(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return LANGS[0];
}
