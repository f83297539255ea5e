// Scene keys in one place, so scenes can launch each other without importing each other.
export const SCENE_KEYS = {
  boot: 'dd-boot',
  backdrop: 'dd-backdrop',
  dance: 'dd-dance',
} as const;
