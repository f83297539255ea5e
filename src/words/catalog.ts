// One words catalogue per area of the game (the shell, the ending, the workshop, the room,
// the phone, the new-version prompt): `catalog({ nl, en })`, each
// language its own chunk, downloaded when first asked for. The type makes every language
// give the same words (a missing key is a compile error); tests/unit/catalogs.test.ts checks
// the same at run time.
import type { Lang } from '../../common/language.js';

/** One value per language: the same shape in each. */
export type PerLang<T> = { readonly [L in Lang]: T };

/** How to fetch one language's words: `() => import('./nl').then((m) => m.nl)`. */
export type Chunk<T> = () => Promise<T>;

export interface Catalog<T> {
  /** The words of `lang`, downloaded once; a failed download is tried again on the next call. */
  load(lang: Lang): Promise<T>;
  /** Every language at once: for screens that may switch at any moment (the workshop, the phone). */
  loadAll(): Promise<PerLang<T>>;
}

export function catalog<T>(chunks: PerLang<Chunk<T>>): Catalog<T> {
  const loading = new Map<Lang, Promise<T>>();
  const load = (lang: Lang): Promise<T> => {
    let words = loading.get(lang);
    if (!words) {
      words = chunks[lang]();
      loading.set(lang, words);
      words.catch(() => loading.delete(lang));
    }
    return words;
  };
  return {
    load,
    async loadAll() {
      const [nl, en] = await Promise.all([load('nl'), load('en')]);
      return { nl, en };
    },
  };
}
