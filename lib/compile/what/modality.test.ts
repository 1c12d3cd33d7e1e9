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

describe('modalityOf: negated-future', () => {
  it('"won\'t visit … after all", "will not sign": a plan called off', () => {
    expect(modalityOf("president alder won't ", 'visit', ' avalon this year after all')).toBe('cancelled');
    expect(modalityOf('president alder will not ', 'sign', ' a joint agreement with birch')).toBe('cancelled');
    expect(modalityOf('alder is not going to ', 'meet', ' birch')).toBe('cancelled');
  });
  it('a negation that does not govern the happening leaves it alone', () => {
    expect(modalityOf("alder said he won't give up, and ", 'met', ' birch on monday')).toBe('happened');
  });
  it('"had been delayed until Friday", "has been pushed back to May": postponed, so the day first set is called off; "delayed by the storm" alone is not', () => {
    expect(modalityOf('a scheduled ', 'meeting', ' of the pair, set for monday, had been delayed until next week because of floods')).toBe('cancelled');
    expect(modalityOf("alder's ", 'trip to', ' nordvik has been pushed back to may')).toBe('cancelled');
    expect(modalityOf('alder ', 'met', ' birch after a flight delayed by fog')).not.toBe('cancelled');
  });
  it('turned-down: a request or invitation for the happening refused; asked-for: a request is no happening yet', () => {
    expect(modalityOf('alder claims he turned down birch request for ', 'meeting', '')).toBe('cancelled');
    expect(modalityOf("birch declined alder's invitation to a ", 'meeting', '')).toBe('cancelled');
    expect(modalityOf('cedar turned down a dogwood ', 'meeting', '')).toBe('cancelled');
    expect(modalityOf('alder asked for a ', 'meeting', ' with birch during his visit')).toBe('planned');
    expect(modalityOf('', 'meeting', ' with birch, but was turned down')).toBe('cancelled');
    expect(modalityOf('alder ', 'met', ' birch, who had rejected the plan')).toBe('happened');
  });
});
