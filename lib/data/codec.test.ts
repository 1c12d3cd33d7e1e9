import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions } from '../compile/layout';
import { decodeIndex, encodeIndex, isIndexWire } from './codec';
import { toIndex } from './split';

describe('index codec', () => {
  it('gives back exactly the index it encoded', () => {
    const index = toIndex(FIXTURE, computePositions(FIXTURE));
    const wire = JSON.parse(JSON.stringify(encodeIndex(index))) as unknown;
    expect(isIndexWire(wire)).toBe(true);
    expect(decodeIndex(wire as ReturnType<typeof encodeIndex>)).toEqual(index);
  });

  it('keeps ids that do not follow the pattern, and references to unknown actors', () => {
    const index = toIndex(FIXTURE, {});
    index.events[0] = { ...index.events[0], id: 'custom-id', participants: ['nobody-known', ...index.events[0].participants] };
    index.events[1] = { ...index.events[1], id: `${index.events[1].type}-${index.events[1].date ?? 'undated'}-${index.events[1].participants.join('-')}-abc123` };
    index.edges[0] = { ...index.edges[0], eventIds: ['custom-id', 'gone'] };
    const wire = encodeIndex(index);
    expect(wire.events.id[1]).toEqual([1, 'abc123']);
    expect(decodeIndex(wire)).toEqual(index);
  });
});
