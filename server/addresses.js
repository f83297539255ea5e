// @ts-check
// Where phones can reach the laptop: its IPv4 addresses on the local network.
import { networkInterfaces } from 'node:os';

/** @param {string} address */
function isPrivate(address) {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);
}

/**
 * The laptop's non-loopback IPv4 addresses, private (home, office, hotspot) ranges first —
 * those are the ones phones on the same Wi-Fi can open.
 * @returns {string[]}
 */
export function lanAddresses() {
  /** @type {string[]} */
  const found = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
    }
  }
  return found.sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
}

/**
 * The host names phones should use for a server bound to `bindHost`.
 * @param {string} bindHost
 * @returns {string[]}
 */
export function reachableHosts(bindHost) {
  if (bindHost === '0.0.0.0' || bindHost === '::') {
    const lan = lanAddresses();
    return lan.length > 0 ? lan : ['localhost'];
  }
  return [bindHost.includes(':') ? `[${bindHost}]` : bindHost];
}
