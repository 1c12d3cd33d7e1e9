/** Multilateral meetings with a participant on the line (fix b): row joined-remotely. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../events';
import { EN } from '../../lang/en';
import { input, makeDoc } from '../../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { hitOf, trace } from './test-kit';

describe('joined by phone', () => {
  it('joined-remotely: in the row’s example the one who joined by phone is out of the room and in a call with the host', () => {
    const text = EN.joinedRemotely.example.replace('Alder', 'Anna Alder').replace('Birch', 'Boris Birch').replace('Cedar', 'Carla Cedar') + '.';
    const t = hitOf(trace(text), 'join-joined');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.d.remote?.sort()).toEqual(['anna-alder', 'carla-cedar']);
    expect(t.rules).toContain('participants:joined-remotely');
  });
  it('the document gives a meeting without the remote one and a call with them', () => {
    const text = 'Anna Alder met Dana Dogwood in Avalon on Tuesday. Anna Alder was joined in person by Boris Birch and Carla Cedar, who joined by phone.';
    const evs = extractEvents(input(makeDoc('d', text, '2025-02-19'), ACTORS, FORMS, { 'on Tuesday': { value: '2025-02-18' } }, PLACES));
    const meeting = evs.find((e) => e.type === 'meeting')!;
    expect(meeting.participants).not.toContain('carla-cedar');
    expect(meeting.participants).toContain('boris-birch');
    const call = evs.find((e) => e.type === 'call')!;
    expect(call.participants.sort()).toEqual(['anna-alder', 'carla-cedar']);
    expect(call.rules).toContainEqual({ stage: 'role', rule: 'call-of-remote-join' });
  });
  it('a join in person stays a join', () => {
    const t = hitOf(trace('Anna Alder was joined by Boris Birch and Carla Cedar, who flew in from Nordvik.'), 'join-joined');
    expect(t.d.remote).toBeUndefined();
    expect(t.d.part.ids).toHaveLength(3);
  });
});
