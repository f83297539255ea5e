// A choice's words as a save keeps them: a short fingerprint (FNV-1a, 32 bits, base 36) —
// enough to tell the few choices of one beat apart, and to find a choice again on another
// build of the story after a fix moved it, at a tenth of the text's size.

/** The fingerprint of a choice's text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
