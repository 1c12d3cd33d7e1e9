import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { compile } from '../compile';
import { load } from '../compile/load';
import { computePositions } from '../compile/layout';
import type { Dataset } from '../schema';
import { CHUNK } from './chunk';
import { splitFiles } from './split';
import { splitEntries } from './split-stream';

describe('splitEntries: the split files one at a time', () => {
  const samples = compile(load(join(process.cwd(), 'data'), process.cwd())).dataset;
  // more than one chunk of events (and a last chunk not full)
  const many: Dataset = {
    ...samples,
    events: Array.from({ length: 2 * CHUNK + 7 }, (_, i) => ({ ...samples.events[i % samples.events.length], id: `${samples.events[i % samples.events.length].id}-${i}` })),
  };
  const cases: [string, Dataset][] = [
    ['the fixture', FIXTURE],
    ['the compiled samples', samples],
    ['events over several chunks', many],
    ['no events', { ...FIXTURE, events: [], edges: [] }],
  ];
  for (const [name, d] of cases) {
    it(`${name}: the same paths, bytes and order as splitFiles`, () => {
      const positions = computePositions(d);
      const streamed = [...splitEntries(d, positions)];
      expect(streamed.map(([p]) => p)).toEqual([...splitFiles(d, positions).keys()]);
      expect(new Map(streamed)).toEqual(splitFiles(d, positions));
    });
  }
});
