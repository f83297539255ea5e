import type { UpdateStrings } from '../strings';

export const nl: UpdateStrings = {
  message: 'Er is een nieuwe versie van De dans. Laad opnieuw wanneer het je uitkomt; je spel blijft bewaard.',
  reload: 'Opnieuw laden',
  later: 'Later',
  label: 'Nieuwe versie',
};
