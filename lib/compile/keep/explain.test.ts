import { describe, expect, it } from 'vitest';
import { droppedReportLines, explainDrop } from './explain';

describe('keep explain', () => {
  it('names the three features that weighed most against a dropped event, most negative first', () => {
    const w = { bias: 1, 'date-lag:15+': -0.6, 'in-quotation:all': -0.4, 'docs:1': -0.1, 'type:call': -0.05, 'position:later': 0.2 };
    const d = explainDrop({ id: 'call-x', title: 'Alder calls Birch' }, ['date-lag:15+', 'docs:1', 'in-quotation:all', 'position:later', 'type:call'], w, 0.41234, 0.6);
    expect(d.against.map((a) => a.id)).toEqual(['date-lag:15+', 'in-quotation:all', 'docs:1']);
    expect(d.score).toBe(0.412);
    const lines = droppedReportLines([d]);
    expect(lines[0]).toMatch(/1 event\(s\) scored below 0.6/);
    expect(lines[1]).toContain('call-x');
    expect(lines[1]).toContain('date-lag:15+ (-0.6)');
  });

  it('lists the drops of the stale rules apart, with their rule and lag', () => {
    const lines = droppedReportLines([{ eventId: 'visit-alder-avalon', title: 'Alder visits Avalon', score: 0, threshold: 0, against: [], rule: 'stale-plan', lag: 93 }]);
    expect(lines).toEqual([expect.stringMatching(/stale rules .*1 event/), '  visit-alder-avalon — stale-plan: dated 93 days before its first report']);
  });

  it('no drops, no lines', () => {
    expect(droppedReportLines([])).toEqual([]);
  });
});
