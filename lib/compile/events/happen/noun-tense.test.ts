import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { futureOfNoun, infinitiveOfNoun } from '../../text/tense';
import { trace } from './test-kit';

const fut = (s: string, noun: string) => futureOfNoun(s, s.indexOf(noun), s.indexOf(noun) + noun.length) !== null;
const rule = EN.nounFutureClause.id;
const nounHit = (s: string, noun: RegExp) => trace(s).find((x) => noun.test(x.trigger));

describe('futureOfNoun (text/tense.ts)', () => {
  it.each([
    ["The accord will be signed during Mara Quist's visit to Nordvik on Friday.", 'visit'],
    ['Anna Alder and Boris Birch at a meeting in Avalon will discuss the border.', 'meeting'],
    ['The talks between Alder and Birch will first take place in a wide format.', 'talks'],
    ["Alder's meeting with Birch is expected to address trade.", 'meeting'],
    ['Alder will arrive in Avalon on Monday for talks with Birch.', 'talks'],
    ['Alder is set to leave Nordvik on Sunday for the summit.', 'summit'],
    // a capitalised "-ed" word inside the clause is a name, not a verb of a clause of its own
    ['The talks between Alder and Reed will first take place in Avalon.', 'talks'],
  ])('future: %j', (s, noun) => expect(fut(s, noun)).toBe(true));
  it.each([
    // the future of its effects or its end says nothing of whether it has begun
    ["Alder's visit will strengthen the ties between the two nations.", 'visit'],
    ['The visit will conclude tomorrow.', 'visit'],
    ['Both said the summit will be a milestone.', 'summit'],
    ['His meeting with Birch will not be forgotten.', 'meeting'],
    // a noun of another verb's object or of another noun's phrase
    ['Officials who attended the meeting will brief reporters.', 'meeting'],
    ['The outcome of the talks will be announced on Friday.', 'talks'],
    // "will" the noun
    ['Her visit shows a shared will to begin anew with Cedar.', 'visit'],
    // a past clause of its own in between
    ['The talks held in Avalon last week will be followed by more.', 'talks'],
    // a bare anaphoric noun of the same time points back to a happening already told, perhaps under way
    ['During their visit the envoys will tour the harbour.', 'visit'],
    ['Alder said both sides would initial a protocol during the visit.', 'visit'],
  ])('not future: %j', (s, noun) => expect(fut(s, noun)).toBe(false));
});

describe('noun-in-future-clause', () => {
  it('a visit noun under a future verb is planned', () => {
    const x = nounHit("The accord will be signed during Foreign Minister Anna Alder's visit to Nordvik on Friday.", /^visit/);
    expect(x?.rules).toContain(`status:${rule}`);
    expect(x?.d.modality).toBe('planned');
  });
  it('a meeting noun in a past clause is left alone', () => {
    const x = nounHit('Anna Alder and Boris Birch held a meeting in Avalon on Monday.', /meeting/);
    expect(x?.rules ?? []).not.toContain(`status:${rule}`);
  });
  it('a visit whose effect lies ahead is left alone', () => {
    const x = nounHit("Anna Alder's visit to Nordvik will strengthen ties, Boris Birch said.", /^visit/);
    expect(x?.rules ?? []).not.toContain(`status:${rule}`);
  });
});

describe('infinitiveOfNoun (text/tense.ts)', () => {
  const inf = (s: string, noun: string) => infinitiveOfNoun(s, 0, s.indexOf(noun)) !== null;
  it.each([
    ['Mara Quist threatened to scuttle the trade talks with Nordvik.', 'talks'],
    ['It is too early for Avalon to engage in formal negotiations with Nordvik.', 'negotiations'],
    ['The two envoys agreed to resume talks in the spring.', 'talks'],
    ['Alder named Birch to lead discussions with the Cedar delegation.', 'discussions'],
  ])('an infinitive governs the noun: %j', (s, noun) => expect(inf(s, noun)).toBe(true));
  it.each([
    // "to" as a preposition
    ['The pact remains subject to final negotiations in Avalon.', 'negotiations'],
    ['The mood was a sharp contrast to two earlier visits.', 'visits'],
    ['The reporters were kept too far away to get to the summit.', 'summit'],
    // the purpose of a going, a welcome or a stay told as done
    ['Alder flew to Nordvik on Monday to open the summit.', 'summit'],
    ['Alder welcomed Birch to Avalon to continue their discussions.', 'discussions'],
    ['Our reporter is in Nordvik to follow the talks.', 'talks'],
    // a first time; a noun in a clause of its own
    ['It was the first chance in years for Alder and Birch to convene a summit.', 'summit'],
    ['The envoys met in order to review where those talks stand.', 'talks'],
  ])('no infinitive of the noun: %j', (s, noun) => expect(inf(s, noun)).toBe(false));
});

describe('noun-in-infinitive-clause', () => {
  const irule = EN.nounInfinitiveClause.id;
  it('talks an infinitive governs are planned', () => {
    const x = nounHit('Anna Alder threatened to scuttle the trade talks with Boris Birch.', /^talks/);
    expect(x?.rules).toContain(`status:${irule}`);
    expect(x?.d.modality).toBe('planned');
  });
  it('talks held are left alone', () => {
    const x = nounHit('Anna Alder held trade talks with Boris Birch in Avalon on Monday.', /talks/);
    expect(x?.rules ?? []).not.toContain(`status:${irule}`);
  });
});
