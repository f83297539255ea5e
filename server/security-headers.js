// @ts-check
// The headers every answer of the workshop server carries, and the Content-Security-Policy
// the static build's `public/_headers` repeats for hosts that read one (a test keeps the two
// the same). The game needs nothing from elsewhere: scripts, styles, fonts and sounds come
// from its own origin, the QR code and Phaser's textures from data: and blob: addresses,
// the room's WebSocket from the same host. No page may be framed.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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

/** No sniffing, no referrer leaking the room code onwards, no framing, nothing from elsewhere. */
export const BASE_HEADERS = /** @type {const} */ ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
