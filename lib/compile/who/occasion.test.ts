import { describe, expect, it } from 'vitest';
import { EN_OCCASION } from '../lang/en-who';
import { occasionRules, occasionsOf } from './occasion';

describe('occasion of a remark (lang/en-who.ts EN_OCCASION)', () => {
  for (const r of Object.values(EN_OCCASION))
    it(`${r.id}: its example names that occasion and no other`, () => {
      expect(occasionRules(r.example).map((x) => x.id)).toEqual([r.id]);
    });
  it('occasion-press: talking to newsmen, telling reporters, a news conference', () => {
    for (const t of ['Alder, while talking to newsmen in Avalon, said the meeting was cordial.', 'Alder told reporters he expects to call Birch.', 'Birch told a news conference late on Saturday that a deal was reached.'])
      expect(occasionRules(t).map((x) => x.id)).toEqual([EN_OCCASION.press.id]);
  });
  it('occasion-post: "Alder tweeted.", "according to a statement Alder tweeted" (a post and a written statement)', () => {
    expect(occasionRules('Alder tweeted.').map((x) => x.id)).toEqual([EN_OCCASION.post.id]);
    expect(occasionRules('Alder spoke with Birch on Friday, according to a statement Alder tweeted Friday.').map((x) => x.id)).toEqual([EN_OCCASION.written.id, EN_OCCASION.post.id]);
  });
  it('no occasion: a plain "said", a visit, words about a statement that are no occasion of the remark', () => {
    expect(occasionRules('Alder said the deal could bring peace to the region.')).toEqual([]);
    expect(occasionRules('Alder signed the statement of principles in Avalon.')).toEqual([]);
    expect(occasionRules('Alder visited the press centre.')).toEqual([]);
  });
  it('words inside the quotation marks are the remark, not its occasion', () => {
    const t = 'Alder said: "I read his statement in an interview yesterday."';
    const q = t.indexOf('"');
    expect(occasionRules(t, [{ start: q, end: t.length }])).toEqual([]);
    expect(occasionRules(t).map((x) => x.id)).toEqual([EN_OCCASION.interview.id]);
  });
  it('occasionsOf reads the occasion rules back from a report, sorted, once each', () => {
    expect(
      occasionsOf([
        { stage: 'trigger', rule: 'statement-said' },
        { stage: 'occasion', rule: 'occasion-written' },
        { stage: 'occasion', rule: 'occasion-press' },
        { stage: 'occasion', rule: 'occasion-written' },
      ]),
    ).toEqual(['occasion-press', 'occasion-written']);
    expect(occasionsOf(undefined)).toEqual([]);
  });
});
