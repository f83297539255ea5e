// The ink pipeline's promises: errors, warnings and unknown tags fail with file:line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile, InkBuildError } from '../../tools/ink/compile.mjs';

const dir = join(import.meta.dirname, '..', 'fixtures');
const entry = join(dir, 'virtual-main.ink');
const build = (main: string, extra: Record<string, string> = {}) =>
  compileInkFile(entry, {
    sources: { [entry]: main, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [join(dir, k), v])) },
  });
const problems = (main: string, extra: Record<string, string> = {}) => {
  try {
    build(main, extra);
  } catch (error) {
    if (error instanceof InkBuildError) return error.problems;
    throw error;
  }
  return [];
};

describe('compiling ink', () => {
  it('builds a story with its includes and reports its hash and outline', () => {
    const result = build('INCLUDE part.ink\n-> start\n', {
      'part.ink': '=== start ===\n= inner\nHello. # scene: cafe\n-> END\n',
    });
    expect(result.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(result.outline).toEqual({ knots: ['start'], stitches: ['start.inner'] });
    expect(result.files).toHaveLength(2);
  });

  it('reports a compile error in an included file as file:line', () => {
    expect(problems('INCLUDE part.ink\n-> start\n', { 'part.ink': '=== start ===\nHi.\n-> nowhere\n' })).toEqual([
      "tests/fixtures/part.ink:3: Divert target not found: '-> nowhere'",
    ]);
  });

  it('fails on a warning too', () => {
    expect(problems('-> start\n=== start ===\nHello.\n')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/virtual-main\.ink:3: warning: Apparent loose end/),
    ]);
  });

  it('rejects an unknown tag key and an unknown value, with the line', () => {
    expect(problems('Hello. # colour: red\nBye. # scene: moon\n-> END\n')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/virtual-main\.ink:1: unknown tag key "colour"/),
      expect.stringMatching(/^tests\/fixtures\/virtual-main\.ink:2: tag "scene" has unknown value "moon"/),
    ]);
  });

  it('rejects a lock without a reason, and a lock ink would print as text', () => {
    const found = problems(
      'VAR a = true\n* [Go #step: ground #locked: {a}]\n  -> END\n* [Stay #step: ground #locked: {a || a} #why: no]\n  -> END\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/:2: a locked choice needs a "# why: …" tag/),
      expect.stringMatching(/:4: tag "locked" cannot use "\|"/),
    ]);
  });

  it('rejects text written after a dynamic tag value: ink would swallow it into the tag', () => {
    const found = problems(
      'VAR who = "Sam"\nThe door. # partner: {who} “Can I come in?”\nHi. # partner: {who}\n-> END\n',
    );
    expect(found).toEqual([expect.stringMatching(/:2: tag "partner" takes one value; .* has more after it/)]);
  });

  it('rejects a tag that is not key: value', () => {
    expect(problems('Hello. # mood\n-> END\n')).toEqual([
      expect.stringMatching(/:1: tag "# mood" must be "key: value"/),
    ]);
  });
});
