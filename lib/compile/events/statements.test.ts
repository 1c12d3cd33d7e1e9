import { describe, expect, it } from 'vitest';
import { compile } from '../index';
import type { CompileInputs, SourceDoc } from '../types';
import { bodyNotSpeaking, coordinatedWith,
  jointSubject, participleSubject, readoutSubject, remarksOfBody, seatOfCountry, spokespersonOf } from './statements';
import { EN_SPEAKER } from '../lang/en-who';

/** the statements (speaker, respondsTo) compiled from one article, with two invented people in the data file */
function statementsOf(text: string, extra: CompileInputs['actors'] = []): { speaker: string; respondsTo: string[] }[] {
  const inputs: CompileInputs = {
    documents: [{ id: 't', file: 'data/documents/t.md', meta: { title: 't', outlet: 'o', published: '2025-02-18', kind: 'article' } as SourceDoc['meta'], body: `${text}\n`, bodyLine: 7 }],
    actors: [
      { id: 'anna-alder', name: 'Anna Alder', kind: 'person', aliases: ['Alder'], titles: [] },
      { id: 'boris-birch', name: 'Boris Birch', kind: 'person', aliases: ['Birch'], titles: [] },
      { id: 'nordvik', name: 'Nordvik', kind: 'country', aliases: [], titles: [] },
      { id: 'avalonia', name: 'Avalonia', kind: 'country', aliases: ['Avalonian'], titles: [] },
      ...extra,
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
    expect(statementsOf('Nordvik rejected Birch’s allegations as absurd on Monday.')).toEqual([{ speaker: 'nordvik', respondsTo: ['boris-birch'] }]);
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

describe('statements: who speaks, by structure (EN_SPEAKER rows)', () => {
  it('participle-main-subject: ", saying …" shares the main clause’s subject, not the object named nearer', () => {
    expect(statementsOf('Taoiseach Anna Alder hailed a “positive” meeting with Prime Minister Boris Birch on Thursday, saying a deal is possible.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(statementsOf('Nordvik’s envoy Anna Alder met for an hour on Monday with Boris Birch, saying afterwards the two sides agreed.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
  it(`${EN_SPEAKER.participleOfUnnamedSubject.id}: "Birch will arrive on Monday, the palace said, adding …" is no statement of Birch`, () => {
    const birch = { actorId: 'boris-birch', kind: 'person' as const, start: 0, end: 0, score: 1, via: 'name' as const, surface: 'Boris Birch' };
    expect(statementsOf('Boris Birch will arrive on Monday, the palace said, adding that details would follow.').map((x) => x.speaker)).toEqual([]);
    const t = 'Boris Birch will arrive on Monday, the palace said, adding that details would follow';
    expect(participleSubject(t, [{ ...birch, start: 0, end: 11 }], t.indexOf('adding'), [])).toBeNull();
    // a named subject of the verb before still lends it
    const t2 = 'The talks ended on Monday, Boris Birch said, adding that details would follow';
    expect(participleSubject(t2, [{ ...birch, start: t2.indexOf('Boris'), end: t2.indexOf('Boris') + 11 }], t2.indexOf('adding'), [])?.actorId).toBe('boris-birch');
    expect(EN_SPEAKER.participleOfUnnamedSubject.pattern.test(EN_SPEAKER.participleOfUnnamedSubject.example)).toBe(true);
  });
  it('participle-main-subject: no opinion without a comma, after a preposition or a pronoun subject', () => {
    const birch = { actorId: 'boris-birch', kind: 'person' as const, start: 0, end: 0, score: 1, via: 'name' as const, surface: 'Boris Birch' };
    const at = (text: string, name: string) => ({ ...birch, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const t1 = 'Boris Birch sent his envoy as we have been saying';
    expect(participleSubject(t1, [at(t1, 'Boris Birch')], t1.indexOf('saying'), [])).toBeNull();
    const t2 = 'On Monday, she met with Boris Birch in the capital, saying the talks went well';
    expect(participleSubject(t2, [at(t2, 'Boris Birch')], t2.indexOf('saying'), [])).toBeNull();
    const t3 = 'Boris Birch met the envoys in the capital, saying the talks went well';
    expect(participleSubject(t3, [at(t3, 'Boris Birch')], t3.indexOf('saying'), [])?.actorId).toBe('boris-birch');
    expect(EN_SPEAKER.participleSubject.pattern.test('saying')).toBe(true);
  });
  it('anonymous-source: "…, the sources said" and "a source close to X said" are no statements of the one named', () => {
    expect(statementsOf('Alder took the decision to drop the meeting with Boris Birch, the sources said.').map((s) => s.speaker)).not.toContain('boris-birch');
    expect(statementsOf('A source close to Boris Birch said on Monday that the talks had been useful.').map((s) => s.speaker)).toEqual([]);
    expect(statementsOf('Palace sources said it was delighted that Boris Birch wanted the visit.').map((s) => s.speaker)).toEqual([]);
    // an apposition is no unnamed source: "Birch, a senior aide, said"
    expect(statementsOf('Boris Birch, a senior aide, said on Monday that the talks had been useful.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.anonymousSource.pattern.test(EN_SPEAKER.anonymousSource.example.replace(/\.$/, ''))).toBe(true);
  });
  it('pronoun-of-office-reference: "the head of X diplomacy said …, he said" is that office’s holder, never a leader named before', () => {
    const text = 'Boris Birch spoke to reporters in the morning. Right after the news, the head of Avalonian diplomacy said he was angry: “It is not done between allies,” he said.';
    expect(statementsOf(text).filter((s) => s.speaker === 'boris-birch')).toEqual([]);
    const known = 'Omani Foreign Minister Maria Rowan recalled the envoys. Boris Birch spoke to reporters. Right after the news, the head of Omani diplomacy said he was angry: “It is not done between allies,” he said.';
    expect(statementsOf(known).map((s) => s.speaker)).toContain('maria-rowan');
    expect(statementsOf(known).map((s) => s.speaker)).not.toContain('boris-birch');
    expect(EN_SPEAKER.officeReferenceSubject.pattern.test(EN_SPEAKER.officeReferenceSubject.example)).toBe(true);
  });
  it('passive-participle: "could be called", "is yet to be confirmed" name no speaker', () => {
    expect(statementsOf('A new agreement between Nordvik and Boris Birch could be called the Cedar Agreement.')).toEqual([]);
    expect(EN_SPEAKER.passiveParticiple.pattern.test(EN_SPEAKER.passiveParticiple.example)).toBe(true);
    expect(EN_SPEAKER.passiveLead.pattern.test(EN_SPEAKER.passiveLead.example)).toBe(true);
    // the active verb still speaks
    expect(statementsOf('Boris Birch called the plan a betrayal on Monday.').map((x) => x.speaker)).toEqual(['boris-birch']);
  });
  it('reported-subject/reported-verb: "X said Birch guided the talks" is no statement of Birch', () => {
    expect(statementsOf('Kovac said Boris Birch guided the talks from the beginning.').map((x) => x.speaker)).not.toContain('boris-birch');
    expect(statementsOf('The statement said Boris Birch will now consult the allies.').map((x) => x.speaker)).not.toContain('boris-birch');
    // the speaker after the verb still speaks ("…,” said Birch on Monday)
    expect(statementsOf('“We are ready,” said Boris Birch on Monday.').map((x) => x.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.reportedSubject.pattern.test(EN_SPEAKER.reportedSubject.example)).toBe(true);
    expect(EN_SPEAKER.reportedVerb.pattern.test(EN_SPEAKER.reportedVerb.example)).toBe(true);
  });
});


describe('statements: a speaker must be able to be the verb’s subject (notTheSpeaker, parentheticalSubject)', () => {
  it(`${EN_SPEAKER.possessorAfterVerb.id}: "Nordvik declared Birch’s visit a goodwill one" is no statement of Birch`, () => {
    expect(statementsOf('Nordvik on Thursday declared Prime Minister Boris Birch’s brief visit a “purely goodwill” one.').map((s) => s.speaker)).not.toContain('boris-birch');
    // the speaker inverted after the verb still speaks
    expect(statementsOf('“The talks were useful,” said Boris Birch on Monday.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.possessorAfterVerb.pattern.test(EN_SPEAKER.possessorAfterVerb.example)).toBe(true);
  });
  it(`${EN_SPEAKER.sourceOfReport.id}: "Alder said …, according to the Nordvik News Agency" is one remark, Alder's`, () => {
    const agency = [{ id: 'nordvik-news-agency', name: 'Nordvik News Agency', kind: 'organization' as const, aliases: [], titles: [] }];
    const text = 'Anna Alder said on Monday that she was willing to talk, according to the Nordvik News Agency.';
    expect(statementsOf(text, agency).map((s) => s.speaker)).toEqual(['anna-alder']);
    // alone, "according to" still names a speaker
    expect(statementsOf('The talks will resume next week, according to Boris Birch.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.sourceOfReport.pattern.test(EN_SPEAKER.sourceOfReport.example)).toBe(true);
  });
  it(`${EN_SPEAKER.possessorBeforeVerb.id}: "Alder’s administration said …" is no statement of Alder`, () => {
    expect(statementsOf('On Monday, President Anna Alder’s administration said the meeting had been delayed.').map((s) => s.speaker)).not.toContain('anna-alder');
    expect(statementsOf('Boris Birch’s spokesman said the talks would go on.').map((s) => s.speaker)).not.toContain('boris-birch');
    // a possessed noun that is the remark's topic, after the verb, or the person speaking plainly
    expect(statementsOf('Anna Alder said on Monday the meeting had been delayed.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(EN_SPEAKER.possessorBeforeVerb.pattern.test(EN_SPEAKER.possessorBeforeVerb.example)).toBe(true);
  });
  it(`${EN_SPEAKER.objectOfPreposition.id}: "a spokeswoman for Alder said …" is no statement of Alder`, () => {
    expect(statementsOf('A spokeswoman for Anna Alder said that the minister would meet envoys in Nordvik.').map((s) => s.speaker)).not.toContain('anna-alder');
    expect(statementsOf('Later, a readout of the call with Boris Birch that says the two agreed to meet was published.').map((s) => s.speaker)).not.toContain('boris-birch');
    expect(statementsOf('The widow of Boris Birch is speaking out about the trial.').map((s) => s.speaker)).not.toContain('boris-birch');
    // the person speaking plainly, with a prepositional phrase elsewhere
    expect(statementsOf('After talks with Boris Birch, Anna Alder said the two would meet again.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(EN_SPEAKER.objectOfPreposition.pattern.test(EN_SPEAKER.objectOfPreposition.example)).toBe(true);
  });
  it(`${EN_SPEAKER.reportedSubject.id}: "a summit text said the Avalon Union had agreed …" is no statement of the one it tells of`, () => {
    const union = [{ id: 'avalon-union', name: 'Avalon Union', kind: 'organization' as const, aliases: [], titles: [] }];
    expect(statementsOf('Instead, a summit document said the Avalon Union had agreed to that support.', union).map((s) => s.speaker)).not.toContain('avalon-union');
    // the unnamed voice of a country before the verb is the speaker instead
    expect(statementsOf('And the Nordvik spokesman said the President Boris Birch thanked the hosts for the talks.').map((s) => s.speaker)).toEqual(['nordvik']);
    expect(EN_SPEAKER.reportedSubject.pattern.test(' the ')).toBe(true);
  });
  it(`${EN_SPEAKER.possessorBeforeVerb.id}: "Birch’s widow says …" is no statement of Birch`, () => {
    expect(statementsOf('In response, Boris Birch’s widow says the ruling is no justice.').map((s) => s.speaker)).not.toContain('boris-birch');
  });
  it(`${EN_SPEAKER.speakerInQuote.id}: a name inside the quoted words is part of the remark`, () => {
    expect(statementsOf('“The accord builds on months of talks led by the envoy Boris Birch,” said the ministry in a note.').map((s) => s.speaker)).toEqual([]);
    expect(statementsOf('“The accord builds on months of talks,” Boris Birch said in a note.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.speakerInQuote.pattern.test(EN_SPEAKER.speakerInQuote.example)).toBe(true);
  });
  it(`${EN_SPEAKER.otherSubjectBetween.id}: "met Birch in Avalon as both sides expressed …" is no statement of Birch`, () => {
    expect(statementsOf('On Monday, Anna Alder met with Boris Birch in Avalon as both sides expressed a desire to stabilize relations.').map((s) => s.speaker)).toEqual([]);
    // a pronoun referring back keeps the named subject
    expect(statementsOf('Boris Birch smiled when he said the talks were useful.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.otherSubjectBetween.pattern.test(EN_SPEAKER.otherSubjectBetween.example)).toBe(true);
  });
  it(`${EN_SPEAKER.parentheticalSubject.id}: "Birch, while talking to reporters in Avalon, said" is Birch’s`, () => {
    expect(statementsOf('Foreign Secretary Boris Birch, while talking to reporters in Avalon, said the meeting was held in a cordial environment.').map((s) => s.speaker)).toEqual(['boris-birch']);
    expect(EN_SPEAKER.parentheticalSubject.pattern.test(EN_SPEAKER.parentheticalSubject.example)).toBe(true);
  });
});

describe(`${EN_SPEAKER.pronounAfterQuote.id}: "“…,” he said" is never a person named inside the quotation`, () => {
  it('a paragraph-long quotation naming a president, closed by "he said", is no statement of that president', () => {
    const text =
      'Anna Alder spoke to reporters in Avalon on Monday.\n\n“We see a new era. It is against this backdrop that President Boris Birch and the premier have decided to hold the summit. The summit will go a long way towards deepening trust between the two neighbours,” he said.';
    expect(statementsOf(text).map((s) => s.speaker)).not.toContain('boris-birch');
  });
  it('a "she added" after a quotation whose speaker is named before it keeps that speaker', () => {
    const text = 'Anna Alder explained that the two leaders will discuss trade.\n\n"The leaders will also discuss how Nordvik and Avalonia can work together on migration," she added.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(EN_SPEAKER.pronounAfterQuote.pattern.test(EN_SPEAKER.pronounAfterQuote.example)).toBe(true);
  });
});

describe(`${EN_SPEAKER.reportedInThatClause.id}: a remark told inside another person's words`, () => {
  it('"Alder reconfirmed that Nordvik condemns …" is no statement of Nordvik; "Alder said that …" stays Alder’s', () => {
    const speakers = statementsOf('Secretary General Anna Alder also reconfirmed that Nordvik categorically condemns terrorism in all its forms.').map((s) => s.speaker);
    expect(speakers).not.toContain('nordvik');
    expect(statementsOf('Anna Alder added that Boris Birch had expressed understanding for the plan.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(EN_SPEAKER.reportedInThatClause.pattern.test(EN_SPEAKER.reportedInThatClause.example)).toBe(true);
  });
});

describe('organisations as speakers (body-in-title, body-in-quote, body-spokesperson)', () => {
  const body = (start: number, end: number) => ({ actorId: 'nordvik-front', kind: 'organization' as const, start, end, score: 1, via: 'name' as const, surface: '' });
  it('an organisation right before a role word is part of a title, not the speaker', () => {
    const text = 'The Nordvik Front spokesman, Ana Alder, said the talks would resume.';
    expect(bodyNotSpeaking(text, body(4, 17), { start: 41, end: 45 })).toBe(true);
    expect(EN_SPEAKER.bodyInTitle.pattern.test(EN_SPEAKER.bodyInTitle.example)).toBe(true);
  });
  it('an organisation inside the quoted words while the verb is outside is not the speaker', () => {
    const text = '“The Nordvik Front will meet in Avalon,” the agency said.';
    expect(bodyNotSpeaking(text, body(5, 18), { start: 52, end: 56 })).toBe(true);
    expect(bodyNotSpeaking('The Nordvik Front said it would meet.', body(4, 17), { start: 18, end: 22 })).toBe(false);
  });
  it('the body speaks through the spokesperson the document names in its title', () => {
    const sentences = [
      { docId: 'd', index: 0, start: 0, end: 50, text: 'Nordvik Front spokesman Ana Alder said it was over.', norm: '' },
      { docId: 'd', index: 1, start: 51, end: 80, text: 'The Nordvik Front said so.', norm: '' },
    ];
    const ms = new Map([
      [0, [{ docId: 'd', sentence: 0, start: 0, end: 13, surface: 'Nordvik Front', actorId: 'nordvik-front', via: 'alias' as const, score: 1 }, { docId: 'd', sentence: 0, start: 24, end: 33, surface: 'Ana Alder', actorId: 'ana-alder', via: 'discovered' as const, score: 0.8 }]],
      [1, [{ docId: 'd', sentence: 1, start: 55, end: 68, surface: 'Nordvik Front', actorId: 'nordvik-front', via: 'alias' as const, score: 1 }]],
    ]);
    const kindOf = (id: string) => (id === 'ana-alder' ? 'person' : 'organization');
    expect(spokespersonOf(sentences, ms, 1, 'nordvik-front', kindOf)).toBe('ana-alder');
    expect(spokespersonOf(sentences, ms, 1, 'other-body', kindOf)).toBeNull();
    expect(EN_SPEAKER.bodySpokesperson.pattern.test(EN_SPEAKER.bodySpokesperson.example)).toBe(true);
  });
});

describe('readout-of-own-leader', () => {
  const actors = new Map([
    ['avalon-palace', { id: 'avalon-palace', name: 'Avalon Palace', kind: 'organization', affiliation: 'FR', aliases: [], role: null, discovered: false, surfaceForms: [] }],
    ['ana-alder', { id: 'ana-alder', name: 'Ana Alder', kind: 'person', affiliation: 'FR', aliases: [], role: null, discovered: false, surfaceForms: [] }],
    ['cedar-birch', { id: 'cedar-birch', name: 'Cedar Birch', kind: 'person', affiliation: 'DE', aliases: [], role: null, discovered: false, surfaceForms: [] }],
  ] as const) as unknown as Map<string, import('../types').ActorInfo>;
  const m = (actorId: string, kind: 'person' | 'organization', text: string, surface: string) => {
    const start = text.indexOf(surface);
    return { actorId, kind, start, end: start + surface.length, score: 1, via: 'name' as const, surface };
  };
  it('an institution quoting its own leader’s act: the leader speaks', () => {
    const text = '“President Ana Alder conveyed her support,” the Avalon Palace said in a readout.';
    const local = [m('ana-alder', 'person', text, 'Ana Alder'), m('avalon-palace', 'organization', text, 'Avalon Palace')];
    const verb = text.indexOf('said');
    expect(readoutSubject(text, local, local[1], { start: verb, end: verb + 4 }, actors)?.actorId).toBe('ana-alder');
    expect(EN_SPEAKER.readoutOfLeader.pattern.test(EN_SPEAKER.readoutOfLeader.example)).toBe(true);
  });
  it('a person of another nation, or one who is not the subject, is not the speaker', () => {
    const text = 'The Avalon Palace said that Cedar Birch visited on Monday.';
    const local = [m('avalon-palace', 'organization', text, 'Avalon Palace'), m('cedar-birch', 'person', text, 'Cedar Birch')];
    const verb = text.indexOf('said');
    expect(readoutSubject(text, local, local[0], { start: verb, end: verb + 4 }, actors)).toBeNull();
    const text2 = 'The Avalon Palace said Ana Alder’s visit was a success.';
    const local2 = [m('avalon-palace', 'organization', text2, 'Avalon Palace'), m('ana-alder', 'person', text2, 'Ana Alder')];
    const v2 = text2.indexOf('said');
    expect(readoutSubject(text2, local2, local2[0], { start: v2, end: v2 + 4 }, actors)).toBeNull();
  });
  it('counts the sentences in which the body speaks', () => {
    const sentences = [
      { docId: 'd', index: 0, start: 0, end: 30, text: 'The Avalon Palace said so.', norm: '' },
      { docId: 'd', index: 1, start: 31, end: 60, text: 'Visitors saw the Avalon Palace.', norm: '' },
    ];
    const ms = new Map([
      [0, [{ docId: 'd', sentence: 0, start: 4, end: 17, surface: 'Avalon Palace', actorId: 'avalon-palace', via: 'name' as const, score: 1 }]],
      [1, [{ docId: 'd', sentence: 1, start: 48, end: 61, surface: 'Avalon Palace', actorId: 'avalon-palace', via: 'name' as const, score: 1 }]],
    ]);
    expect(remarksOfBody(sentences, ms, 'avalon-palace')).toBe(1);
  });
});

describe('coordinated-subject', () => {
  const mk = (actorId: string, kind: 'person' | 'organization' | 'group' | 'country', text: string, surface: string) => {
    const start = text.indexOf(surface);
    return { actorId, kind, start, end: start + surface.length, score: 1, via: 'name' as const, surface };
  };
  it('two parties speaking together: no statement of one of them', () => {
    const t1 = 'On Wednesday, the Freedonian government and the Nordvik Front announced an agreement.';
    const f = mk('nordvik-front', 'group', t1, 'Nordvik Front');
    expect(coordinatedWith(t1, [f], f, t1.indexOf('announced'))).toBe(true);
    const t2 = 'Ana Alder and Cedar Birch confirmed the visits.';
    const a = mk('ana-alder', 'person', t2, 'Ana Alder');
    const b = mk('cedar-birch', 'person', t2, 'Cedar Birch');
    expect(coordinatedWith(t2, [a, b], b, t2.indexOf('confirmed'))).toBe(true);
    expect(coordinatedWith(t2, [a, b], a, t2.indexOf('confirmed'))).toBe(true);
    expect(EN_SPEAKER.coordinatedSubject.pattern.test(EN_SPEAKER.coordinatedSubject.example)).toBe(true);
  });
  it(`${EN_SPEAKER.jointSubjectOfCoordinatedVerb.id}: "Alder and President Birch signed … and stressed …" is no statement of Alder`, () => {
    const withAlder: CompileInputs['actors'] = [{ id: 'ana-alder', name: 'Ana Alder', kind: 'person', aliases: ['Alder'], titles: [] }];
    expect(statementsOf('Ana Alder and President Boris Birch signed a partnership accord and stressed the importance of trade.', withAlder).map((x) => x.speaker)).toEqual([]);
    // one subject: the coordinated verb keeps it
    expect(statementsOf('Ana Alder signed a partnership accord with Boris Birch and stressed the importance of trade.', withAlder).map((x) => x.speaker)).toEqual(['ana-alder']);
    const t = 'Ana Alder and President Boris Birch signed it and stressed';
    const a = mk('ana-alder', 'person', t, 'Ana Alder');
    expect(jointSubject(t, [a, mk('boris-birch', 'person', t, 'Boris Birch')], a, t.indexOf(' and stressed'))).toBe(true);
    expect(EN_SPEAKER.jointSubjectOfCoordinatedVerb.pattern.test(EN_SPEAKER.jointSubjectOfCoordinatedVerb.example)).toBe(true);
  });
  it(`${EN_SPEAKER.anonymousSourceAfter.id}: "According to an aide close to Birch, …" is no statement of Birch`, () => {
    expect(statementsOf('According to an aide close to Boris Birch, the envoy rang him and proposed talks.').map((x) => x.speaker)).not.toContain('boris-birch');
    // the named source after "according to" still speaks
    expect(statementsOf('According to Boris Birch, the president called him and suggested a meeting.').map((x) => x.speaker)).toContain('boris-birch');
    expect(EN_SPEAKER.anonymousSourceAfter.pattern.test(EN_SPEAKER.anonymousSourceAfter.example)).toBe(true);
  });
  it(`${EN_SPEAKER.coordinatedTitledParty.id}: "Mr Alder and Ms Birch announced", "Birch and the Grand Mufti declared" are joint`, () => {
    const t1 = 'Mr Alder and Ms Cedar Birch announced the agreement.';
    const a = mk('ana-alder', 'person', t1, 'Alder');
    const b = mk('cedar-birch', 'person', t1, 'Cedar Birch');
    expect(coordinatedWith(t1, [a, b], a, t1.indexOf('announced'))).toBe(true);
    expect(coordinatedWith(t1, [a, b], b, t1.indexOf('announced'))).toBe(true);
    const t2 = 'Through the document, Cedar Birch and the Grand Mufti declared a new era.';
    expect(coordinatedWith(t2, [mk('cedar-birch', 'person', t2, 'Cedar Birch')], mk('cedar-birch', 'person', t2, 'Cedar Birch'), t2.indexOf('declared'))).toBe(true);
    expect(statementsOf('Through the document, Boris Birch and the Grand Mufti declared a new era of dialogue.').map((x) => x.speaker)).toEqual([]);
    // a clause of its own with a titled subject keeps its speaker
    const t3 = 'Cedar Birch met the envoys and President Alder said the talks were useful.';
    expect(coordinatedWith(t3, [mk('ana-alder', 'person', t3, 'Alder')], mk('ana-alder', 'person', t3, 'Alder'), t3.indexOf('said'))).toBe(false);
    expect(EN_SPEAKER.coordinatedTitledParty.pattern.test(EN_SPEAKER.coordinatedTitledParty.example)).toBe(true);
  });
  it('a clause of its own after "and" keeps its subject', () => {
    const t = 'Ana Alder met the envoys and Cedar Birch said the talks were useful.';
    const b = mk('cedar-birch', 'person', t, 'Cedar Birch');
    expect(coordinatedWith(t, [mk('ana-alder', 'person', t, 'Ana Alder'), b], b, t.indexOf('said'))).toBe(false);
  });
});

describe('seat-of-country-speaker', () => {
  const seat = (text: string, surface: string) => {
    const start = text.indexOf(surface);
    const m = { actorId: 'nordvik', kind: 'country' as const, start, end: start + surface.length, score: 0.8, via: 'alias' as const, surface };
    const p = { docId: 'd', sentence: 0, start, end: start + surface.length, surface, place: 'Palace', kind: 'venue' as const, country: 'NV' };
    return { m, p };
  };
  it('a country named by its seat, opening the sentence or a clause after a connective, speaks', () => {
    const t = 'AVALON — The Palace confirmed on Monday that the talks would go ahead.';
    const { m, p } = seat(t, 'The Palace');
    expect(seatOfCountry(t, [m], [p], { start: 0, end: t.length }, t.indexOf('confirmed'))?.actorId).toBe('nordvik');
    const t2 = 'The answer came on Monday, when the Palace announced a truce.';
    const s2 = seat(t2, 'Palace');
    expect(seatOfCountry(t2, [s2.m], [s2.p], { start: 0, end: t2.length }, t2.indexOf('announced'))?.actorId).toBe('nordvik');
    expect(EN_SPEAKER.seatOfCountry.pattern.test(EN_SPEAKER.seatOfCountry.example)).toBe(true);
  });
  it('"…, the Palace said" after the content only sources it; a seat that is no venue is no seat', () => {
    const t = 'The envoy met the president late on Thursday, the Palace said.';
    const { m, p } = seat(t, 'Palace');
    expect(seatOfCountry(t, [m], [p], { start: 0, end: t.length }, t.indexOf('said'))).toBeNull();
    const t2 = 'The Palace said so.';
    const s2 = seat(t2, 'The Palace');
    expect(seatOfCountry(t2, [s2.m], [], { start: 0, end: t2.length }, t2.indexOf('said'))).toBeNull();
  });
});

describe(`${EN_SPEAKER.notSpeech.id}: a greeting or a rite after the verb is no remark`, () => {
  it('the example and its control', () => {
    expect(statementsOf(EN_SPEAKER.notSpeech.example.replace('Alder and his wife', 'Anna Alder'))).toEqual([]);
    expect(statementsOf('Anna Alder said the talks went well.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(statementsOf('Asked whether she would apologise, Anna Alder smiled, saying nothing.')).toEqual([]);
  });
});

describe(`${EN_SPEAKER.earlierOccasionClause.id} and ${EN_SPEAKER.earlierOccasionLead.id}: remarks of an earlier occasion told as background`, () => {
  it('a "where/when he said" clause of a happening last month or in the pluperfect is background', () => {
    expect(EN_SPEAKER.earlierOccasionClause.pattern.test(EN_SPEAKER.earlierOccasionClause.example)).toBe(true);
    expect(statementsOf('The visit comes after Anna Alder visited Avalonia last month, where she said the ties were strong.')).toEqual([]);
    expect(statementsOf('The subject had already been announced by Anna Alder when she said the crisis would come first.')).toEqual([]);
  });
  it('a sentence opening with a When-clause set at an earlier time tells an anecdote', () => {
    expect(EN_SPEAKER.earlierOccasionLead.pattern.test(EN_SPEAKER.earlierOccasionLead.example)).toBe(true);
    expect(statementsOf('When Birch visited Nordvik last November, Anna Alder told him she liked the food.').map((s) => s.speaker)).toEqual([]);
  });
  it('leaves remarks of the story itself alone', () => {
    expect(statementsOf('Anna Alder visited Avalonia on Monday, where she said the ties were strong.').map((s) => s.speaker)).toEqual(['anna-alder']);
    expect(statementsOf('When Birch arrived on Monday, Anna Alder told reporters the talks would be hard.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
});

describe(`${EN_SPEAKER.readoutOfTalks.id}: what the parties discussed, attributed afterwards, is the readout of the talks`, () => {
  it('no statement for the readout (the example, with a person attributing it)', () => {
    expect(EN_SPEAKER.readoutOfTalks.pattern.test(EN_SPEAKER.readoutOfTalks.example)).toBe(true);
    expect(statementsOf('The leaders discussed grain exports and the river border, Anna Alder said in a statement.')).toEqual([]);
  });
  it('"The two ministers talked by telephone and settled …, said X" is the readout of the call', () => {
    expect(statementsOf('The two ministers talked by telephone and settled that the trip would move to next month, said Anna Alder.')).toEqual([]);
    expect(statementsOf('Both sides held talks on Monday and agreed to meet again, Anna Alder said.')).toEqual([]);
  });
  it('a position told by the attributed party stays a statement', () => {
    expect(statementsOf('The leaders will never accept the plan, Anna Alder said in a statement.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
});

describe(`${EN_SPEAKER.officeReferenceSubject.id} for a pronoun with no speaker of its own: the office named as the subject`, () => {
  it('"the president faulted …, what he described as" is no remark of the last speaker', () => {
    expect(statementsOf('Anna Alder said on Monday the talks were good. But the president faulted Nordvik, above all what he described as a “toll blockade” of Avalonia.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
});

describe(`${EN_SPEAKER.remarkToCome.id} and ${EN_SPEAKER.nameInRelativeClause.id}`, () => {
  it('a remark waited for is none', () => {
    expect(EN_SPEAKER.remarkToCome.pattern.test(EN_SPEAKER.remarkToCome.example)).toBe(true);
    expect(statementsOf('Anna Alder arrived today. Next, we will hear what he says on the budget.')).toEqual([]);
  });
  it('a name inside a relative clause set off by commas is not the verb’s subject', () => {
    expect(EN_SPEAKER.nameInRelativeClause.pattern.test(EN_SPEAKER.nameInRelativeClause.example)).toBe(true);
    expect(statementsOf('The editor of the weekly, where Anna Alder trained, called the handshake shameful.')).toEqual([]);
    expect(statementsOf('Anna Alder, who met Birch, called the handshake shameful.').map((s) => s.speaker)).toEqual(['anna-alder']);
  });
  it('an office opening the sentence with any past verb is whom "he said" refers to', () => {
    expect(statementsOf('Anna Alder spoke first. The president pressed the case in the talks, he said, adding that it mattered.').map((s) => s.speaker)).toEqual([]);
  });
});

describe('pronoun-of-office-reference: a person named as an object is no one "he" refers to', () => {
  it('"The president pressed the case of Birch …, he said" is the office’s (unresolved here: no statement), not the last speaker’s', () => {
    expect(statementsOf('Anna Alder arrived on Monday. The president pressed the case of Boris Birch in the talks, he said, adding that it mattered.').map((s) => s.speaker)).toEqual([]);
  });
});
