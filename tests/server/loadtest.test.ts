// The load test (tools/workshop/loadtest.mjs) in a smaller size, so every run of the suite
// checks that counts stay exact with joins, drops and reconnects — and with a hostile guest
// in the room the whole time. `npm run loadtest` runs the full 100 phones × 10 choices and
// prints the latency.
import { describe, expect, it } from 'vitest';
import { runLoadTest } from '../../tools/workshop/loadtest.mjs';

describe('load test', () => {
  it('50 phones through 5 choices with a hostile guest: every count exact, every returning phone keeps its vote', async () => {
    const report = await runLoadTest({ phones: 50, choices: 5, seed: 7 });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.joins).toBe(50);
    // The script really did drop and bring back phones, and sent double taps.
    expect(report.drops).toBeGreaterThan(0);
    expect(report.reconnects).toBe(report.drops);
    expect(report.duplicates).toBeGreaterThan(0);
    // Every counted ballot reached the projector and was timed.
    expect(report.latencyMs.count).toBe(report.ballots);
    // The guest attacked at least once all round, and was held every time: its second
    // identity never voted, its extra sockets were refused or closed, its flood was closed.
    const hostile = report.hostile!;
    expect(hostile.rounds).toBeGreaterThan(0);
    expect(hostile.deviceVoted).toBe(5);
    expect(hostile.ballots).toBe(5);
    expect(hostile.refusedSockets).toBeGreaterThan(0);
    expect(hostile.duplicateCloses).toBeGreaterThan(0);
    expect(hostile.floodCloses).toBeGreaterThan(0);
    expect(hostile.refused).toBeGreaterThan(0);
    expect(report.xcardAlerts).toBeLessThanOrEqual(2);
  });
});
