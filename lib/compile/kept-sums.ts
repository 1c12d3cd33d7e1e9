/**
 * Sums over every document's facts, kept between compiles: the last answer is brought up to date by the facts gone and
 * come since (an unchanged document's facts are the same object), not summed again over every document — when fewer
 * than half of them changed; else summed anew. The sums must not read the documents' order (sets and counts only), and
 * callers only read the answer (it is updated in place by the next call). One facts object twice in a list: summed over
 * the list as given, and nothing kept. Used by the people stage's per-edit sums (mentions.ts whoConclude, who/join-people.ts).
 */
export class KeptSums<F extends object, T> {
  private last: { list: readonly F[]; facts: Set<F>; totals: T } | null = null;

  /**
   * `fresh` makes empty sums; `add` adds (sign 1) or takes away (sign −1) the facts' part; with `sameListSame`, the very
   * list object of the last call gives the last answer without a look at its facts (for callers that ask twice in a row)
   */
  constructor(
    private readonly fresh: () => T,
    private readonly add: (t: T, facts: readonly F[], sign: 1 | -1) => void,
    private readonly sameListSame = false,
  ) {}

  of(facts: readonly F[]): T {
    const last = this.last;
    if (this.sameListSame && last?.list === facts) return last.totals;
    const now = new Set(facts);
    if (now.size !== facts.length) {
      this.last = null;
      const whole = this.fresh();
      this.add(whole, facts, 1);
      return whole;
    }
    const gone = last ? [...last.facts].filter((f) => !now.has(f)) : [];
    const came = last ? facts.filter((f) => !last.facts.has(f)) : facts;
    let t: T;
    if (last && gone.length + came.length < facts.length / 2) {
      t = last.totals;
      this.add(t, gone, -1);
      this.add(t, came, 1);
    } else {
      t = this.fresh();
      this.add(t, facts, 1);
    }
    this.last = { list: facts, facts: now, totals: t };
    return t;
  }
}
