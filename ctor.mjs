import { browserHelpers } from '/work/main/tools/build/browser-helpers.mjs';
import { serveStatic } from '/work/main/tools/bench/static-server.mjs';
const server = await serveStatic({ '/': '/work/tmp/parsetest' });
const { launchChromium } = await browserHelpers();
const browser = await launchChromium();
const out = { a: [], b: [] };
for (let i = 0; i < 5; i++) for (const f of ['a', 'b']) {
  const context = await browser.newContext(); const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.url + `ctor-${f}.html`);
  await page.waitForFunction(() => window.done, null, { timeout: 60000 });
  out[f].push((await page.evaluate(() => window.done)).join('/'));
  await context.close();
}
console.log(out);
await browser.close(); process.exit(0);
