// The book in runs of five words (issue 18): `npm test` runs the book-overlap check with
// --words 5 and an allow-list of plain phrases any text of the language uses; here the
// same check prints its figure, and the allow-list is held to what it may hold.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/ink/compile.mjs';

const BOOK_TOOLS = join(PROJECT_ROOT, '..', 'shared', 'tools');
const BOOK_ALLOW = join(PROJECT_ROOT, 'tools', 'story', 'book-allow-5.txt');

describe('the book, in runs of five words', () => {
  const words = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .split(/[^\p{L}\p{N}']+/u)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean);

  it('the allow-list holds only plain phrases of exactly five words, each a run of the book', () => {
    const phrases = readFileSync(BOOK_ALLOW, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const book = new Set(readFileSync(join(BOOK_TOOLS, 'book-shingles-5.txt'), 'utf8').split('\n'));
    const project = ` ${words(
      execFileSync('git', ['ls-files', 'story', 'src', 'docs', 'README*', 'assets'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      })
        .split('\n')
        .filter((f) => /\.(ink|ts|md)$/.test(f) && existsSync(join(PROJECT_ROOT, f)))
        .map((f) => readFileSync(join(PROJECT_ROOT, f), 'utf8'))
        .join('\n'),
    ).join(' ')} `;
    const used = phrases.filter((phrase) => project.includes(` ${phrase.trim()} `));
    console.log(`book allow-list: ${phrases.length} phrase(s), ${used.length} in use: ${used.join(' | ') || '—'}`);
    expect(phrases.length).toBeLessThanOrEqual(12);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const phrase of phrases) {
      expect(words(phrase), phrase).toHaveLength(5);
      expect(words(phrase).join(' '), 'written as the check reads it').toBe(phrase.trim());
      expect(
        book.has(createHash('sha256').update(phrase.trim()).digest('hex').slice(0, 16)),
        `${phrase}: not a run of the book`,
      ).toBe(true);
    }
  });

  it('matches nothing but the allow-list (the check npm test runs)', () => {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [join(BOOK_TOOLS, 'book-overlap.mjs'), '--words', '5', '--allow', BOOK_ALLOW],
        { cwd: PROJECT_ROOT, encoding: 'utf8' },
      );
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? error);
    }
    console.log(out.trim().split('\n').slice(-1)[0]);
    expect(out.trim().split('\n').slice(0, -1)).toEqual([]);
  });
});
