// @ts-check
// Start the story's download while the page is still being parsed, not after the game's
// code has run. Without this, the story chunk is requested only once the entry chunk is
// downloaded and the title screen is up — one more round trip on a slow network, and the
// story's bytes never overlap the code's (the benchmark showed it: tools/bench).
//
// A tiny inline script in index.html picks the language the game will most likely play in —
// the same order as the shell: `?lang`, then the remembered preference, then the browser's
// languages (src/main.ts, src/persistence/preferences.ts, preferredLanguage in
// src/ui/i18n.ts) — and adds <link rel="modulepreload"> for that story's chunk. A wrong
// guess costs one unused download; the game still imports the story it needs itself.

/**
 * The inline script, given each language's chunk URL (relative to the page). Plain ES5-ish
 * code that cannot throw out: a hint must never break the page.
 * @param {Record<string, string>} chunks  lang → './assets/nl-XXXX.js'
 */
export function preloadScript(chunks) {
  return `(function(c){try{var l=null,q=new URLSearchParams(location.search).get('lang');if(q==='nl'||q==='en')l=q;if(!l){try{var p=JSON.parse(localStorage.getItem('de-dans:preferences')||'null');if(p&&(p.lang==='nl'||p.lang==='en'))l=p.lang}catch(e){}}if(!l){var n=navigator.languages||[];for(var i=0;i<n.length&&!l;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(b==='nl'||b==='en')l=b}}l=l||'nl';if(!c[l])return;var k=document.createElement('link');k.rel='modulepreload';k.href=c[l];document.head.appendChild(k)}catch(e){}})(${JSON.stringify(chunks)});`;
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
        /** @type {Record<string, string>} */
        const chunks = {};
        for (const output of Object.values(ctx.bundle)) {
          const match = output.type === 'chunk' ? /^\0virtual:story\/(\w+)$/.exec(output.facadeModuleId ?? '') : null;
          if (match?.[1]) chunks[match[1]] = `./${output.fileName}`;
        }
        const at = html.indexOf('<script type="module"');
        if (Object.keys(chunks).length === 0 || at < 0) return html;
        // Before the entry and the stylesheet: an inline script after a stylesheet waits
        // for it, and the preload would start only once the CSS has arrived.
        return `${html.slice(0, at)}<script>${preloadScript(chunks)}</script>\n    ${html.slice(at)}`;
      },
    },
  };
}
