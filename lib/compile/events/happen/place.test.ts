import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('place pass', () => {
  it('locative: "in Avalon" after the trigger', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon.'), 'meeting-met');
    expect(t.d.place).toBe('Avalon');
    expect(t.rules).toContain('place:locative');
  });
  it('locative after a common noun of place: "in the capital Avalon", "in the northern port city of Nordvik"', () => {
    expect(hitOf(trace('Boris Birch arrived in the capital Avalon on Friday.'), 'visit-arrived').d.place).toBe('Avalon');
    const t = hitOf(trace('Anna Alder met Boris Birch in the northern port city of Nordvik.'), 'meeting-met');
    expect(t.d.place).toBe('Nordvik');
    expect(t.rules).toContain('place:locative');
  });
  it('previous-in-sentence-place: "…, where they signed" is where the happening just told was', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon, where they signed a deal.'), 'agreement-signed');
    expect(t.d.place).toBe('Avalon');
    expect(t.rules).toContain('place:previous-in-sentence-place');
  });
  it('"is in Avalon today" is a visit only away from home', () => {
    expect(hitOf(trace('Boris Birch is in Avalon today.'), 'visit-is-in-today').dropped).toBeNull();
    expect(hitOf(trace('Anna Alder is in Avalon today.'), 'visit-is-in-today').dropped).toBe('place');
  });
  it('needsPlace: a scene verb tells a meeting only with a place', () => {
    expect(hitOf(trace('Anna Alder berated Boris Birch.'), 'meeting-scene').dropped).toBe('place');
    expect(hitOf(trace('Anna Alder berated Boris Birch in the Glass Palace.'), 'meeting-scene').dropped).toBeNull();
  });
});
