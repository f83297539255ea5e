// @ts-check
// Start the story's download while the page is still being parsed, not after the game's
// code has run. Without this, the story chunk is requested only once the entry chunk is
// downloaded and the title screen is up — one more round trip on a slow network, and the
// story's bytes never overlap the code's (the benchmark showed it: tools/bench).
//
// A tiny inline script in index.html picks the language the game will most likely play in —
// the same order as the shell: `?lang`, then the remembered preference, then the browser's
// languages (pickLanguage in common/language.js) — and adds <link rel="modulepreload"> for that language's chunks: the
// story, and the shell's words the title screen waits for (src/ui/strings/); then the engine
// that reads the story, in any language. A wrong guess costs unused downloads; the game still
// imports what it needs itself.

/**
 * The inline script, given each language's chunk URLs (relative to the page): the story
 * and the shell's words in that language. Plain ES5-ish code that cannot throw out: a hint
 * must never break the page.
 * @param {Record<string, string[]>} chunks  lang → ['./assets/story-nl-XXXX.js', './assets/strings-nl-YYYY.js', './assets/story-engine-ZZZZ.js', …]
 */
export function preloadScript(chunks) {
  return `(function(c){try{var l=null,q=new URLSearchParams(location.search).get('lang');if(q==='nl'||q==='en')l=q;if(!l){try{var p=JSON.parse(localStorage.getItem('de-dans:preferences')||'null');if(p&&(p.lang==='nl'||p.lang==='en'))l=p.lang}catch(e){}}if(!l){var n=navigator.languages||[];for(var i=0;i<n.length&&!l;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(b==='nl'||b==='en')l=b}}l=l||'nl';var u=c[l]||[];for(var j=0;j<u.length;j++){var k=document.createElement('link');k.rel='modulepreload';k.href=u[j];document.head.appendChild(k)}}catch(e){}})(${JSON.stringify(chunks)});`;
}

/** @returns {import('vite').Plugin} */
export function storyPreload() {
  return {
    name: 'de-dans:story-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        /** @type {Record<string, string[]>} */
        const chunks = {};
        for (const output of Object.values(ctx.bundle)) {
          if (output.type !== 'chunk') continue;
          const lang = languageChunk(output.facadeModuleId ?? '');
          if (lang) {
            chunks[lang] ??= [];
            chunks[lang].push(`./${output.fileName}`);
          }
        }
        // The engine (with inkjs) loads with the story, not with the entry (GameSession.newGame),
        // so the title screen is up while both arrive; it follows the story and the shell's
        // words in every language's list, with what it imports that the entry does not (the
        // bundler's small runtime). Last: a host that opens 6 connections at once makes the
        // seventh request wait for a free one, and the runtime can wait; the words cannot.
        const engine = engineChunks(ctx.bundle);
        for (const list of Object.values(chunks)) list.push(...engine.map((file) => `./${file}`));
        const at = html.indexOf('<script type="module"');
        if (Object.keys(chunks).length === 0 || at < 0) return html;
        // Before the entry and the stylesheet: an inline script after a stylesheet waits
        // for it, and the preload would start only once the CSS has arrived.
        return `${html.slice(0, at)}<script>${preloadScript(chunks)}</script>\n    ${html.slice(at)}`;
      },
    },
  };
}

/** The name vite.config.ts gives the engine's chunk (inkjs, the story engine, ink's runs). */
export const ENGINE_CHUNK = 'story-engine';

/**
 * The engine's chunk and the chunks it imports that the page's entry does not already load,
 * engine first; none when the build has no such chunk.
 * @param {import('vite').Rollup.OutputBundle} bundle
 */
function engineChunks(bundle) {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const engine = chunks.find((chunk) => chunk.name === ENGINE_CHUNK);
  const entry = chunks.find((chunk) => chunk.isEntry && /(^|[\\/])index\.html$/.test(chunk.facadeModuleId ?? ''));
  if (!engine || !entry) return [];
  const loaded = new Set([entry.fileName, ...entry.imports]);
  return [engine.fileName, ...engine.imports.filter((file) => !loaded.has(file))];
}

/**
 * The language of the shell-strings module `moduleId` (`src/ui/strings/<lang>.ts`), else
 * null. vite.config.ts names those chunks by it, so they never look like a story's.
 * @param {string} moduleId
 */
export function shellStringsLanguage(moduleId) {
  return /(?:^|[\\/])src[\\/]ui[\\/]strings[\\/](\w+)\.ts$/.exec(moduleId)?.[1] ?? null;
}

/**
 * The prefix of a chunk's file name, by the module it was built from: `story-` for a story
 * (`story-<side>-` for another side's route),
 * `strings-` for the shell's words, `words-` for any other words catalogue
 * (`src/…/words/<lang>.ts`), else none.
 * @param {string} moduleId
 */
export function chunkPrefix(moduleId) {
  // Another side's route (virtual:story/<side>/<lang>) is never preloaded: `story-<side>-`.
  const side = /^\0?virtual:story\/(\w+)\//.exec(moduleId)?.[1];
  if (side) return `story-${side}-`;
  if (/^\0?virtual:story\//.test(moduleId)) return 'story-';
  if (shellStringsLanguage(moduleId)) return 'strings-';
  if (/(?:^|[\\/])words[\\/]\w+\.ts$/.test(moduleId)) return 'words-';
  return '';
}

/**
 * The language a chunk belongs to, by the module it was built from: a story
 * (`virtual:story/<lang>`) or the shell's words (`src/ui/strings/<lang>.ts`); else null.
 * @param {string} moduleId
 */
export function languageChunk(moduleId) {
  const lang = /^\0?virtual:story\/(\w+)$/.exec(moduleId)?.[1] ?? shellStringsLanguage(moduleId);
  return lang && lang !== 'index' ? lang : null;
}
