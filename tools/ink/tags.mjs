// @ts-check
// Static check of every tag in the ink source against the story contract's vocabulary.
// Tags are checked in the source (not the compiled JSON) so that a mistake is reported
// with its file and line, and so that tags in branches no test happens to reach are
// checked too.
import { TAG_KEYS } from '../../common/vocabulary.js';

/**
 * @param {string} text  the contents of one .ink file
 * @param {string} name  its display name, for messages
 * @returns {string[]}   problems as `name:line: message`
 */
export function checkTags(text, name) {
  /** @type {string[]} */
  const problems = [];
  let inBlockComment = false;
  text.split('\n').forEach((rawLine, index) => {
    const lineNo = index + 1;
    let line = rawLine;
    // strip /* … */ comments (they may span lines) and // comments
    let out = '';
    for (let i = 0; i < line.length; i++) {
      if (inBlockComment) {
        if (line.startsWith('*/', i)) {
          inBlockComment = false;
          i++;
        }
        continue;
      }
      if (line.startsWith('/*', i)) {
        inBlockComment = true;
        i++;
        continue;
      }
      if (line.startsWith('//', i)) break;
      out += line[i];
    }
    line = out;
    for (const tag of tagsOnLine(line)) {
      const problem = checkTag(tag);
      if (problem) problems.push(`${name}:${lineNo}: ${problem}`);
    }
    if (/#\s*locked\s*:/.test(line) && !/#\s*why\s*:/.test(line)) {
      problems.push(`${name}:${lineNo}: a locked choice needs a "# why: …" tag with its inner reason`);
    }
  });
  return problems;
}

/**
 * The raw text of each tag on a line: from an unescaped `#` to the next `#`, to a `]`
 * that closes a choice's brackets, or to the end of the line. Braces nest, so a dynamic
 * value like `{pull_strong()}` stays whole.
 * @param {string} line
 */
function tagsOnLine(line) {
  /** @type {string[]} */
  const tags = [];
  let depth = 0;
  let current = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      if (current !== null) current += line[i + 1] ?? '';
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '#' && depth === 0) {
      if (current !== null) tags.push(current);
      current = '';
      continue;
    }
    if (ch === ']' && depth === 0 && current !== null) {
      tags.push(current);
      current = null;
      continue;
    }
    if (current !== null) current += ch;
  }
  if (current !== null) tags.push(current);
  return tags.map((t) => t.trim());
}

/** @param {string} tag */
function checkTag(tag) {
  const match = /^([A-Za-z_-]+)\s*:\s*(.*)$/s.exec(tag);
  if (!match) return `tag "# ${tag}" must be "key: value" (keys: ${Object.keys(TAG_KEYS).join(', ')})`;
  const key = match[1] ?? '';
  const value = match[2] ?? '';
  const rule = TAG_KEYS[key];
  if (!rule) return `unknown tag key "${key}" (keys: ${Object.keys(TAG_KEYS).join(', ')})`;
  if (value === '') return `tag "${key}" needs a value`;
  if (rule === 'text') return null;
  if (rule === 'condition') {
    // Inside a tag, ink reads `|` as a sequence, so `{a || b}` would print text, not a
    // truth value, and never lock: one function call (or a plain comparison) per lock.
    if (value.includes('|'))
      return `tag "locked" cannot use "|" (ink reads it as a sequence): put the condition in one function`;
    return /^\{.*\}$/.test(value) || value === 'true' || value === 'false'
      ? null
      : `tag "locked" takes a condition in braces, like {pull_strong()}, not "${value}"`;
  }
  if (rule === 'number') return /^\d+$/.test(value) ? null : `tag "${key}" takes a number, not "${value}"`;
  // A dynamic value is one `{…}` and nothing else: text after a tag's value is not shown (ink
  // reads the rest of the line as the tag), so prose written there would be lost.
  if (value.includes('{'))
    return /^\{[^{}]*\}$/.test(value)
      ? null
      : `tag "${key}" takes one value; "${value}" has more after it (text after a tag is never shown: give it its own line)`;
  const allowed = rule.map(String);
  return allowed.includes(value) ? null : `tag "${key}" has unknown value "${value}" (allowed: ${allowed.join(', ')})`;
}
