// The words of the new-version prompt: their shape here, the words in words/{nl,en}.ts, each
// language its own small chunk, loaded with the prompt (src/words/catalog.ts).
import { type Catalog, catalog } from '../words/catalog';

export interface UpdateStrings {
  readonly message: string;
  readonly reload: string;
  readonly later: string;
  readonly label: string;
}

/** The prompt's words, a chunk per language (words/nl.ts, words/en.ts). */
export const updateWords: Catalog<UpdateStrings> = catalog({
  nl: () => import('./words/nl').then((m) => m.nl),
  en: () => import('./words/en').then((m) => m.en),
});
