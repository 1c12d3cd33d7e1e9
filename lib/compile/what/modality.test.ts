/** Modality: a happening whose own verb drops or abandons it was called off. */
import { describe, expect, it } from 'vitest';
import { modalityOf } from './modality';

describe('modalityOf: dropped happenings', () => {
  it('"decided to drop the bilateral meeting with B", "abandoned a planned visit": cancelled', () => {
    expect(modalityOf('Alder personally took the decision to drop the bilateral ', 'meeting', ' with Birch, the sources said.')).toBe('cancelled');
    expect(modalityOf('Nordvik abandoned a planned ', 'visit', ' to Avalon.')).toBe('cancelled');
  });
  it('"dropped" elsewhere in the clause does not cancel the happening', () => {
    expect(modalityOf('After prices dropped sharply, Alder ', 'met', ' Birch in Avalon.')).toBe('happened');
    expect(modalityOf('Alder dropped his demand and ', 'met', ' Birch in Avalon.')).toBe('happened');
  });
});
