// The engine must stay free of Phaser, howler and the DOM, so it runs (and is tested)
// anywhere. This reads the engine's sources as text, the way a reviewer would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(import.meta.dirname, '..', '..', 'src', 'engine');
const sources = readdirSync(ENGINE)
  .filter((f) => /\.(ts|js)$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(ENGINE, f), 'utf8') }));

/** Imported module specifiers, from `import … from 'x'`, `import('x')` and `export … from 'x'`. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Browser globals the engine may not touch, outside comments and strings. */
const DOM_GLOBALS =
  /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame|location)\b/;

function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

describe('the engine', () => {
  it('has sources to check', () => {
    expect(sources.map((s) => s.file)).toContain('story-engine.ts');
  });

  it.each(sources)('$file imports only the ink runtime, valibot and itself', ({ text }) => {
    for (const spec of importsOf(text)) {
      const allowed = spec === 'inkjs' || spec === 'valibot' || (spec.startsWith('./') && !spec.includes('/..'));
      expect(allowed, `${spec} is not allowed in src/engine`).toBe(true);
    }
  });

  it.each(sources)('$file uses no DOM globals', ({ text }) => {
    const match = DOM_GLOBALS.exec(code(text));
    expect(match?.[0] ?? null).toBeNull();
  });

  it('the checks catch what they are meant to catch', () => {
    expect(
      importsOf(`import * as Phaser from 'phaser';\nimport { Howl } from "howler";\nconst x = import('inkjs/full');`),
    ).toEqual(['phaser', 'howler', 'inkjs/full']);
    expect(DOM_GLOBALS.test(code('const el = document.createElement("p");'))).toBe(true);
    expect(DOM_GLOBALS.test(code('// the document is not touched here\nconst s = "window";'))).toBe(false);
  });
});
