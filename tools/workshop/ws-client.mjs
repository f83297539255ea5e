// @ts-check
// A WebSocket client for the load test and its hostile guest: send JSON, wait for the
// message that matches, drop without a goodbye as a sleeping phone does.
import WebSocket from 'ws';

/** @typedef {Record<string, any>} Message */

/** @param {number} ms */
export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A distinct loopback address per simulated device (Linux routes all of 127/8 to the
 * loopback interface), so the server tells phones apart as it does on a Wi-Fi.
 * @param {number} n
 */
export function deviceAddress(n) {
  return `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

/** One WebSocket with "wait for the message that matches". */
export class Client {
  /** @param {string} url @param {string} [from] the local address to connect from */
  constructor(url, from) {
    this.url = url;
    this.from = from;
    /** @type {WebSocket | null} */
    this.ws = null;
    /** @type {Message[]} */
    this.inbox = [];
    /** @type {{ predicate: (m: Message) => boolean, resolve: (m: Message) => void, reject: (e: Error) => void }[]} */
    this.waiters = [];
    /** @type {((m: Message) => void) | null} */
    this.onMessage = null;
    /** @type {Promise<number>} the close code of the current socket, once it closes */
    this.closed = Promise.resolve(0);
  }

  /** @returns {Promise<void>} */
  open() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, this.from ? { localAddress: this.from } : {});
      this.ws = ws;
      this.inbox = [];
      ws.on('message', (data) => {
        const message = JSON.parse(String(data));
        this.onMessage?.(message);
        const index = this.waiters.findIndex((w) => w.predicate(message));
        if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(message);
        else this.inbox.push(message);
      });
      this.closed = new Promise((done) => ws.once('close', (code) => done(code)));
      ws.once('open', () => resolve());
      ws.on('error', () => {});
      ws.once('error', reject);
    });
  }

  /** @param {object} message */
  send(message) {
    this.ws?.send(JSON.stringify(message));
  }

  /** @param {(m: Message) => boolean} predicate @param {number} [timeoutMs] @returns {Promise<Message>} */
  next(predicate, timeoutMs = 10_000) {
    const index = this.inbox.findIndex(predicate);
    if (index >= 0) return Promise.resolve(/** @type {Message} */ (this.inbox.splice(index, 1)[0]));
    return new Promise((resolve, reject) => {
      /** @type {{ predicate: (m: Message) => boolean, resolve: (m: Message) => void, reject: (e: Error) => void }} */
      const waiter = {
        predicate,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject,
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting; last messages: ${JSON.stringify(this.inbox.slice(-3))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The socket goes away the way a sleeping phone's does: no goodbye. */
  drop() {
    this.ws?.terminate();
    this.ws = null;
  }

  close() {
    this.ws?.close();
    this.ws = null;
  }
}
