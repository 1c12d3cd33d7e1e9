import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('role passes', () => {
  it('agreed-in-call: "the two leaders agreed in a phone call that …" is the call, with the agreeing pair', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon. The two leaders agreed in a phone call early in the campaign that they would meet again.'), 'agreement-agreed', 1);
    expect(t.dropped).toBeNull();
    expect(t.d.etype).toBe('call');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('role:agreed-in-call');
    // agreeing "on a call for talks" or with no call named stays an agreement
    const u = hitOf(trace('Anna Alder and Boris Birch agreed on a ceasefire in Avalon.'), 'agreement-agreed');
    expect(u.d.etype).toBe('agreement');
    expect(u.rules).not.toContain('role:agreed-in-call');
  });
  it('conversation-between: "the conversation between A and B" is a happening of its own (a call when nothing places it)', () => {
    const t = hitOf(trace('The conversation between Anna Alder and Boris Birch on Saturday lasted an hour.'), 'ref-conversation');
    expect(t.d.role).toBe('event');
    expect(t.d.etype).toBe('call');
    expect(t.rules).toContain('role:conversation-between');
  });
  it('a meeting without people is a reference to one told elsewhere', () => {
    const t = hitOf(trace('The talks in Avalon had been useful, officials said.'), 'meeting-talks');
    expect(t.d.role).toBe('ref');
    expect(t.d.part.ids).toEqual([]);
  });
  it('home-is-no-visit: a leader arriving in his own capital is dropped (peopled-or-reference)', () => {
    expect(hitOf(trace('Anna Alder arrived in Avalon on Monday.'), 'visit-arrived').dropped).toBe('peopled-or-reference');
    expect(hitOf(trace('Boris Birch arrived in Avalon on Monday.'), 'visit-arrived').dropped).toBeNull();
  });
  it('hosted-by-speaker: the host and the one speaking at a summit took part', () => {
    const t = hitOf(trace('Speaking in Avalon at a summit of leaders hosted by Anna Alder, Boris Birch said the war must end.'), 'meeting-summit');
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:hosted-by-speaker');
  });
  it('said-at-reference: "X said after the talks" — X was there, as an adjunct', () => {
    const t = hitOf(trace('Boris Birch said after the talks that progress was made.'), 'meeting-talks');
    expect(t.d.role).toBe('ref');
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.d.adjunct).toBe(true);
    expect(t.rules).toContain('participants:said-at-reference');
  });
  it('cancelled-by-people: "A and B decided to skip the event" — they were expected there', () => {
    const t = trace('Anna Alder and Boris Birch decided to skip the event.').find((x) => x.d.h.rule.cancels)!;
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:cancelled-by-people');
  });
  it('same-sentence-people: "signed by A and B after a two-hour meeting" — the same people met', () => {
    const t = hitOf(trace('The treaty was signed by Anna Alder and Boris Birch after a two-hour meeting.'), 'meeting-met');
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:same-sentence-people');
  });
});
