import { describe, expect, it } from 'vitest';
import { compile } from '../index';
import type { CompileInputs, SourceDoc } from '../types';
import { UNNAMED_VOICE, VOICE_FOR } from './unnamed-voice';

/** the statements compiled from one invented article: [speaker, rules] */
function statementsOf(text: string): { speaker: string; rules: string[] }[] {
  const inputs: CompileInputs = {
    documents: [{ id: 't', file: 'data/documents/t.md', meta: { title: 't', outlet: 'o', published: '2025-03-04', kind: 'article' } as SourceDoc['meta'], body: `${text}\n`, bodyLine: 7 }],
    actors: [
      { id: 'anna-alder', name: 'Anna Alder', kind: 'person', aliases: ['Alder'], titles: [] },
      { id: 'nordvik-front', name: 'Nordvik Front', kind: 'organization', aliases: [], titles: [] },
      { id: 'avalonia', name: 'Avalonia', kind: 'country', aliases: [], titles: [] },
    ],
    places: [],
    lexicon: { outlets: [], notPeople: [] },
    corrections: [],
    problems: [],
  };
  const r = compile(inputs);
  return (r.dataset.events as { type: string; participants: string[]; rules?: { rule: string }[] }[])
    .filter((e) => e.type === 'statement')
    .map((e) => ({ speaker: e.participants[0], rules: (e.rules ?? []).map((w) => w.rule) }));
}

describe('unnamed voice of a body: the body speaks', () => {
  it('rows match their examples', () => {
    expect(UNNAMED_VOICE.pattern.test(UNNAMED_VOICE.example)).toBe(true);
    expect(VOICE_FOR.pattern.test(VOICE_FOR.example)).toBe(true);
  });
  it('unnamed-voice-of-body: "a Nordvik Front spokesperson said" is the Front\'s statement', () => {
    const s = statementsOf('A Nordvik Front spokesperson on Monday said the harbour talks with Avalonia would go on.');
    expect(s.map((x) => x.speaker)).toEqual(['nordvik-front']);
    expect(s[0].rules).toContain('unnamed-voice-of-body');
  });
  it('a named spokesperson stays the speaker (body-in-title)', () => {
    const s = statementsOf('Nordvik Front spokesperson Anna Alder said on Monday the harbour talks with Avalonia would go on.');
    expect(s.map((x) => x.speaker)).toEqual(['anna-alder']);
  });
  it('the body as a modifier of others ("Nordvik Front members") is still no speaker', () => {
    expect(statementsOf('Nordvik Front members said on Monday the harbour talks with Avalonia would go on.').filter((x) => x.speaker === 'nordvik-front')).toEqual([]);
  });
});
