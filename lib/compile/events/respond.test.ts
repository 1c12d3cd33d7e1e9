import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../schema';
import { EN_RESPOND } from '../lang/en-who';
import type { LocalMention } from '../what/participants';
import { disputedTarget } from './respond';

/** local mentions of the given surfaces (first occurrence of each) */
const mentionsOf = (text: string, forms: Record<string, [string, ActorKind]>): LocalMention[] =>
  Object.entries(forms).map(([surface, [actorId, kind]]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no ${surface}`);
    return { actorId, kind, start, end: start + surface.length, score: 1, via: 'name', surface };
  });
const all = () => true;

describe(EN_RESPOND.disputedWordsOf.id, () => {
  it('its rows match their own examples', () => {
    const ex = EN_RESPOND.disputedWordsOf.example;
    expect(EN_RESPOND.disputedWordsOf.pattern.test(ex.slice(0, ex.indexOf('Birch')))).toBe(true);
    expect(EN_RESPOND.wordsAnswered.pattern.test(EN_RESPOND.wordsAnswered.example)).toBe(true);
  });

  it('a remark disputing someone’s account answers them, also behind a title', () => {
    const t = 'Alder said at the briefing, disputing Nordvik President Boris Birch’s account of why the talks ended.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], 'Boris Birch': ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBe('boris-birch');
  });

  it('needs the answered one’s words after the name', () => {
    const t = 'Alder said on Monday that she had rejected Birch as a mediator.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBeNull();
  });

  it('needs an answering verb before the name', () => {
    const t = 'Alder said she had read Birch’s account of the talks.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBeNull();
  });

  it('skips actors the caller rules out (the speaker, own country)', () => {
    const t = 'Alder said, denying Birch’s claims.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, (id) => id !== 'boris-birch')).toBeNull();
  });
});

describe(EN_RESPOND.othersOfSpeaker.id, () => {
  it('matches its example and the words of others close to the named one, not the named one’s own words', () => {
    const re = EN_RESPOND.othersOfSpeaker.pattern;
    expect(re.test(EN_RESPOND.othersOfSpeaker.example)).toBe(true);
    expect(re.test('’s lawyers ')).toBe(true);
    expect(re.test('’s own party ')).toBe(true);
    expect(re.test(' ')).toBe(false);
    expect(re.test('’s spokesman ')).toBe(false);
  });
});
