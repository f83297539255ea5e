// @ts-check
// The rules of a vote, the same for the room server (phones vote) and the workshop screen
// (hands counted, or phones' totals): who may be chosen once the counts are in.
// - `vote` mode: the open options with the most votes; a tie at the top, including nobody
//   voting at all, leaves the facilitator to pick among the tied ones.
// - `advise` mode: the counts are advice; any open option may be taken.
// - A locked option (`# locked` in the story) may receive votes but never wins.

/** How the room decides: by its votes, or by advising the facilitator. */
export const VOTE_MODES = /** @type {const} */ (['vote', 'advise']);

/** @typedef {(typeof VOTE_MODES)[number]} VoteMode */

/**
 * The open options with the most votes; every open option when none got a vote (the
 * facilitator decides). Locked options are counted but never on top.
 * @param {readonly number[]} counts one count per option
 * @param {readonly boolean[]} locked one flag per option
 * @returns {number[]} positions, in order
 */
export function topOptions(counts, locked) {
  const open = counts.flatMap((count, index) => (locked[index] ? [] : [{ count, index }]));
  const most = Math.max(0, ...open.map((o) => o.count));
  return open.filter((o) => o.count === most).map((o) => o.index);
}

/**
 * The options the facilitator may commit: the top ones in vote mode, every open one in
 * advise mode.
 * @param {readonly number[]} counts @param {readonly boolean[]} locked @param {VoteMode} mode
 * @returns {number[]} positions, in order
 */
export function committable(counts, locked, mode) {
  if (mode === 'vote') return topOptions(counts, locked);
  return counts.flatMap((_, index) => (locked[index] ? [] : [index]));
}

/**
 * True when a locked option got more votes than any open one: the room reached for a step
 * that was out of reach.
 * @param {readonly number[]} counts @param {readonly boolean[]} locked
 */
export function lockedLeads(counts, locked) {
  let openTop = 0;
  let lockedTop = 0;
  counts.forEach((n, i) => {
    if (locked[i]) lockedTop = Math.max(lockedTop, n);
    else openTop = Math.max(openTop, n);
  });
  return lockedTop > openTop;
}
