import { describe, expect, it } from 'vitest';
import { BIAS, chooseThreshold, fitLogistic, mapRules, score, type Example } from './model';

const pool: Example[] = [
  ...Array.from({ length: 12 }, (_, i): Example => ({ features: ['type:meeting', i % 3 ? 'docs:2' : 'docs:1'], label: 1 })),
  ...Array.from({ length: 8 }, (_, i): Example => ({ features: ['type:statement', i % 2 ? 'in-quotation:all' : 'docs:1'], label: i < 2 ? 1 : 0 })),
];

describe('keep model', () => {
  it('fits deterministically: the same examples in another order give the same weights, byte for byte', () => {
    const a = fitLogistic(pool, { l2: 0.05, iterations: 500 });
    const b = fitLogistic([...pool].reverse().map((e) => ({ ...e, features: [...e.features].reverse() })), { l2: 0.05, iterations: 500 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // weights are rounded to 4 decimals
    for (const v of Object.values(a)) expect(Math.round(v * 10_000) / 10_000).toBe(v);
  });

  it('learns the direction of a feature: statements quoted inside quotation marks weigh against keeping', () => {
    const w = fitLogistic(pool, { l2: 0.01, iterations: 2000 });
    expect(w['in-quotation:all']).toBeLessThan(0);
    expect(w['type:meeting']).toBeGreaterThan(0);
    expect(score(['type:meeting', 'docs:2'], w)).toBeGreaterThan(score(['type:statement', 'in-quotation:all'], w));
    expect(w[BIAS]).toBeDefined();
  });

  it('chooses the threshold that maximises pooled F1 on a small synthetic pool', () => {
    // keep everything: TP 3, FP 2, FN 1 → F1 6/9; drop below 0.5: TP 3, FP 0 → 6/7; dropping more loses TPs
    const scored = [
      { score: 0.9, label: 'keep' as const },
      { score: 0.8, label: 'keep' as const },
      { score: 0.6, label: 'keep' as const },
      { score: 0.4, label: 'drop' as const },
      { score: 0.3, label: 'drop' as const },
      { score: 0.2, label: 'neutral' as const },
    ];
    const t = chooseThreshold(scored, 1);
    expect(t.threshold).toBe(0.5);
    expect(t.f1).toBeCloseTo(6 / 7, 6);
  });

  it('keeps everything (threshold 0) when no threshold beats it', () => {
    const t = chooseThreshold([{ score: 0.3, label: 'keep' }, { score: 0.7, label: 'drop' }], 0);
    expect(t.threshold).toBe(0);
  });

  it('maps rules outside the vocabulary to rule-other:<stage>', () => {
    expect(mapRules(['rule:date:explicit', 'rule:date:rare-one', 'type:call'], new Set(['rule:date:explicit']))).toEqual(['rule-other:date', 'rule:date:explicit', 'type:call']);
  });
});
