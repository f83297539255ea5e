#!/usr/bin/env node
// @ts-check
// `npm run workshop`: build the game if needed, then serve it and a room for phones on the
// local network. The projector opens the game on this laptop; phones scan the QR code it
// shows. Stop with Ctrl+C: the room, and everything in it, is gone.
//
// Options (after `npm run workshop --`):
//   --port 5180            the port (default 5180)
//   --host 0.0.0.0         the interface to listen on (default: every interface)
//   --public-host NAME     the address phones should use, if the one chosen is wrong
//   --max-participants N   phones per session (default 200)
//   --lang nl|en           the phones' language until the game sets it (default nl)
//   --rebuild              build even if dist/ looks current
//   --skip-build           serve dist/ as it is
//   --dist DIR             build into and serve another folder than dist/
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from './build-if-needed.js';
import { startRoomServer } from './room-server.js';

const ROOT = resolve(import.meta.dirname, '..');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    host: { type: 'string', default: '0.0.0.0' },
    'public-host': { type: 'string' },
    'max-participants': { type: 'string', default: '200' },
    lang: { type: 'string', default: 'nl' },
    rebuild: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});
const OUT_DIR = resolve(ROOT, values.dist);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a number from 0 to 65535, not "${values.port}".`);
const maxParticipants = Number(values['max-participants']);
if (!Number.isInteger(maxParticipants) || maxParticipants < 1 || maxParticipants > 1000)
  fail('--max-participants must be a whole number from 1 to 1000.');
const lang = values.lang === 'en' ? 'en' : values.lang === 'nl' ? 'nl' : fail('--lang must be nl or en.');

if (!values['skip-build']) {
  try {
    await buildIfNeeded(ROOT, OUT_DIR, { force: values.rebuild, log: (line) => console.log(line) });
  } catch (error) {
    fail(`The game did not build: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** @type {Awaited<ReturnType<typeof startRoomServer>>} */
let server;
try {
  server = await startRoomServer({
    host: values.host,
    port,
    staticDir: OUT_DIR,
    limits: { maxParticipants, maxConnections: maxParticipants + 60 },
    lang,
    ...(values['public-host'] ? { publicHost: values['public-host'] } : {}),
  });
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  if (code === 'EADDRINUSE') fail(`Port ${port} is in use. Pick another: npm run workshop -- --port ${port + 1}`);
  fail(`The workshop server did not start: ${error instanceof Error ? error.message : String(error)}`);
}

const info = await server.facilitatorInfo();
const others = info.addresses.slice(1);
console.log(
  [
    '',
    'De dans — workshop with phones / workshop met telefoons',
    '',
    `  Projector (open on this laptop):  http://localhost:${server.port}/`,
    `  Phones join at:                   ${info.joinUrl}`,
    `  Room code:                        ${info.room}`,
    ...(others.length > 0
      ? ['', `  Also reachable at: ${others.join('  ')}`, '  (use --public-host to put another address in the QR code)']
      : []),
    ...(info.addresses[0]?.includes('localhost')
      ? [
          '',
          '  No network found: phones cannot reach this laptop. Join a Wi-Fi network (or start a hotspot) and restart.',
        ]
      : []),
    '',
    '  Phones and laptop must be on the same Wi-Fi. Nothing about participants is stored;',
    '  the room ends when you stop the server (Ctrl+C).',
    '',
  ].join('\n'),
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  console.log('The workshop room is closed.');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
