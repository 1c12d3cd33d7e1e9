import { describe, expect, it } from 'vitest';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const NATIONS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['dana-dogwood', 'Dana Dogwood', 'person', 'NV'],
  ['france', 'France', 'country', 'FR'],
  ['egypt', 'Egypt', 'country', 'EG'],
]);

describe('participants passes', () => {
  it('subject-object: the people around the trigger', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon.'), 'meeting-met');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:subject-object');
  });
  it('attached-to-noun: the parties named on the noun are all of them', () => {
    const t = trace('The phone call between Anna Alder and Boris Birch lasted an hour.').find((x) => x.d.h.type === 'call')!;
    expect(t.d.attached).toBe(true);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:attached-to-noun');
  });
  it('delegation-led-by: everyone named with the delegations takes part', () => {
    const t = hitOf(trace('The Freedonian delegation, led by Anna Alder, met a team headed by Boris Birch, along with Carla Cedar.'), 'meeting-met');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
    expect(t.rules).toContain('participants:delegation-led-by');
  });
  it('nation-adjectives: two nation adjectives before delegations are the parties', () => {
    const t = hitOf(trace('The French and Egyptian delegations agreed to a new round of talks.', { actors: NATIONS }), 'agreement-agreed');
    expect(t.d.nationParties).toBe(true);
    expect(t.d.part.ids.sort()).toEqual(['egypt', 'france']);
    expect(t.rules).toContain('participants:nation-adjectives');
  });
  it('both-sides-countries: "both sides had agreed" are the two countries named before', () => {
    const t = hitOf(trace('France and Egypt clashed again on Monday, though the two countries had agreed to a truce.', { actors: NATIONS, forms: { France: 'france', Egypt: 'egypt' } }), 'agreement-agreed');
    expect(t.d.part.ids.sort()).toEqual(['egypt', 'france']);
    expect(t.rules).toContain('participants:both-sides-countries');
  });
  it('ing-clause-main-subject: the -ing clause’s subject is the main clause’s', () => {
    const t = hitOf(trace('Anna Alder spoke to reporters, after hosting Boris Birch at the palace.'), 'meeting-hosted');
    expect(t.d.ingClause).toBe(true);
    expect(t.d.part.ids).toContain('anna-alder');
    expect(t.rules).toContain('participants:ing-clause-main-subject');
  });
  it('adjunct-noun-main-subject: "X says …, after a phone call with Y": X had the call', () => {
    const t = trace('Anna Alder says progress is possible, after a phone call with Boris Birch.').find((x) => x.d.h.type === 'call')!;
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:adjunct-noun-main-subject');
  });
  it('with-whom: the name before "with whom" and the sentence’s subject', () => {
    const t = hitOf(trace('Boris Birch, with whom she held talks in Avalon, praised Anna Alder.'), 'meeting-held-talks');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:with-whom');
  });
  it('relative-antecedent: the verb after "who" has the antecedent as subject', () => {
    const t = hitOf(trace('Boris Birch, who met Anna Alder on Tuesday, said little.'), 'meeting-met');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:relative-antecedent');
  });
  it('host-guest: the guest named right after a host verb', () => {
    const t = hitOf(trace('Anna Alder received envoy Boris Birch in Avalon.'), 'meeting-received');
    expect(t.d.guest?.actorId).toBe('boris-birch');
    expect(t.d.part.ids).toEqual(expect.arrayContaining(['anna-alder', 'boris-birch']));
  });
  it('quoted-pair: a quotation naming two people tells their happening, not the speaker’s', () => {
    const t = hitOf(trace('“My envoy Boris Birch had a productive meeting with Carla Cedar,” Anna Alder wrote.'), 'meeting-met');
    expect(t.d.part.ids).not.toContain('anna-alder');
  });
  it('needs-object: "called" without a named object is dropped', () => {
    const t = hitOf(trace('Anna Alder called repeatedly for restraint.'), 'call-called-object');
    expect(t.dropped).toBe('needs-object');
  });
  it('earlier-trigger-subject: a second trigger without a subject takes the first one’s', () => {
    const t = trace('Anna Alder was sent to Nordvik for talks with Dana Dogwood.').find((x) => x.hit === 'meeting-talks')!;
    expect(t.d.part.ids).toEqual(expect.arrayContaining(['anna-alder', 'dana-dogwood']));
    expect(t.rules).toContain('participants:earlier-trigger-subject');
  });
  it('officials-country: "met Egyptian officials" adds Egypt', () => {
    const t = hitOf(trace('Anna Alder met Egyptian officials in Avalon.', { actors: NATIONS }), 'meeting-met');
    expect(t.d.part.ids).toEqual(['anna-alder', 'egypt']);
    expect(t.rules).toContain('participants:officials-country');
  });
});

