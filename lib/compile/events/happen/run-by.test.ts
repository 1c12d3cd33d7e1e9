/** Multilateral meetings: the people who ran or hosted a happening take part in it (rows join-run-by, join-hosted-happening; pass run-by-agents). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../events';
import { actorMap, input, makeDoc } from '../../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { hitOf, trace } from './test-kit';

const events = (text: string) => extractEvents(input(makeDoc('d', text, '2025-02-19'), ACTORS, FORMS, { 'on Tuesday': { value: '2025-02-18' } }, PLACES));

describe('run-by-agents', () => {
  it('every person named after "facilitated by" joins, however long the titles between them', () => {
    const text =
      'Anna Alder met Boris Birch in Avalon on Tuesday. These discussions were facilitated by the Prime Minister of Nordvik and Chairman of the Northern Community of States, Carla Cedar, and the President of the Glass Islands and Chairman of the Coastal Council, the Honourable Dana Dogwood.';
    const t = hitOf(trace(text), 'join-run-by');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids.sort()).toEqual(['carla-cedar', 'dana-dogwood']);
    expect(t.rules).toContain('participants:run-by-agents');
    const meeting = events(text).find((e) => e.type === 'meeting')!;
    expect(meeting.participants.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar', 'dana-dogwood']);
  });
  it('run-by-needs-happening: mediators with no meeting told before make no meeting of their own', () => {
    const t = hitOf(trace('The negotiations were facilitated by Carla Cedar and Dana Dogwood.'), 'join-run-by');
    expect(t.dropped).toBe('run-by-agents');
    expect(t.rules).toContain('role:run-by-needs-happening');
    expect(events('The negotiations were facilitated by Carla Cedar and Dana Dogwood.').filter((e) => e.type === 'meeting')).toEqual([]);
  });
  it('join-hosted-happening: the host of the summit takes part in it', () => {
    const text = 'Anna Alder and Boris Birch met at a summit in Avalon on Tuesday. Carla Cedar hosted the summit.';
    const t = hitOf(trace(text), 'join-hosted-happening');
    expect(t.d.role).toBe('join');
    expect(t.d.part.ids).toEqual(['carla-cedar']);
    const meeting = events(text).find((e) => e.type === 'meeting')!;
    expect(meeting.participants.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
  });
});

describe('readout and diplomatic triggers', () => {
  it('call-spoke-when-with: "spoke today with" is a call with the named object', () => {
    const t = hitOf(trace('Secretary Anna Alder spoke today with President Boris Birch.'), 'call-spoke-when-with');
    expect(t.dropped).toBeNull();
    expect(t.d.etype).toBe('call');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('call-spoke-when-with needs a named object', () => {
    expect(trace('Anna Alder spoke today with reporters.').filter((x) => x.hit === 'call-spoke-when-with' && x.dropped === null)).toEqual([]);
  });
  it('meeting-summoned: summoning an envoy is a meeting with the envoy', () => {
    const t = hitOf(trace("Freedonia has summoned Eastland's ambassador Boris Birch after the row."), 'meeting-summoned');
    expect(t.dropped).toBeNull();
    expect(t.d.etype).toBe('meeting');
    expect(t.d.part.ids).toContain('boris-birch');
  });
  it('agreement-signed: "inked" and "initialled" sign', () => {
    for (const verb of ['inked', 'initialled']) {
      const t = hitOf(trace(`Anna Alder and Boris Birch ${verb} the accord in Avalon.`), 'agreement-signed');
      expect(t.d.etype).toBe('agreement');
      expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    }
  });
  it('agreement-joint-text: a joint statement of a deal the two issued is an agreement of theirs (a joint statement of a position is not: joint-text.test.ts)', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch issued a joint statement on the trade deal on Tuesday.'), 'agreement-joint-text');
    expect(t.d.etype).toBe('agreement');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
});

describe('summoner, agreeing to talk, exhortations', () => {
  const NATIONS = actorMap([
    ['boris-birch', 'Boris Birch', 'person', 'EL'],
    ['anna-alder', 'Anna Alder', 'person', 'FD'],
    ['freedonia', 'Freedonia', 'country', 'FD'],
    ['eastland', 'Eastland', 'country', 'EL'],
  ]);
  const forms = { ...FORMS, Freedonia: 'freedonia', Eastland: 'eastland' };
  it('summoner: the country that summons an envoy is the other side of the meeting', () => {
    const t = hitOf(trace("Freedonia has summoned Eastland's ambassador Boris Birch after the row.", { actors: NATIONS, forms }), 'meeting-summoned');
    expect(t.d.part.ids).toEqual(expect.arrayContaining(['freedonia', 'boris-birch']));
    expect(t.rules).toContain('participants:summoner');
  });
  it('agreeing to continue negotiations is no agreement (the talks are the plan)', () => {
    expect(trace('The two sides have agreed to continue negotiations next week.').filter((x) => x.hit === 'agreement-agreed')).toEqual([]);
    expect(trace('Anna Alder and Boris Birch agreed to discuss a ceasefire.').filter((x) => x.hit === 'agreement-agreed')).toEqual([]);
    expect(hitOf(trace('Anna Alder and Boris Birch agreed to a ceasefire on Tuesday.'), 'agreement-agreed').dropped).toBeNull();
  });
  it('urged-to: what someone is encouraged to sign is no plan of theirs (hypothetical, dropped)', () => {
    const t = hitOf(trace('Anna Alder encouraged Boris Birch to sign the accord with Carla Cedar.'), 'agreement-signed');
    expect(t.dropped).toBe('modality');
    expect(t.rules).toContain('status:modality-hypothetical');
  });
});
