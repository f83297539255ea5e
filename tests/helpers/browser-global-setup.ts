// One production build for the whole browser project: building takes longer than most
// browser tests, so it happens once here and every test file reuses it (via inject).
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in "/". */
    builtUrl: string;
    /** The folder holding the production build. */
    builtDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await buildAndServe();
  project.provide('builtUrl', served.url);
  project.provide('builtDir', served.outDir);
  return () => served.close();
}
