import type { UpdateStrings } from '../strings';

export const en: UpdateStrings = {
  message: 'A new version of De dans is ready. Reload whenever it suits you; your game stays saved.',
  reload: 'Reload',
  later: 'Later',
  label: 'New version',
};