describe('delegation-led-by reads from the first delegation on', () => {
  it('"In response to the initiative of A, the delegation of X headed by B, <title>, and the delegation of Y headed by C, <title>, held talks": B and C, not A', () => {
    const text =
      'In response to the initiative of Dana Dogwood, the delegation of Nordvik headed by Anna Alder, Minister of State and Security Adviser, and the delegation of Avalon headed by Boris Birch, Secretary of the Supreme Security Council of the Republic of Avalon, held talks in Glass Palace.';
    const t = hitOf(trace(text), 'meeting-held-talks');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:delegation-led-by');
  });
  it('approval-not-reception: "welcomed the decision by Birch" is no reception of Birch (dropped); "welcomed Birch" and "hosted the leaders of …" are', () => {
    const no = hitOf(trace('Anna Alder said on Monday that he welcomes the decision by his counterpart Boris Birch to lift the veto.'), 'meeting-hosted');
    expect(no.dropped).toBe('needs-object');
    expect(no.rules).toContain('participants:approval-not-reception');
    expect(hitOf(trace('Anna Alder welcomed his counterpart Boris Birch in Avalon on Monday.'), 'meeting-hosted').dropped).toBeNull();
    expect(hitOf(trace('Anna Alder hosted the leaders of Nordvik, Boris Birch and Carla Cedar, in Avalon.'), 'meeting-hosted').rules).not.toContain('participants:approval-not-reception');
  });
  it('body-of-leaders: "the leaders of the Pact member countries are meeting" — the body is the party of its summit', () => {
    const BODY = actorMap([
      ['avalon-pact', 'Avalon Pact', 'organization', 'AP'],
      ['anna-alder', 'Anna Alder', 'person', 'FD'],
    ]);
    const o = { actors: BODY, forms: { 'Avalon Pact': 'avalon-pact', 'Anna Alder': 'anna-alder' } };
    const t = hitOf(trace('The 31 leaders of Avalon Pact member countries are meeting in Nordvik today.', o), 'meeting-met');
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids).toEqual(['avalon-pact']);
    expect(t.rules).toContain('participants:body-of-leaders');
    const after = hitOf(trace('Avalon Pact leaders met in Nordvik on Tuesday.', o), 'meeting-met');
    expect(after.d.part.ids).toEqual(['avalon-pact']);
    // a person taking part wins; a body named as a source is no party
    expect(hitOf(trace('Anna Alder met Avalon Pact leaders in Nordvik.', o), 'meeting-met').rules).not.toContain('participants:body-of-leaders');
    expect(hitOf(trace('The Avalon Pact said the talks would resume.', o), 'meeting-talks').rules).not.toContain('participants:body-of-leaders');
  });
});

describe('passive-reception', () => {
  it('the row matches its example', async () => {
    const { EN } = await import('../../lang/en');
    expect(EN.passiveReception.pattern.test(EN.passiveReception.example)).toBe(true);
  });
  it('"B was received by A": the guest is the subject, never the host after "by"', () => {
    const t = hitOf(trace('Boris Birch was warmly received by Anna Alder in Avalon on Friday.'), 'meeting-received');
    expect(t.rules).toContain('participants:passive-reception');
    expect(t.d.guest?.actorId).toBe('boris-birch');
    // no guest named: no guest at all (the host is not made the visitor)
    const u = hitOf(trace('The couple was received by Anna Alder in Avalon on Friday.'), 'meeting-received');
    expect(u.d.guest).toBeUndefined();
  });
  it('the active voice is unchanged: "A received B" — B is the guest', () => {
    const t = hitOf(trace('Anna Alder received Boris Birch in Avalon on Friday.'), 'meeting-received');
    expect(t.rules).not.toContain('participants:passive-reception');
    expect(t.d.guest?.actorId).toBe('boris-birch');
  });
});
