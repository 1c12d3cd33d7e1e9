import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';

const rules = (s: string) => findTriggers(s).map((h) => h.rule.id);

describe('statement rows: a remark told as a light verb and a noun of speaking', () => {
  it('statement-made-remarks: remarks, comments, an announcement', () => {
    expect(rules('The Nordvik envoy made remarks about Avalon')).toContain('statement-made-remarks');
    expect(rules("Tomas Vell of Cedar came out with some comments about the accord")).toContain('statement-made-remarks');
    expect(rules('Late on Friday the palace made an announcement')).toContain('statement-made-remarks');
  });
  it('statement-made-remarks: a press or news conference held or presided over', () => {
    expect(rules('Mara Quist held a press conference in Alder on the coming summit')).toContain('statement-made-remarks');
    expect(rules('Tomas Vell, the spokesman, presided over the weekly news briefing')).toContain('statement-made-remarks');
    expect(rules('Mara Quist gave a news conference in Birch on Thursday')).toContain('statement-made-remarks');
  });
  it('statement-made-remarks: not a comment read or a conference attended', () => {
    expect(rules('Mara Quist read the comments of the Nordvik envoy')).not.toContain('statement-made-remarks');
    expect(rules('Tomas Vell attended a press conference in Cedar')).not.toContain('statement-made-remarks');
    expect(rules('Tomas Vell will hold a press conference in Cedar')).not.toContain('statement-made-remarks');
    // a back-reference to a remark told before ("… Quist made the announcement in Alder on Tuesday") dates that remark
    expect(rules('Quist made the announcement in Alder on Tuesday')).not.toContain('statement-made-remarks');
  });
});
