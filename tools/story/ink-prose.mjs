// @ts-check
// What a player reads, told apart from ink code by ink itself: walk the compiled story and
// keep every text run it prints (lines, choice labels, conditional and sequence branches,
// text printed by functions) and the player-facing tag values (`# why: …`); leave out
// string literals in expressions (conditions, assignments, `~ return "…"`) and other tags.
// Quoting style is checked on what this returns, so code keeps its straight quotes.
import { TAG_KEYS } from '../../common/vocabulary.js';

/** Tag keys whose value the player reads (their rule is free text). */
const TEXT_TAGS = Object.entries(TAG_KEYS)
  .filter(([, rule]) => rule === 'text')
  .map(([key]) => key);

/**
 * @param {string} json  a compiled ink story (ink's JSON text)
 * @returns {{ prose: string[], code: string[] }}  text runs as ink stores them (no leading `^`)
 */
export function inkProse(json) {
  /** @type {string[]} */
  const prose = [];
  /** @type {string[]} */
  const code = [];
  /** @type {string[]} */
  const tags = [];

  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) walkList(node, 0, node.length);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#' && typeof value === 'string')
          tags.push(value); // the older tag form
        else walk(value);
      }
    }
  };

  /** A container's content from `from` to `to`: text, tag runs (`#` … `/#`), string literals (`str` … `/str`). */
  const walkList = (/** @type {unknown[]} */ list, /** @type {number} */ from, /** @type {number} */ to) => {
    let inTag = false;
    /** @type {string[]} */
    let tag = [];
    for (let i = from; i < to; i++) {
      const el = list[i];
      if (el === '#') {
        inTag = true;
        tag = [];
        continue;
      }
      if (el === '/#') {
        inTag = false;
        tags.push(tag.join(''));
        continue;
      }
      if (el === 'str') {
        const end = list.indexOf('/str', i);
        if (isChoiceLabel(list, end)) walkList(list, i + 1, end);
        else
          for (const literal of list.slice(i + 1, end))
            if (typeof literal === 'string' && literal.startsWith('^')) code.push(literal.slice(1));
        i = end;
        continue;
      }
      if (typeof el === 'string') {
        if (el.startsWith('^')) (inTag ? tag : prose).push(el.slice(1));
      } else walk(el);
    }
  };

  walk(JSON.parse(json).root);
  for (const tag of tags) {
    const at = tag.indexOf(':');
    if (at > 0 && TEXT_TAGS.includes(tag.slice(0, at).trim())) prose.push(tag.slice(at + 1).trim());
  }
  return { prose, code };
}

/**
 * A string built between `str` and `/str` is a choice's label when what follows it, past
 * the evaluation's end and any further condition, is a choice point (`{"*": …}`) before
 * any other content; else it is a string literal of an expression.
 * @param {unknown[]} list
 * @param {number} end  the index of `/str`
 */
function isChoiceLabel(list, end) {
  for (let k = end + 1; k < list.length; k++) {
    const el = list[k];
    if (el && typeof el === 'object' && !Array.isArray(el)) {
      if ('*' in el) return true;
      if ('VAR=' in el || 'temp=' in el) return false; // an assignment: the string was its value
      continue; // a variable read or a function call of the choice's condition
    }
    // operators and the evaluation's markers go on; text, a new line, a new string or a container end it
    if (typeof el === 'string' && el !== 'str' && el !== '\n' && !el.startsWith('^')) continue;
    return false;
  }
  return false;
}
