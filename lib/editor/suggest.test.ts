import { describe, expect, it } from 'vitest';
import { closest, didYouMean, fileSlug, idDistance, slugify, transliterate } from './suggest';

describe('suggest', () => {
  it('finds a misspelt field', () => {
    expect(didYouMean('pubished', ['title', 'outlet', 'url', 'published', 'kind', 'note'])).toBe("did you mean 'published'?");
    expect(didYouMean('zzzzzz', ['title', 'outlet'])).toBeNull();
  });

  it('prefers an id that starts like the word typed', () => {
    const ids = ['meeting-2025-02-18-marco-rubio-sergei-lavrov', 'meeting-2025-02-18-steve-witkoff', 'call-2025-02-15-marco-rubio-sergei-lavrov'];
    expect(closest('meeting-2025-02-18-marco-rubbio', ids, Infinity)).toBe('meeting-2025-02-18-marco-rubio-sergei-lavrov');
    expect(idDistance('abc', 'abcdef')).toBeLessThan(3);
  });

  it('slugifies names, dropping accents', () => {
    expect(slugify('Ana Kovač')).toBe('ana-kovac');
    expect(slugify('BBC Talks_2025')).toBe('bbc-talks-2025');
    expect(slugify('  --  ')).toBe('');
  });

  it('transliterates letters that have no accent to drop (file-name hints)', () => {
    expect(transliterate('Tromsø Ærø Straße Łódź Đakovo Þingvellir')).toBe('Tromso AEro Strasse Lodz Dakovo THingvellir');
    expect(fileSlug('Tromsø')).toBe('tromso');
    expect(fileSlug('Kovač & Fajon: talks')).toBe('kovac-fajon-talks');
    expect(fileSlug('ﬁnal')).toBe('final');
  });
});
