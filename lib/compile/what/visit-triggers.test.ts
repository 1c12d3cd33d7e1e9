import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';

const rules = (s: string) => findTriggers(s).map((h) => h.rule.id);

describe('visit rows: arrival told beside another happening', () => {
  it('visit-arrival-noun: a possessor with "the" ("upon the president’s arrival in Avalon")', () => {
    expect(rules('Alder and Birch shared a handshake upon the president’s arrival in Avalon on Friday')).toContain('visit-arrival-noun');
    expect(rules('Crowds cheered Birch upon his arrival in Avalon')).toContain('visit-arrival-noun');
  });
  it('visit-touched-down: "soon after touching down in Avalon"', () => {
    expect(rules('Alder welcomed Birch soon after touching down in Avalon on the second stop of the tour')).toContain('visit-touched-down');
    expect(rules('the plane touched down at Avalon airport')).toContain('visit-touched-down');
    expect(rules('the talks touched on trade')).not.toContain('visit-touched-down');
  });
});
