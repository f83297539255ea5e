// The book face: Literata (SIL Open Font License, from @fontsource/literata, served with the
// game), regular and italic, Latin (Dutch diacritics included). Only woff2: every browser
// that runs the game reads it. Text shows at once in the device's serif and swaps in.
//
// It is registered from script, not declared in the stylesheet: a stylesheet's font starts
// downloading with the first text that uses it (the loading screen's title), and on a slow
// network it shares the line with the story, so the first story text waited for a font it
// does not need. main.ts adds the face once the page has loaded and the story is in, or at
// once on a device that has loaded it before (then it comes from the cache, with no swap).
import italicUrl from '@fontsource/literata/files/literata-latin-400-italic.woff2?url';
import normalUrl from '@fontsource/literata/files/literata-latin-400-normal.woff2?url';
import { BOOK_FACE_KEY, type KeyValueStore } from '../persistence/storage';
import { whenIdle } from '../shared/after-paint';

/** @fontsource's Latin subset. */
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * Add Literata's two faces to `fonts`; the browser downloads the regular one when text first
 * needs it (a reader who chose another font never downloads it). Once it has loaded, `store`
 * remembers that this device has it, and the italic follows when the page is idle: left to
 * the first italic line, its download began inside that choice's layout and its arrival
 * laid the text out a second time, a long frame at the first choice.
 */
export function addBookFace(fonts: FontFaceSet, store: KeyValueStore): void {
  if ([...fonts].some((face) => face.family === 'Literata')) return;
  const faces = [
    new FontFace('Literata', `url(${normalUrl}) format("woff2")`, { display: 'swap', unicodeRange: LATIN }),
    new FontFace('Literata', `url(${italicUrl}) format("woff2")`, {
      style: 'italic',
      display: 'swap',
      unicodeRange: LATIN,
    }),
  ];
  for (const face of faces) fonts.add(face);
  const [regular, italic] = faces;
  regular?.loaded.then(
    () => {
      store.set(BOOK_FACE_KEY, '1');
      whenIdle(() => void italic?.load().catch(() => {}), 2000); // not had: the first italic line asks again
    },
    () => store.remove(BOOK_FACE_KEY), // a failed download: next time, wait for the load again
  );
}
