import { describe, expect, it } from 'vitest';
import { resolveOverlaps, scan, titleVariants, type Form } from './forms';

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
