import { describe, expect, it } from 'vitest';
import { damageDocuments, damageText, misspell, rng, surnameOf } from './damage';
import type { SourceDoc } from '../compile/types';

describe('damage', () => {
  it('misspells a name phonetically, never returning it unchanged', () => {
    const r = rng(7);
    for (const w of ['Lavrov', 'Kellogg', 'Rubio', 'Waltz', 'Smith']) {
      for (let i = 0; i < 20; i++) {
        const m = misspell(w, r);
        expect(m.toLowerCase()).not.toBe(w.toLowerCase());
        expect(m[0]).toBe(w[0]); // the first letter is kept, like a mishearing
        expect(Math.abs(m.length - w.length)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const text = 'Minister Anna Berg met Tom Keller. Berg said the talks, held in Oslo, went well. Keller agreed. Berg left.';
    const a = damageText(text, ['Berg', 'Keller'], 'doc', { seed: 1, nameRate: 1 });
    const b = damageText(text, ['Berg', 'Keller'], 'doc', { seed: 1, nameRate: 1 });
    expect(a).toBe(b);
    expect(a).not.toContain('Berg ');
    expect(a).not.toMatch(/Keller/);
    const variants = new Set([1, 2, 3, 4, 5].map((seed) => damageText(text, ['Berg', 'Keller'], 'doc', { seed })));
    expect(variants.size).toBeGreaterThan(1);
  });

  it('doubles punctuation and lower-cases sentence starts when asked', () => {
    const out = damageText('One thing. Two things, three. Four?', [], 'k', { punctRate: 1, lowerRate: 1 });
    expect(out).toBe('one thing.. two things,, three.. four?');
    expect(damageText('Fine. US troops. U.S. aid.', [], 'k', { punctRate: 0, lowerRate: 1 })).toBe('fine. us troops. u.s. aid.');
  });

  it('takes the surname of a full name', () => {
    expect(surnameOf('Anna Berg')).toBe('Berg');
    expect(surnameOf('Mosaad bin Mohammad Al Aiban')).toBe('Aiban');
    expect(surnameOf('JD Li')).toBeNull();
  });

  it('damages bodies only, keeping ids and front matter', () => {
    const doc: SourceDoc = {
      id: 'x',
      file: 'x.md',
      meta: { title: 'Berg in Oslo', outlet: 'O', url: null, published: '2025-01-01', kind: 'article' },
      body: 'Anna Berg met Tom Keller.',
      bodyLine: 7,
    };
    const [d] = damageDocuments([doc], ['Anna Berg', 'Tom Keller'], { seed: 3, nameRate: 1 });
    expect(d.id).toBe('x');
    expect(d.meta.title).toBe('Berg in Oslo');
    expect(d.body).not.toBe(doc.body);
    expect(doc.body).toBe('Anna Berg met Tom Keller.'); // input untouched
  });
});
