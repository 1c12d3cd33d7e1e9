import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';
import { PASSES } from './index';

describe('the happening pipeline', () => {
  it('runs participants before status, date, place, role, groups and emit', () => {
    const ids = PASSES.map((p) => p.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('subject-object')).toBe(0);
    expect(at('signing-witness')).toBe(1);
    expect(at('subject-object')).toBeLessThan(at('modality'));
    expect(at('modality')).toBeLessThan(at('day-expression'));
    expect(at('day-of-happening')).toBeLessThan(at('status'));
    expect(at('status')).toBeLessThan(at('place'));
    expect(at('place')).toBeLessThan(at('role'));
    expect(at('role')).toBeLessThan(at('one-each'));
    expect(ids[ids.length - 1]).toBe('emit');
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('records the rules that made an event in order: trigger, participants, place', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon on Tuesday.', { dates: { 'on Tuesday': { value: '2025-02-18' } } }), 'meeting-met');
    expect(t.dropped).toBeNull();
    expect(t.rules).toEqual(['trigger:meeting-met', 'participants:subject-object', 'place:locative', 'date:relative-to-publication']);
  });
});
