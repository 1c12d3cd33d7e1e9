import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '.';
import { load } from './load';
import { codeRoot } from './cache';
import { computePositions } from './layout';
import { layoutInput, layoutInThread, positionsOf } from './layout-thread';
import { runInThread } from './thread';
import { FIXTURE } from '../adapters/fixtures';

describe('the layout on a thread of its own', () => {
  it('gives the positions computePositions gives here (samples, fixture), from the small input it sends', async () => {
    const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
    for (const d of [dataset, FIXTURE]) {
      expect(computePositions(layoutInput(d))).toEqual(computePositions(d));
      expect(await layoutInThread(codeRoot(), d)).toEqual(computePositions(d));
    }
  }, 60_000);

  it('an unchanged graph is not laid out again (the same positions); a changed one is', async () => {
    const first = await layoutInThread(codeRoot(), FIXTURE);
    expect(await layoutInThread(codeRoot(), JSON.parse(JSON.stringify(FIXTURE)) as typeof FIXTURE)).toBe(first);
    expect(positionsOf(FIXTURE)).toBe(first);
    const fewer = { ...FIXTURE, edges: FIXTURE.edges.slice(1) };
    const again = await layoutInThread(codeRoot(), fewer);
    expect(again).not.toBe(first);
    expect(again).toEqual(computePositions(fewer));
    expect(positionsOf(fewer)).toBe(again);
  }, 60_000);

  it('a thread whose function throws rejects (the caller then lays out here)', async () => {
    await expect(runInThread(codeRoot(), 'lib/compile/layout-thread.ts', 'layoutJob', () => null)).rejects.toThrow();
    await expect(runInThread(codeRoot(), 'lib/compile/no-such-module.ts', 'x', () => 1)).rejects.toThrow();
  }, 60_000);
});
