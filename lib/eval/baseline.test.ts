import { describe, expect, it } from 'vitest';
import { recordBaseline, regressions } from './baseline';
import type { SetFigures } from './evaluate';

const fig = (set: string, f1: number, strictF1: number) => ({ set, events: { overall: { f1 }, strict: { f1: strictF1 } } }) as unknown as SetFigures;

describe('eval baseline', () => {
  it('records only the gated sets, rounded as printed', () => {
    const b = recordBaseline([fig('samples', 0.99999, 0.95), fig('blind', 0.5, 0.4), fig('hard-cases', 1, 1)]);
    expect(b).toEqual({ sets: { samples: { f1: 1, strictF1: 0.95 }, 'hard-cases': { f1: 1, strictF1: 1 } } });
  });
  it('reports a drop of F1 or strict F1, and a gated set not scored', () => {
    const b = { sets: { samples: { f1: 1, strictF1: 0.95 }, 'hard-cases': { f1: 1, strictF1: 1 } } };
    expect(regressions(b, [fig('samples', 1, 0.95), fig('hard-cases', 1, 1)])).toEqual([]);
    const msgs = regressions(b, [fig('samples', 0.96, 0.9)]);
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toMatch(/samples: F1 0\.960 < recorded 1\.000/);
    expect(msgs[2]).toMatch(/hard-cases: not scored/);
  });
});
