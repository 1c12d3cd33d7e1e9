import { describe, expect, it } from 'vitest';
import { compile } from '../index';
import type { CompileInputs, SourceDoc } from '../types';

/** the statements (speaker, respondsTo) compiled from one article, with two invented people in the data file */
function statementsOf(text: string): { speaker: string; respondsTo: string[] }[] {
  const inputs: CompileInputs = {
    documents: [{ id: 't', file: 'data/documents/t.md', meta: { title: 't', outlet: 'o', published: '2025-02-18', kind: 'article' } as SourceDoc['meta'], body: `${text}\n`, bodyLine: 7 }],
    actors: [
      { id: 'anna-alder', name: 'Anna Alder', kind: 'person', aliases: ['Alder'], titles: [] },
      { id: 'boris-birch', name: 'Boris Birch', kind: 'person', aliases: ['Birch'], titles: [] },
      { id: 'nordvik', name: 'Nordvik', kind: 'country', aliases: [], titles: [] },
      { id: 'avalonia', name: 'Avalonia', kind: 'country', aliases: ['Avalonian'], titles: [] },
    ],
    places: [],
    lexicon: { outlets: [], notPeople: [] },
    corrections: [],
    problems: [],
  };
  const r = compile(inputs);
  return (r.dataset.events as { type: string; participants: string[]; respondsTo?: string[] }[])
    .filter((e) => e.type === 'statement')
    .map((e) => ({ speaker: e.participants[0], respondsTo: e.respondsTo ?? [] }));
}

describe('statements: speakers and whom they answer', () => {
  it('others-of-the-named: "Birch’s party saying …" is no statement of Birch', () => {
    expect(statementsOf('On Birch’s party saying that the leader was detained, Alder said on Monday he would not comment.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
  it('disputed-words-of: "Alder said …, disputing Birch’s account" answers Birch', () => {
    expect(statementsOf('Alder said on Monday, disputing Birch’s account of why the talks ended.')).toEqual([{ speaker: 'anna-alder', respondsTo: ['boris-birch'] }]);
  });
  it('country-as-speaker: a country opening its clause before an answering verb speaks (its government)', () => {
    expect(statementsOf('Nordvik has rejected Birch’s allegations as absurd.')).toEqual([{ speaker: 'nordvik', respondsTo: ['boris-birch'] }]);
  });
  it('country-as-speaker: never inside a quote, never before a plain "said", never after other words', () => {
    expect(statementsOf('“Nordvik rejected the plan last week,” Alder said on Monday.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(statementsOf('Nordvik said on Monday that the talks would resume.')).toEqual([]);
    expect(statementsOf('The strikes on Nordvik condemned by the envoys went on.')).toEqual([]);
  });
  it('displeasure-over: displeasure over what another did answers them, a country may voice it', () => {
    expect(statementsOf('Tensions rose last week when Nordvik expressed “deep disappointment” over Avalonian officials’ visits to a shrine.')).toEqual([
      { speaker: 'nordvik', respondsTo: ['avalonia'] },
    ]);
    expect(statementsOf('Alder expressed concern over Birch’s remarks on Monday.')).toEqual([{ speaker: 'anna-alder', respondsTo: ['boris-birch'] }]);
    expect(statementsOf('Nordvik expressed its support for the plan.')).toEqual([]);
  });
});
