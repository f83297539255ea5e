// Compiled stories, provided by tools/vite/ink-plugin.mjs.
declare module 'virtual:story/*' {
  /** The compiled story as ink's JSON text. */
  export const json: string;
  /** A short hash of that JSON: the story build's identity, recorded in saves. */
  export const hash: string;
}
