// The production bundle as it is served. (Playing it in Chromium — by keyboard to every
// ending, a reload and Continue, the stage on WebGL — is endings.test.ts; the controls are
// controls.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Built once for all browser tests (tests/helpers/browser-global-setup.ts).
const served = { outDir: inject('builtDir') };

describe('the production bundle', () => {
  it('holds the ink runtime but never the ink compiler', () => {
    const assets = join(served.outDir, 'assets');
    const code = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    // A message only the compiler has, and one only the runtime has; both are checked to
    // exist in inkjs itself, so this test fails if either marker ever goes stale.
    const compilerMarker = 'Functions may not contain';
    const runtimeMarker = 'ran out of content';
    const fullInk = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules/inkjs/dist/ink-full.mjs'), 'utf8');
    expect(fullInk).toContain(compilerMarker);
    expect(fullInk).toContain(runtimeMarker);
    expect(code).toContain(runtimeMarker);
    expect(code).not.toContain(compilerMarker);
  });
});
