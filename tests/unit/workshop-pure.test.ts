// Workshop mode's logic stays free of the screen: the vote rules, the timer, the session
// record, the group's path, the pages and the chart's geometry import no DOM module and
// touch no browser global, so they run (and are tested) anywhere — and a phone client or
// a server could reuse them. Read as text, the way a reviewer would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WORKSHOP = join(import.meta.dirname, '..', '..', 'src', 'workshop');
const PURE = [
  'vote.ts',
  'vote-timer.ts',
  'vote-source.ts',
  'session-file.ts',
  'workshop-run.ts',
  'pages.ts',
  'dance-chart.ts',
];
const DOM_GLOBALS =
  /\b(document|window|navigator|localStorage|HTMLElement|requestAnimationFrame|location|performance|setTimeout|setInterval)\b/;

/** The code without comments and string contents. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('the workshop logic', () => {
  it.each(PURE)('%s touches no browser global and no clock of its own', (file) => {
    const text = readFileSync(join(WORKSHOP, file), 'utf8');
    expect(DOM_GLOBALS.exec(code(text))?.[0] ?? null).toBeNull();
  });

  it.each(PURE)('%s imports only the engine, common/, valibot and other pure workshop modules', (file) => {
    const text = readFileSync(join(WORKSHOP, file), 'utf8');
    for (const spec of importsOf(text)) {
      const ok =
        spec === 'valibot' ||
        spec.startsWith('../engine') ||
        /^\.\.\/\.\.\/common\/[\w.-]+$/.test(spec) ||
        PURE.some((p) => spec === `./${p.replace(/\.ts$/, '')}`);
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  it('the checks catch what they are meant to catch', () => {
    expect(DOM_GLOBALS.test(code('const t = setInterval(tick, 250);'))).toBe(true);
    expect(DOM_GLOBALS.test(code('// the document is not touched\nconst s = "window";'))).toBe(false);
    expect(importsOf(`import { h } from '../ui/dom';\nimport type { Clock } from './vote-timer';`)).toEqual([
      '../ui/dom',
      './vote-timer',
    ]);
  });
});
