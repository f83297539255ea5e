// @ts-check
// The tools launch the same Chromium, with the same flags, as the browser tests: they load
// tests/helpers/browser.ts through Vite's module runner (Node 20 cannot import TypeScript).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

/** @returns {Promise<typeof import('../../tests/helpers/browser.ts')>} */
export async function browserHelpers() {
  const { module } = await runnerImport(resolve(import.meta.dirname, '..', '..', 'tests', 'helpers', 'browser.ts'));
  return /** @type {typeof import('../../tests/helpers/browser.ts')} */ (module);
}
