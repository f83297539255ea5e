// @ts-check
// The static build's headers file (`dist/_headers`, the format Netlify and Cloudflare Pages
// read): the same security headers the workshop server sends (server/security-headers.js),
// with the Content-Security-Policy naming the build's inline scripts by hash — the hash
// changes with every build, so the file is written by the build, not kept in public/.
// Left out of the portal build: game portals embed the game in a frame of their own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_HEADERS, contentSecurityPolicy, inlineScriptHashes } from '../../server/security-headers.js';
import { PORTAL_MODE } from './pwa.mjs';

/**
 * The `_headers` text for a build whose pages have this HTML: one rule for every path (hosts
 * join the values of several matching rules, which would double the policy).
 * @param {readonly string[]} pages
 */
export function headersFile(pages) {
  const hashes = [...new Set(pages.flatMap((html) => inlineScriptHashes(html)))].sort();
  /** @type {Record<string, string>} */
  const headers = { ...BASE_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(hashes) };
  return [
    '# Written by the build (tools/build/headers.mjs): the workshop server sends the same headers.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** @returns {import('vite').Plugin} */
export function securityHeaders() {
  return {
    name: 'de-dans:security-headers',
    apply: (_config, env) => env.command === 'build' && env.mode !== PORTAL_MODE,
    writeBundle(options, bundle) {
      const pages = Object.values(bundle).flatMap((file) =>
        file.type === 'asset' && file.fileName.endsWith('.html') ? [String(file.source)] : [],
      );
      if (options.dir) writeFileSync(join(options.dir, '_headers'), headersFile(pages));
    },
  };
}
