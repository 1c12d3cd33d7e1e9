import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('broadcast pass', () => {
  it('programme-subject: "We spoke by phone with X" is the programme’s own talk, dropped', () => {
    expect(hitOf(trace('We spoke by phone with Anna Alder earlier today.'), 'call-spoke-by-phone').dropped).toBe('programme-talk');
  });
  it('programme-object: "X spoke by phone with our correspondent" is dropped', () => {
    expect(hitOf(trace('Anna Alder spoke by phone with our correspondent in Avalon.'), 'call-spoke-by-phone').dropped).toBe('programme-talk');
  });
  it('a call between two actors told by a correspondent is kept', () => {
    expect(hitOf(trace('Anna Alder spoke by phone with Boris Birch, our correspondent reports.'), 'call-spoke-by-phone').dropped).toBeNull();
  });
});
