import { describe, expect, it } from 'vitest';
import { EN, EN_RULES } from './en';
import { findTriggers, TRIGGER_RULES } from '../what/triggers';
import { EVENT_TYPES, triggersOf } from '../event-types';

describe('rules as data', () => {
  it('every language row has a unique id, an effect and a generic example', () => {
    const ids = EN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of EN_RULES) {
      expect(r.effect.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(3);
    }
  });
  it('row patterns match their examples where the example is the matched shape', () => {
    expect(EN.weekday.pattern.test(EN.weekday.example)).toBe(true);
    expect(EN.tellsOf.pattern.test(EN.tellsOf.example)).toBe(true);
    expect(EN.truncated.pattern.test(EN.truncated.example)).toBe(true);
    expect(EN.topicAfter.pattern.test(' on forging a ceasefire')).toBe(true);
    expect(EN.sequelBefore.pattern.test('Straight afterwards he ')).toBe(true);
  });
  it('every trigger row has a unique id and its example fires a trigger of its type', () => {
    const ids = TRIGGER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const misfits = TRIGGER_RULES.filter((r) => !findTriggers(r.example).some((h) => h.rule === r || (h.type === r.type && h.role === r.role)));
    expect(misfits.map((r) => r.id)).toEqual([]);
  });
  it('every event type has a registry row and trigger rows', () => {
    for (const t of Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[]) expect(triggersOf(t).length).toBeGreaterThan(0);
  });
});
