// Every answer the workshop server sends carries the security headers — pages with a strict
// Content-Security-Policy that names their inline scripts by hash and forbids framing —
// and the static build's `_headers` file says the same for hosts that read one.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, inlineScriptHashes } from '../../server/security-headers.js';
import { headersFile } from '../../tools/build/headers.mjs';
import { Harness } from './harness';

const INLINE = '(function(){document.documentElement.dataset.hinted="yes"})();';
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let dir: string;
let harness: Harness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'de-dans-headers-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>t</title><script>${INLINE}</script><script type="module" src="./a.js"></script>`,
  );
  writeFileSync(
    join(dir, 'phone.html'),
    '<!doctype html><title>phone</title><script type="module" src="./a.js"></script>',
  );
  writeFileSync(join(dir, 'a.js'), 'export {};');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
  harness = await Harness.start({}, dir);
});
afterAll(async () => {
  await harness.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, init: RequestInit = {}) {
  return fetch(new URL(path, harness.server.url), init);
}

/** The policy's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it('every page carries a strict CSP that forbids framing and allows only its own inline script, by hash', async () => {
    for (const path of ['/', '/index.html', '/phone.html', '/phone', '/sub/']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      expect(csp.get('script-src')?.join(' '), path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp.get('style-src')?.join(' '), path).not.toMatch(/unsafe-inline|\*/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const index = directives((await get('/')).headers.get('content-security-policy'));
    expect(index.get('script-src')).toEqual(["'self'", hashOf(INLINE)]);
    const phone = directives((await get('/phone')).headers.get('content-security-policy'));
    expect(phone.get('script-src')).toEqual(["'self'"]);
  });

  it('so does every other answer: files, refusals, the facilitator information', async () => {
    const answers = [
      await get('/a.js'),
      await get('/missing'),
      await get('/../../etc/passwd'),
      await get('/', { method: 'POST' }),
      await get('/api/facilitator'),
      await get('/api/facilitator', { headers: { 'sec-fetch-site': 'cross-site' } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 404, 404, 405, 200, 403]);
    for (const response of answers) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('the build’s _headers file gives static hosts the same policy, with the build’s inline script hashes', () => {
    const pages = [`<script>${INLINE}</script><script src="x.js"></script>`, '<p>no script</p>'];
    expect(inlineScriptHashes(pages[0]!)).toEqual([hashOf(INLINE)]);
    const text = headersFile(pages);
    const lines = text.split('\n');
    expect(lines.filter((line) => line === '/*')).toHaveLength(1);
    const csp = lines.find((line) => line.startsWith('  Content-Security-Policy: '));
    expect(csp).toBe(
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${hashOf(INLINE)}`)}`,
    );
    expect(lines).toContain('  X-Frame-Options: DENY');
  });
});
