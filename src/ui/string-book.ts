// The shell's strings for the languages downloaded so far. The first language arrives
// before the title screen (src/main.ts); another is fetched when the player switches to it,
// and every switch waits for it (`ensure`), so `get` always has words to give.
import type { Lang } from '../engine/types';
import type { Strings } from './i18n';

export type StringsLoader = (lang: Lang) => Promise<Strings>;

export class StringBook {
  private readonly loaded = new Map<Lang, Strings>();
  private readonly pending = new Map<Lang, Promise<Strings>>();

  constructor(
    private readonly first: { readonly lang: Lang; readonly strings: Strings },
    private readonly load: StringsLoader,
  ) {
    this.loaded.set(first.lang, first.strings);
  }

  has(lang: Lang): boolean {
    return this.loaded.has(lang);
  }

  /** The words of `lang`, or, if that language never arrived, of the first one. */
  get(lang: Lang): Strings {
    return this.loaded.get(lang) ?? this.first.strings;
  }

  /** Download `lang` if needed. Rejects when it cannot be had; a later call tries again. */
  ensure(lang: Lang): Promise<Strings> {
    const ready = this.loaded.get(lang);
    if (ready) return Promise.resolve(ready);
    let loading = this.pending.get(lang);
    if (!loading) {
      loading = this.load(lang).then(
        (strings) => {
          this.loaded.set(lang, strings);
          this.pending.delete(lang);
          return strings;
        },
        (error: unknown) => {
          this.pending.delete(lang);
          throw error;
        },
      );
      this.pending.set(lang, loading);
    }
    return loading;
  }
}
