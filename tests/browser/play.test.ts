// The production bundle as it is served, and what the page does when part of it cannot be
// had. (Playing it in Chromium — by keyboard to every ending, a reload and Continue, the
// stage on WebGL — is endings.test.ts; the controls are controls.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext } from '../helpers/browser';

// Built once for all browser tests (tests/helpers/browser-global-setup.ts).
const served = { outDir: inject('builtDir'), url: inject('builtUrl') };

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

describe('a first visit whose connection drops', () => {
  it('says so in both languages when the title screen’s words cannot be downloaded: never a blank page', async () => {
    const browser = await launchChromium();
    try {
      const context = await newContext(browser, { serviceWorkers: 'block' });
      const page = await context.newPage();
      // The shell's words are a chunk per language (src/ui/strings/); this visit loses them.
      await page.route(/\/strings-(nl|en)-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(served.url);
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.locator('p[lang="nl"]').textContent()).toMatch(/kon niet laden.*geen verbinding/);
      expect(await alert.locator('p[lang="en"]').textContent()).toMatch(/could not load.*no connection/);
      expect(await page.locator('h1').textContent()).toBe('De dans');
    } finally {
      await browser.close();
    }
  });
});
