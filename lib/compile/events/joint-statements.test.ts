import { describe, expect, it } from 'vitest';
import { compile } from '../index';
import type { CompileInputs, SourceDoc } from '../types';
import { JOINT_ROWS } from './joint-statements';

/** the statements (all participants, first = speaker) and agreements compiled from one invented article */
function eventsOf(text: string): { type: string; participants: string[]; rules: string[] }[] {
  const inputs: CompileInputs = {
    documents: [{ id: 't', file: 'data/documents/t.md', meta: { title: 't', outlet: 'o', published: '2025-03-04', kind: 'article' } as SourceDoc['meta'], body: `${text}\n`, bodyLine: 7 }],
    actors: [
      { id: 'anna-alder', name: 'Anna Alder', kind: 'person', aliases: ['Alder'], titles: [] },
      { id: 'boris-birch', name: 'Boris Birch', kind: 'person', aliases: ['Birch'], titles: [] },
      { id: 'nordvik', name: 'Nordvik', kind: 'country', aliases: [], titles: [] },
      { id: 'avalonia', name: 'Avalonia', kind: 'country', aliases: [], titles: [] },
      { id: 'cedaria', name: 'Cedaria', kind: 'country', aliases: [], titles: [] },
    ],
    places: [],
    lexicon: { outlets: [], notPeople: [] },
    corrections: [],
    problems: [],
  };
  const r = compile(inputs);
  return (r.dataset.events as { type: string; participants: string[]; rules?: { rule: string }[] }[]).map((e) => ({ type: e.type, participants: e.participants, rules: (e.rules ?? []).map((w) => w.rule) }));
}
const joint = (text: string) => eventsOf(text).filter((e) => e.type === 'statement' && e.rules.includes('joint-statement'));

describe('joint statements: one statement of all the issuers', () => {
  it('rows match their examples', () => {
    // the guards read the words before the joint text
    const lead = (t: string) => t.slice(0, JOINT_ROWS.jointText.pattern.exec(t)?.index ?? t.length);
    for (const r of Object.values(JOINT_ROWS)) expect(r.pattern.test(r.example) || r.pattern.test(lead(r.example)), r.id).toBe(true);
  });
  it('joint-issuers-subject: "A and B said in a joint statement" is one statement of both', () => {
    const s = joint('Avalonia and Nordvik said in a joint statement on Monday that the border would reopen.');
    expect(s).toHaveLength(1);
    expect([...s[0].participants].sort()).toEqual(['avalonia', 'nordvik']);
    expect(s[0].rules).toContain('joint-issuers-subject');
  });
  it('joint-issuers-after: "In a joint statement, Alder and Birch said …"', () => {
    const s = joint('In a joint statement, Alder and Birch said the harbour question needs more study.');
    expect(s).toHaveLength(1);
    expect([...s[0].participants].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('a third party\'s joint statement on others\' deal: the issuers speak', () => {
    const s = joint('The two armies signed a truce to take effect at noon local time in Cedaria, Avalonia and Nordvik said in a joint statement.');
    expect(s).toHaveLength(1);
    expect([...s[0].participants].sort()).toEqual(['avalonia', 'nordvik']);
  });
  it('joint-issuers-in-noun: "a joint Avalonia-Nordvik statement said" names its issuers inside the noun phrase', () => {
    const s = joint('“The harbour will stay open,” a joint Avalonia-Nordvik statement released on Monday said.');
    expect(s).toHaveLength(1);
    expect([...s[0].participants].sort()).toEqual(['avalonia', 'nordvik']);
    expect(s[0].rules).toContain('joint-issuers-in-noun');
  });
  it('a remark of one issuer told by the same sentence is widened, not doubled', () => {
    const s = eventsOf('Avalonia and Nordvik said in a joint statement on Monday that the harbour will stay open.').filter((e) => e.type === 'statement');
    expect(s).toHaveLength(1);
  });
  it('joint-text-signed: a signed joint declaration is no statement', () => {
    expect(joint('Alder and Birch signed a joint declaration of friendship in Avalon on Monday.')).toEqual([]);
  });
  it('joint-text-to-come: a joint statement still to come is no statement', () => {
    expect(joint('Alder and Birch will issue a joint statement after the talks on Monday.')).toEqual([]);
  });
  it('joint-text-of-another-year and apposition: background and named documents are left alone', () => {
    expect(joint('Alder cited the 1972 joint communique between Avalonia and Nordvik.')).toEqual([]);
    expect(joint('Avalonia and Nordvik released the Birch Charter, a joint statement that sets out their aims.')).toEqual([]);
  });
  it('the issuers\' own deal told before the joint text is theirs as an agreement', () => {
    expect(joint('Avalonia and Nordvik struck a deal over fishing and then put out a joint statement on Monday.')).toEqual([]);
  });
  it('fewer than two issuers named: nothing', () => {
    expect(joint('A joint statement was released on Monday.')).toEqual([]);
  });
});
