import { describe, expect, it } from 'vitest';
import { NAME_GOES_ON, resolveOverlaps, scan, titleVariants, type Form } from './forms';

describe('titleVariants', () => {
  it('adds the other ways of writing the nation', () => {
    const v = titleVariants('Russian foreign minister');
    expect(v).toContain("Russia's foreign minister");
    expect(v).toContain('foreign minister of Russia');
  });
  it('leaves titles without a nation alone', () => {
    expect(titleVariants('treasury secretary')).toEqual(['treasury secretary']);
  });
});

describe('scan + resolveOverlaps', () => {
  const forms: Form[] = [
    { text: 'Ana Kovač', kind: 'name', actorId: 'ana-kovac' },
    { text: 'Kovač', kind: 'alias', actorId: 'ana-kovac' },
    { text: 'Croatia', kind: 'name', actorId: 'croatia' },
    { text: 'Croatia Daily', kind: 'block' },
  ];
  it('prefers the longest match and keeps word boundaries and possessives', () => {
    const hits = resolveOverlaps(scan("Ana Kovač's visit; Kovačić stayed; Croatia Daily said", forms, false));
    expect(hits.map((h) => h.surface)).toEqual(['Ana Kovač', 'Croatia Daily']);
  });
  it('is case-sensitive for names in articles, not in transcripts', () => {
    expect(scan('ana kovač spoke', forms, false)).toHaveLength(0);
    expect(resolveOverlaps(scan('ana kovač spoke', forms, true)).map((h) => h.form.actorId)).toEqual(['ana-kovac']);
  });
});

describe('scan tries forms only where their words are, with the same answers as a full search', () => {
  const forms: Form[] = [
    { text: 'Ivo Marić', kind: 'name', actorId: 'ivo-maric' },
    { text: 'Marić', kind: 'alias', actorId: 'ivo-maric' },
    { text: 'Secretary-General', kind: 'title', actorId: 'sg' },
    { text: 'Ruritanian president', kind: 'title', actorId: 'rp' },
    { text: "Ruritania's president", kind: 'title', actorId: 'rp' },
    { text: 'U.S. envoy', kind: 'title', actorId: 'env' },
    { text: 'Tor Tor', kind: 'name', actorId: 'tor' },
    { text: 'Free Voice', kind: 'block' },
  ];
  /** every match of every form by a global regular expression over the whole text */
  const naive = (text: string, transcript: boolean) =>
    forms
      .flatMap((f) => {
        const ci = f.kind === 'title' || transcript;
        const body = f.text.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
        const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}\\d])`, ci ? 'giu' : 'gu');
        return [...text.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}:${f.text}`);
      })
      .sort();
  const fast = (text: string, transcript: boolean) => scan(text, forms, transcript).map((h) => `${h.start}-${h.end}:${h.form.text}`).sort();
  it.each([
    "Ivo Marić met the Deputy-Secretary-General and Ruritania's  president; Marić-Horvat talks followed.",
    'The U.S. envoy and the u.s. envoy met Tor Tor Tor in the Free Voice studio.',
    'ivo marić and the ruritanian president spoke; Marićev stayed; IVO MARIĆ left.',
    'Tor\nTor said the RURITANIAN PRESIDENT and the Secretary-General-elect met.',
  ])('%j', (text) => {
    for (const transcript of [false, true]) expect(fast(text, transcript)).toEqual(naive(text, transcript));
  });

  it('leaves out forms that do not apply', () => {
    const hits = scan('The Ruritanian president met Ivo Marić.', forms, false, undefined, (f) => f.kind !== 'title');
    expect(hits.map((h) => h.form.text)).toEqual(['Ivo Marić', 'Marić']);
  });
});

describe(NAME_GOES_ON.id, () => {
  const forms: Form[] = [
    { text: 'Crown Prince Ali', kind: 'alias', actorId: 'ali-bin-omar' },
    { text: 'Ali bin Omar', kind: 'name', actorId: 'ali-bin-omar' },
  ];
  it('a form followed by a patronymic that goes on is the first words of another name', () => {
    expect(scan('The Nordvik Crown Prince Ali bin Zayd said on Monday', forms, false).map((h) => h.surface)).toEqual([]);
    expect(scan('The Nordvik Crown Prince Ali Bin Zayd said on Monday', forms, false).map((h) => h.surface)).toEqual([]);
  });
  it('the form itself still matches, and a form holding its patronymic is never cut', () => {
    expect(scan('Crown Prince Ali said on Monday', forms, false).map((h) => h.surface)).toEqual(['Crown Prince Ali']);
    expect(scan('Ali bin Omar bin Said arrived', forms, false).map((h) => h.surface)).toEqual(['Ali bin Omar']);
  });
});
