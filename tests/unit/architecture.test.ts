// The house's walls, read from the sources as text, the way a reviewer would:
// - the engine stays free of Phaser, howler and the DOM, so it runs (and is tested) anywhere;
// - imports run one way (docs/architecture.md): common/ is shared by everyone and imports
//   none of them; src/ (the browser, with its assets) and server/ (Node) import common/,
//   never each other; nothing in src/ or server/ imports tools/ or tests/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENGINE = join(ROOT, 'src', 'engine');
const sources = readdirSync(ENGINE)
  .filter((f) => /\.(ts|js)$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(ENGINE, f), 'utf8') }));

/** Every source file under `folder` (relative to the project), recursively. */
function sourcesUnder(folder: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js|mjs)$/.test(f))
    .map((f) => join(folder, f))
    .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

/** The top-level folder a relative import from `file` lands in; null for a package. */
function folderOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
  return target.split(/[\\/]/)[0] ?? null;
}

/** Which top-level folders each may import from (packages always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  common: ['common'],
  src: ['src', 'common', 'assets'],
  server: ['server', 'common'],
};

/** The imports of `file` that break the rules, as `file → spec`. */
function wrongImports(file: string, text: string): string[] {
  const home = file.split(/[\\/]/)[0] ?? '';
  const allowed = MAY_IMPORT[home] ?? [];
  return importsOf(text)
    .filter((spec) => {
      const folder = folderOf(file, spec);
      return folder !== null && !allowed.includes(folder);
    })
    .map((spec) => `${file} → ${spec}`);
}

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

  it.each(sources)('$file imports only the ink runtime, valibot, common/ and itself', ({ text }) => {
    for (const spec of importsOf(text)) {
      const own = spec.startsWith('./') && !spec.includes('/..');
      const common = /^\.\.\/\.\.\/common\/[\w.-]+$/.test(spec);
      const allowed = spec === 'inkjs' || spec === 'valibot' || own || common;
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

describe('the direction of imports', () => {
  const rooms = Object.keys(MAY_IMPORT);
  const all = rooms.flatMap((room) => sourcesUnder(room));

  it('finds the sources of every room', () => {
    for (const room of rooms)
      expect(
        all.some((s) => s.file.startsWith(`${room}/`)),
        room,
      ).toBe(true);
    expect(all.some((s) => s.file === join('common', 'protocol.js'))).toBe(true);
  });

  it('common/ imports only itself; src/ and server/ import themselves and common/', () => {
    expect(all.flatMap(({ file, text }) => wrongImports(file, text))).toEqual([]);
  });

  it('the rule catches what it is meant to catch', () => {
    const file = join('src', 'room-client', 'x.ts');
    expect(wrongImports(file, `import { CLOSE } from '../../server/protocol.js';`)).toHaveLength(1);
    expect(wrongImports(file, `import type { Limits } from '../../tools/x.mjs';`)).toHaveLength(1);
    expect(wrongImports(file, `/** @typedef {import('../../tests/x').X} X */`)).toHaveLength(1);
    expect(
      wrongImports(file, `import { CLOSE } from '../../common/protocol.js';\nimport * as v from 'valibot';`),
    ).toEqual([]);
    expect(wrongImports(join('server', 'x.js'), `export * from '../src/engine/index.js';`)).toHaveLength(1);
    expect(wrongImports(join('common', 'x.js'), `import { h } from '../src/ui/dom';`)).toHaveLength(1);
  });
});
