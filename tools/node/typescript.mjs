// @ts-check
// Lets the Node tools import the game's TypeScript (src/engine above all: the story tools
// play the story through StoryEngine, like the game). Node 20 cannot load .ts files, so
// this registers two module hooks (./typescript-hooks.mjs) that strip the types with the
// transformer Vite already ships. Used as `node --import ./tools/node/typescript.mjs tool.mjs`
// (the npm scripts that run tools do this); vitest needs none of it.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
