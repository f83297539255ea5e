// @ts-check
// Vite plugin: `import story from 'virtual:story/nl'` gives the compiled Dutch story as
// a JSON string (and its build hash), compiled from story/nl/main.ink at build time and
// in dev; `virtual:story/withdrawer/nl` the other side's route (story/withdrawer/nl/). Editing any .ink file recompiles and reloads the page. Build errors stop the
// build with `file:line: message`.
import { compileStory, InkBuildError, LANGUAGES } from '../ink/compile.mjs';

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
        const [side, lang] = storyId(id.slice(RESOLVED.length));
        if (!(/** @type {readonly string[]} */ (LANGUAGES).includes(lang))) {
          this.error(`unknown story language "${lang}" (known: ${LANGUAGES.join(', ')})`);
        }
        let compiled;
        try {
          compiled = compileStory(lang, side);
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
      for (const lang of LANGUAGES) {
        for (const id of [lang, `withdrawer/${lang}`]) {
          const mod = graph.getModuleById(RESOLVED + id);
          if (mod) graph.invalidateModule(mod);
        }
      }
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * `nl` → the pursuer's Dutch story; `withdrawer/nl` → the withdrawer's.
 * @param {string} rest the id after `virtual:story/`
 * @returns {[import('../../common/vocabulary.js').Side, string]} side and language
 */
function storyId(rest) {
  const match = /^withdrawer\/(\w+)$/.exec(rest);
  return match ? ['withdrawer', match[1] ?? ''] : ['pursuer', rest];
}
