// The words of the new-version prompt, in Dutch and English (the shell's own strings live
// in src/ui/i18n.ts; these travel in the lazily loaded service-worker chunk instead).
import type { Lang } from '../../common/language.js';

export interface UpdateStrings {
  readonly message: string;
  readonly reload: string;
  readonly later: string;
  readonly label: string;
}

export const UPDATE_STRINGS: Readonly<Record<Lang, UpdateStrings>> = {
  nl: {
    message: 'Er is een nieuwe versie van De dans. Laad opnieuw wanneer het je uitkomt; je spel blijft bewaard.',
    reload: 'Opnieuw laden',
    later: 'Later',
    label: 'Nieuwe versie',
  },
  en: {
    message: 'A new version of De dans is ready. Reload whenever it suits you; your game stays saved.',
    reload: 'Reload',
    later: 'Later',
    label: 'New version',
  },
};
