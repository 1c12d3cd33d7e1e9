import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { FORMS } from '../fixtures';
import { hitOf, trace } from './test-kit';

// invented institutions: two armed bodies, two countries, a person
const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['avalon-armed-forces', 'Avalon Armed Forces', 'organization', 'FD'],
  ['nordvik-guard', 'Nordvik Guard', 'organization', 'NV'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
  ['westmark', 'Westmark', 'country', 'WM'],
]);
const ORG_FORMS = {
  ...FORMS,
  'Avalon Armed Forces': 'avalon-armed-forces',
  'Avalon army': 'avalon-armed-forces',
  AAF: 'avalon-armed-forces',
  'Nordvik Guard': 'nordvik-guard',
  NG: 'nordvik-guard',
  Freedonia: 'freedonia',
  Eastland: 'eastland',
  Westmark: 'westmark',
};
const run = (text: string) => trace(text, { actors: ACTORS, forms: ORG_FORMS, published: '2025-05-12' });

describe('institution-parties', () => {
  it('institution-subject: two bodies coordinated before the verb are the parties of their agreement', () => {
    const t = hitOf(run('The Avalon Armed Forces (AAF) and its rival Nordvik Guard (NG) signed a declaration early Friday.'), 'agreement-signed');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids.sort()).toEqual(['avalon-armed-forces', 'nordvik-guard']);
    expect(t.rules).toContain(`participants:${EN.institutionSubject.id}`);
  });
  it('institution-subject: two countries that will hold talks are a planned meeting with those parties (kept without people)', () => {
    const t = hitOf(run('Freedonia and Eastland will hold more talks next week over the border dispute.'), 'meeting-held-talks');
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.status).toBe('planned');
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia']);
    expect(t.rules).toContain(`participants:${EN.institutionSubject.id}`);
  });
  it('institution-subject: the one named after "with" is a party too', () => {
    const t = hitOf(run('Freedonia and Eastland signed trade agreements with Westmark last spring.'), 'agreement-signed');
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia', 'westmark']);
  });
  it('institutions-between: bodies named on the noun are the parties of the talks', () => {
    const t = run('Freedonia hailed the restart of talks between representatives of the Avalon Armed Forces and representatives of the Nordvik Guard in Nordvik.').find((x) => x.hit === 'meeting-talks')!;
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['avalon-armed-forces', 'nordvik-guard']);
    expect(t.rules).toContain(`participants:${EN.institutionsBetween.id}`);
  });
  it('people-of-institutions: a call "between leaders of" two countries is the leaders\', not the countries\'', () => {
    const t = run('Observers called it the first call between leaders of Freedonia and Eastland since the war.').find((x) => x.d.h.type === 'call');
    expect(t?.rules ?? []).not.toContain(`participants:${EN.institutionsBetween.id}`);
    expect(t?.d.nationParties ?? false).toBe(false);
  });
  it('a meeting between two countries alone is left to the people rules (their leaders are who met)', () => {
    const t = run('Alder welcomed everyone to the palace for this historic peace summit between Freedonia and Eastland.').find((x) => x.hit === 'meeting-summit')!;
    expect(t.rules).not.toContain(`participants:${EN.institutionsBetween.id}`);
  });
  it('a person in the subject run leaves the people rules in charge', () => {
    const t = hitOf(run('Anna Alder and Freedonia signed the accord.'), 'agreement-signed');
    expect(t.rules).not.toContain(`participants:${EN.institutionSubject.id}`);
    expect(t.d.part.ids).toContain('anna-alder');
  });
  it('a country named as a place or after a noun is no subject ("talks in Freedonia")', () => {
    const t = run('Officials said talks in Freedonia and Eastland resumed.').find((x) => x.hit === 'meeting-talks');
    expect(t?.rules ?? []).not.toContain(`participants:${EN.institutionSubject.id}`);
  });
  it('rows match their examples', () => {
    expect(EN.institutionAnd.pattern.test(' (AAF) and its rival ')).toBe(true);
    expect(EN.institutionHead.pattern.test("'s army signed")).toBe(true);
    expect(EN.peopleOfInstitutions.pattern.test('call between leaders of ')).toBe(true);
    expect(EN.institutionsBetween.pattern.test('talks between representatives of the ')).toBe(true);
    expect(EN.institutionSubject.pattern.test(' trade agreements with ')).toBe(true);
  });
  it('people-subject-no-countries: "the two leaders signed" has no country named as a place as its party', () => {
    const t = hitOf(run('Alder ended her tour with a stop in Freedonia, with the Chancellor of Eastland, at the close of which the two leaders signed a joint communique.'), 'agreement-signed');
    expect(t.d.part.ids.filter((id) => id === 'freedonia' || id === 'eastland')).toEqual([]);
    expect(t.rules).toContain(`participants:${EN.peopleSubject.id}`);
  });
  it('people-subject-no-countries leaves two countries that are the subject themselves alone', () => {
    const t = hitOf(run('Freedonia and Eastland signed a joint declaration.'), 'agreement-signed');
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia']);
    expect(t.rules).not.toContain(`participants:${EN.peopleSubject.id}`);
    expect(EN.peopleSubject.pattern.test('after which the two leaders ')).toBe(true);
  });
  it('institution-object: one person meeting a body named as the object has that body as the other party', () => {
    const t = hitOf(run(EN.institutionObject.example + '.'), 'meeting-met');
    expect(t.d.part.ids).toEqual(['anna-alder', 'nordvik-guard']);
    expect(t.rules).toContain(`participants:${EN.institutionObject.id}`);
  });
  it('institution-object: a country named as a place is no party ("met Birch in Freedonia")', () => {
    const t = hitOf(run('Anna Alder met in Freedonia on Monday.'), 'meeting-met');
    expect(t.rules).not.toContain(`participants:${EN.institutionObject.id}`);
  });
  it('institution-head-between: talks between representatives of two countries are theirs', () => {
    const t = run('Westmark welcomed the talks between representatives of Freedonia and representatives of Eastland.').find((x) => x.hit === 'meeting-talks')!;
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia']);
    expect(t.d.role).toBe('event');
  });
  it("institution-subject: a country's army coordinated with a body stands for the country", () => {
    const t = hitOf(run("Freedonia's army and the Nordvik Guard signed a seven-day ceasefire in Avalon."), 'agreement-signed');
    expect(t.d.part.ids.sort()).toEqual(['freedonia', 'nordvik-guard']);
    expect(t.rules).toContain(`participants:${EN.institutionSubject.id}`);
  });
  it('institution-subject: delegations of two countries that met are the parties of the meeting', () => {
    const t = hitOf(run('Delegations of Freedonia and Eastland met in Avalon on Monday.'), 'meeting-met');
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia']);
  });
});
