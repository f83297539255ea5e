// @ts-check
// The headers every answer of the workshop server carries, and the Content-Security-Policy
// the static build's `_headers` file repeats for hosts that read one (tools/build/headers.mjs
// writes it from the same function). The game needs nothing from elsewhere: scripts,
// styles, fonts and sounds come from its own origin, the QR code and Phaser's textures from
// data: and blob: addresses, the room's WebSocket from the same host. No page may be framed.
// The one inline script (index.html's story preload hint) is allowed by its hash only.
import { createHash } from 'node:crypto';

/**
 * The policy, allowing exactly the inline scripts with these hashes ('sha256-…' sources).
 * @param {readonly string[]} [scriptHashes]
 */
export function contentSecurityPolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The CSP sources of the inline scripts in a page: `'sha256-<base64>'` of each
 * `<script>…</script>` without a src, exactly as written.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** No sniffing, no referrer leaking the room code onwards, no framing, nothing from elsewhere. */
export const BASE_HEADERS = /** @type {const} */ ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
