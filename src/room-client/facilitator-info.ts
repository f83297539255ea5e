// Is this game served by `npm run workshop`? The workshop server hands the room's code
// and the facilitator's secret to the laptop itself (and nobody else). Anywhere else —
// the dev server, a static host, a phone — there is no room, and workshop mode counts
// hands as before.
import * as v from 'valibot';
import { FACILITATOR_INFO_PATH, type FacilitatorInfo, FacilitatorInfoSchema } from '../../common/protocol.js';

export type RoomDiscovery =
  | { readonly kind: 'available'; readonly info: FacilitatorInfo }
  /** A workshop server, but this page was not opened on the laptop running it. */
  | { readonly kind: 'not-this-laptop' }
  /** No workshop server behind this page. */
  | { readonly kind: 'none' };

/**
 * How long to wait for the answer before counting hands. Only a guard against a server that
 * takes the request and never answers: a static host answers at once, and the workshop server
 * on a busy laptop (the room's code drawn as a QR code first) may take seconds — which, with
 * a shorter guard, silently left the facilitator without phones.
 */
export const DISCOVERY_TIMEOUT_MS = 20_000;

export async function discoverRoom(
  fetchImpl: typeof fetch = fetch,
  timeoutMs = DISCOVERY_TIMEOUT_MS,
): Promise<RoomDiscovery> {
  let response: Response;
  try {
    response = await fetchImpl(FACILITATOR_INFO_PATH, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    return { kind: 'none' };
  }
  if (response.status === 403) return { kind: 'not-this-laptop' };
  // A static host may answer every path with index.html: only JSON in our shape counts.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json'))
    return { kind: 'none' };
  try {
    const parsed = v.safeParse(FacilitatorInfoSchema, await response.json());
    return parsed.success ? { kind: 'available', info: parsed.output } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}
