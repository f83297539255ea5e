// @ts-check
// The workshop server on its own thread for the load test, so the server's event loop is
// not shared with a hundred simulated phones and the measured latency is the server's.
import { parentPort, workerData } from 'node:worker_threads';
import { startRoomServer } from '../../server/room-server.js';

if (!parentPort) throw new Error('server-worker.mjs runs as a worker thread');
const port = parentPort;
const server = await startRoomServer({ host: '127.0.0.1', port: 0, limits: workerData.limits });
port.postMessage({ url: server.wsUrl, code: server.code, secret: server.secret });
port.on('message', async (message) => {
  if (message === 'close') {
    await server.close();
    port.close();
  }
});
