// @ts-check
// Vite plugin: `import story from 'virtual:story/nl'` gives the compiled Dutch story as
// a JSON string (and its build hash), compiled from story/nl/main.ink at build time and
// in dev; `virtual:story/withdrawer/nl` the other side's route (story/withdrawer/nl/).
// Editing any .ink file recompiles and reloads the page. Build errors stop the build with
// `file:line: message`.
import { compileStory, InkBuildError, LANGUAGES, SIDES } from '../ink/compile.mjs';

const PREFIX = 'virtual:story/';
const RESOLVED = `\0${PREFIX}`;

/** @returns {import('vite').Plugin} */
export function inkStories() {
  return {
    name: 'de-dans:ink',
    resolveId: {
      filter: { id: /^virtual:story\// },
      handler(id) {
        return RESOLVED + id.slice(PREFIX.length);
      },
    },
    load: {
      // Only our virtual modules: Vite then skips this plugin for every other file.
      filter: { id: /^\0virtual:story\// },
      handler(id) {
        const name = id.slice(RESOLVED.length);
        const route = ROUTES.get(name);
        if (!route) this.error(`unknown story "${name}" (known: ${[...ROUTES.keys()].join(', ')})`);
        let compiled;
        try {
          compiled = compileStory(route.lang, route.side);
        } catch (error) {
          if (error instanceof InkBuildError) this.error(error.message);
          throw error;
        }
        for (const file of compiled.files) this.addWatchFile(file);
        // The JSON travels as a string literal: inkjs wants text, and a parsed object
        // would turn ink's floats like 1.0 into integers.
        return `export const json = ${JSON.stringify(compiled.json)};\nexport const hash = ${JSON.stringify(compiled.hash)};\n`;
      },
    },
    hotUpdate({ file }) {
      if (!file.endsWith('.ink')) return;
      const graph = this.environment.moduleGraph;
      for (const name of ROUTES.keys()) {
        const mod = graph.getModuleById(RESOLVED + name);
        if (mod) graph.invalidateModule(mod);
      }
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The module name after `virtual:story/` of a route in a language: `nl` for the pursuer's
 * Dutch story, `withdrawer/nl` for the withdrawer's (src/main.ts imports these).
 * @param {import('../../common/vocabulary.js').Side} side
 * @param {string} lang
 */
function storyModule(side, lang) {
  return side === 'pursuer' ? lang : `${side}/${lang}`;
}

/** Every story module, by its name after `virtual:story/`, with the route and language it builds. */
const ROUTES = new Map(
  SIDES.flatMap((side) => LANGUAGES.map((lang) => /** @type {const} */ ([storyModule(side, lang), { side, lang }]))),
);
