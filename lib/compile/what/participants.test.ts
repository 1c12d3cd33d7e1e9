/** Lists and objects read past abbreviations (row abbreviation-dot): "A, U.S. President B and C held a summit". */
import { describe, expect, it } from 'vitest';
import { EN } from '../lang/en';
import { hitOf, trace } from '../events/happen/test-kit';
import { linkedToTrigger, participantsOf, subjectPronoun, undot, type LocalMention } from './participants';

const mention = (sentence: string, surface: string, actorId: string): LocalMention => {
  const start = sentence.indexOf(surface);
  if (start < 0) throw new Error(`no "${surface}"`);
  return { actorId, kind: 'person', start, end: start + surface.length, score: 1, via: 'name', surface };
};
const span = (sentence: string, word: string) => ({ start: sentence.indexOf(word), end: sentence.indexOf(word) + word.length });

describe(EN.abbreviationDot.id, () => {
  it('undot keeps the length and turns only abbreviation stops into word characters', () => {
    const s = 'Prime Minister Anna Alder, U.S. President Boris Birch and Dr. Carla J. Cedar met. Then they left.';
    const u = undot(s);
    expect(u.length).toBe(s.length);
    expect(u).toContain('U_S_ President');
    expect(u).toContain('Dr_ Carla J_ Cedar met.');
    expect(u.endsWith('left.')).toBe(true);
    expect(EN.abbreviationDot.example.replace(EN.abbreviationDot.pattern, '')).not.toContain('U.S.');
  });
  it('a list of names with "U.S. President" between them is one subject', () => {
    const s = 'Prime Minister Anna Alder, U.S. President Boris Birch and South Nordvik President Carla Cedar held a trilateral summit meeting on Friday.';
    const ms = [mention(s, 'Anna Alder', 'anna-alder'), mention(s, 'Boris Birch', 'boris-birch'), mention(s, 'Carla Cedar', 'carla-cedar')];
    expect(participantsOf(s, ms, span(s, 'summit')).ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
  });
  it('an object after "with U.S. President" is the other party', () => {
    const s = 'Anna Alder is set to meet with U.S. President Boris Birch in Avalon on Tuesday.';
    const ms = [mention(s, 'Anna Alder', 'anna-alder'), mention(s, 'Boris Birch', 'boris-birch')];
    expect(participantsOf(s, ms, span(s, 'meet')).ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the subject gap is not widened: "he disputed U.S. President B’s account of talks with C" keeps him out', () => {
    const s = 'Anna Alder gave a news conference in which she disputed U.S. President Boris Birch’s account of negotiations with Carla Cedar.';
    const ms = [mention(s, 'she', 'anna-alder'), mention(s, 'Carla Cedar', 'carla-cedar')];
    expect(linkedToTrigger(s, ms, span(s, 'negotiations')).map((m) => m.actorId)).toEqual(['carla-cedar']);
  });
});

describe('subjectPronoun: a plural noun phrase names the parties told before', () => {
  it('"the leaders", "the three countries", "both governments" are plural subjects; a name is not', () => {
    expect(subjectPronoun('With Nordvik in mind, the leaders also ')).toBe('plural');
    expect(subjectPronoun('After the summit, the three countries ')).toBe('plural');
    expect(subjectPronoun('Both governments ')).toBe('plural');
    expect(subjectPronoun('the two leaders ')).toBe('plural');
    expect(subjectPronoun('Anna Alder ')).toBeNull();
  });
  it('after a transcript speaker label ("Dana Dogwood: The two sides agreed …") the subject is still read', () => {
    expect(subjectPronoun('Dana Dogwood: The two sides ')).toBe('plural');
    expect(subjectPronoun('Dana Dogwood: He also ')).toBe('singular');
    const t = hitOf(
      trace('Dana Dogwood: Anna Alder, Boris Birch and their teams met for three hours. Both sides suggested the goal was peace. Dana Dogwood: The two sides agreed to restart talks between ministers.'),
      'agreement-agreed',
    );
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:plural-pronoun-talks-parties');
  });
  it('in a document: "the leaders also agreed" after their summit are the summit’s people (plural-pronoun-talks-parties)', () => {
    const t = hitOf(trace('Anna Alder, Boris Birch and Carla Cedar held a summit in Avalon on Friday. With the north in mind, the leaders also agreed to strengthen their alliances.'), 'agreement-agreed', 1);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
    expect(t.rules).toContain('participants:plural-pronoun-talks-parties');
  });
});

describe('countries and bodies that are no parties of the clause', () => {
  const country = (sentence: string, surface: string, actorId: string): LocalMention => ({ ...mention(sentence, surface, actorId), kind: 'country' });
  it(`${EN.backerNoParty.id}: "agreed on a proposal with great support from A, B and C" — the backers are not the agreeing sides`, () => {
    const s = 'Three weeks ago, Anna Alder and Boris Birch agreed on a proposal with great support from Nordvik, Avalon, Eastland and the Glass Islands.';
    const ms = [mention(s, 'Anna Alder', 'anna-alder'), mention(s, 'Boris Birch', 'boris-birch'), country(s, 'Nordvik', 'nordvik'), country(s, 'Avalon', 'avalon'), country(s, 'Eastland', 'eastland')];
    expect(participantsOf(s, ms, span(s, 'agreed')).ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    // with no people named, no backer becomes a party either
    const only = ms.filter((m) => m.kind === 'country');
    expect(participantsOf(s, only, span(s, 'agreed')).ids).toEqual([]);
    expect(EN.backerNoParty.pattern.test('with support from Nordvik, Avalon and ')).toBe(true);
    expect(EN.backerNoParty.pattern.test('said after talks with ')).toBe(false);
  });
  it(`${EN.modifierNoParty.id}: "the principles of the UN Charter", "the Avalon-Nordvik alliance" name a thing, not a party`, () => {
    const s = 'Nordvik and Avalon agreed to adhere to the principles of the UN Charter.';
    const ms = [country(s, 'Nordvik', 'nordvik'), country(s, 'Avalon', 'avalon'), { ...country(s, 'UN', 'united-nations'), kind: 'organization' as const }];
    expect(participantsOf(s, ms, span(s, 'agreed')).ids.sort()).toEqual(['avalon', 'nordvik']);
    expect(EN.modifierNoParty.pattern.test('-Nordvik alliance')).toBe(true);
    expect(EN.modifierNoParty.pattern.test(' and Avalon met')).toBe(false);
  });
});

describe(EN.appositionGap.id, () => {
  it('a long title in commas between the last named person and the verb leaves the list the subject', () => {
    const s = 'The team of Nordvik headed by Anna Alder, and the team of Avalon headed by Boris Birch, Secretary of the Supreme Security Council of the Republic of Avalon, held talks in Glass Palace.';
    const ms = [mention(s, 'Anna Alder', 'anna-alder'), mention(s, 'Boris Birch', 'boris-birch')];
    expect(linkedToTrigger(s, ms, span(s, 'held talks')).map((m) => m.actorId)).toContain('boris-birch');
    expect(EN.appositionGap.pattern.test(', Secretary of the Supreme Security Council of the Republic of Avalon, ')).toBe(true);
  });
  it('a relative clause or a report in commas is no apposition', () => {
    expect(EN.appositionGap.pattern.test(', who had met Cedar in Avalon and Nordvik last week before flying home, ')).toBe(false);
    expect(EN.appositionGap.pattern.test(', according to officials in Avalon and Nordvik who spoke on condition of anonymity, ')).toBe(false);
  });
});

describe(EN.coordinatedName.id, () => {
  it(`"${EN.coordinatedName.example}": the second name joined by "and" stays with the meeting, however far from the word`, () => {
    const t = trace('The objective of the long meeting between President Anna Alder and Prime Minister Boris Birch was for the two countries to agree on the plan.');
    const m = hitOf(t, 'meeting-met');
    expect(m.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('a name after a comma that is not joined by "and" still goes to the later happening', () => {
    const t = trace('Anna Alder met envoys in the capital for long hours on Monday, and Boris Birch signed the accord.');
    expect(hitOf(t, 'agreement-signed').d.part.ids).toEqual(['boris-birch']);
    expect(hitOf(t, 'meeting-met').d.part.ids).toEqual(['anna-alder']);
  });
});

describe(EN.institutionModifier.id, () => {
  it('a body right before a title and a person is the person\'s side, not a party (whatever its kind)', () => {
    const s = EN.institutionModifier.example;
    for (const kind of ['group', 'organization'] as const) {
      const body: LocalMention = { ...mention(s, 'Nordvik Guard', 'nordvik-guard'), kind };
      const ms = [mention(s, 'Alder', 'anna-alder'), body, mention(s, 'Boris Birch', 'boris-birch')];
      expect(participantsOf(s, ms, span(s, 'held a phone call')).ids).toEqual(['anna-alder', 'boris-birch']);
    }
  });
  it('a body followed by its own verb stays a party', () => {
    const s = 'Anna Alder met the Nordvik Guard on Monday, and Boris Birch said so.';
    const body: LocalMention = { ...mention(s, 'Nordvik Guard', 'nordvik-guard'), kind: 'group' };
    expect(participantsOf(s, [mention(s, 'Anna Alder', 'anna-alder'), body], span(s, 'met')).ids).toEqual(['anna-alder', 'nordvik-guard']);
  });
});
