/**
 * Literals a regular expression cannot match without: `requiredLiterals(re)` is a list of strings such that the text
 * searched holds at least one of them (as a substring) wherever `re` matches — or null when no such list is known.
 * It is read off the regex's own source (no table to keep beside the rules): a trigger rule whose literals are all
 * absent from a sentence is skipped without running its regex (findTriggers), with the same hits.
 *
 * Sound by construction on the subset of syntax it reads; anything else gives "no constraint" (null):
 * - a literal character, or a class of at most 8 listed characters (`[eé]`, `[-–]`), is that set of strings; a wider
 *   or negated class, `.`, `\s`, `\w`, `\d` require nothing;
 * - `\b`, `^`, `$` and negative lookarounds match no character: the empty string (they add no constraint);
 * - a positive lookaround `(?=x)` / `(?<=x)` matches no character of the hit but its text is in the searched string
 *   (right after or right before the hit): what x requires is required, though not joined to its neighbours;
 * - a sequence: the exact strings of consecutive parts are joined while the product stays small; otherwise the
 *   strongest requirement of one part is taken (each part's text is in every match);
 * - an alternation: the union of its branches' requirements (null as soon as one branch has none);
 * - `x?`, `x*`, `x{0,n}`: no requirement (the empty repetition); `x+`, `x{n,m}` with n ≥ 1: what x requires.
 * Flags other than `g`/`y` (e.g. `i`, `u`, `s`, `v`) are not read: null.
 */

/** What a node of the pattern requires: `exact` — the whole set of strings it can match (small); or `any` — a
 * list of strings one of which every match contains (null: nothing known). */
interface Info {
  exact: Set<string> | null;
  any: string[] | null;
}

const MAX_EXACT = 64;
const MAX_CLASS = 8;

class Unsupported extends Error {}

const NONE: Info = { exact: null, any: null };
const EMPTY = (): Info => ({ exact: new Set(['']), any: null });

/** the requirement of an Info as a list (null: none): its exact strings, or its `any` list */
function reqOf(i: Info): string[] | null {
  if (i.exact) {
    if (i.exact.has('')) return null;
    return [...i.exact];
  }
  return i.any;
}

/** the list without strings that contain another of the list (one match of the shorter suffices), sorted */
function simplify(list: string[]): string[] {
  const uniq = [...new Set(list)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const s of uniq) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** how selective a requirement is: its shortest string's length, then fewer strings */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  peek(): string | undefined {
    return this.src[this.i];
  }

  /** alternation := sequence ('|' sequence)* */
  alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    if (branches.every((b) => b.exact)) {
      const all = new Set<string>();
      for (const b of branches) for (const s of b.exact!) all.add(s);
      if (all.size <= MAX_EXACT) return { exact: all, any: null };
    }
    const any: string[] = [];
    for (const b of branches) {
      const r = reqOf(b);
      if (!r) return NONE;
      any.push(...r);
    }
    return { exact: null, any: simplify(any) };
  }

  /** sequence := (atom quantifier?)* — joined left to right */
  sequence(): Info {
    // the exact strings of the run of parts read so far (null once a part is not exact), and the best requirement
    // of the parts outside that run
    let run: Set<string> | null = new Set(['']);
    let best: string[] | null = null;
    const closeRun = () => {
      if (run) best = better(best, reqOf({ exact: run, any: null }));
    };
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.quantified();
      if (part.exact && run) {
        const next = new Set<string>();
        for (const a of run) for (const b of part.exact) next.add(a + b);
        if (next.size <= MAX_EXACT) {
          run = next;
          continue;
        }
      }
      // the run ends here: its requirement is kept; a new run starts with this part when it is exact
      closeRun();
      if (part.exact) run = new Set(part.exact);
      else {
        run = new Set(['']);
        best = better(best, part.any);
      }
    }
    if (best === null && run) return { exact: run, any: null };
    closeRun();
    return { exact: null, any: best ? simplify(best) : null };
  }

  quantified(): Info {
    const atom = this.atom();
    const c = this.peek();
    let min: number | null = null;
    if (c === '?' || c === '*') {
      this.i++;
      min = 0;
    } else if (c === '+') {
      this.i++;
      min = 1;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      this.i += m[0].length;
      min = Number(m[1]);
      // exactly {1}: the atom itself
      if (min === 1 && m[2] === undefined) min = -1;
    }
    if (min === null || min === -1) return atom;
    if (this.peek() === '?') this.i++; // lazy: the same strings
    if (min === 0) {
      // x? of an exact x: its strings or nothing
      if (c === '?' && atom.exact) return { exact: new Set(['', ...atom.exact]), any: null };
      return EMPTY();
    }
    return { exact: null, any: reqOf(atom) };
  }

  atom(): Info {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (c === '.') {
      this.i++;
      return NONE;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')' || c === '|') throw new Unsupported(c);
    // a surrogate pair is one character either way (no `u` flag: two units, matched as two literals)
    this.i++;
    return { exact: new Set([c]), any: null };
  }

  group(): Info {
    const rest = this.src.slice(this.i);
    let kind: 'plain' | 'ahead' | 'not-ahead' | 'behind' | 'not-behind';
    if (rest.startsWith('(?:')) kind = 'plain';
    else if (rest.startsWith('(?=')) kind = 'ahead';
    else if (rest.startsWith('(?!')) kind = 'not-ahead';
    else if (rest.startsWith('(?<=')) kind = 'behind';
    else if (rest.startsWith('(?<!')) kind = 'not-behind';
    else if (rest.startsWith('(?<')) throw new Unsupported('named group');
    else if (rest.startsWith('(?')) throw new Unsupported('group');
    else kind = 'plain'; // a capturing group
    this.i += kind === 'plain' ? (rest.startsWith('(?:') ? 3 : 1) : kind === 'behind' || kind === 'not-behind' ? 4 : 3;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    if (kind === 'plain') return inner;
    if (kind === 'not-ahead' || kind === 'not-behind') return EMPTY();
    // a positive lookaround: its text is in the searched string, though not joined to the hit's
    return { exact: null, any: reqOf(inner) };
  }

  /** an escape; inClass: inside [...] (where \b is a backspace) */
  escape(inClass: boolean): Info {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    if (e === 'b' && !inClass) return EMPTY();
    if (e === 'B' && !inClass) return EMPTY();
    if ('dDwWsS'.includes(e)) return NONE;
    if (/[1-9k]/.test(e)) throw new Unsupported('backreference');
    if ('cxuP'.includes(e) || e === 'p' || e === '0') throw new Unsupported('escape');
    const ctl: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (ctl[e]) return { exact: new Set([ctl[e]]), any: null };
    if (e === 'b') return { exact: new Set(['\b']), any: null };
    if (/[A-Za-z0-9]/.test(e)) throw new Unsupported('escape');
    return { exact: new Set([e]), any: null };
  }

  charClass(): Info {
    this.i++;
    const chars = new Set<string>();
    // a negated class matches almost anything: read through it, no requirement
    let wide = false;
    if (this.peek() === '^') {
      this.i++;
      wide = true;
    }
    // `[]` matches nothing (so requires nothing that can be said as strings): no requirement
    if (this.peek() === ']') wide = true;
    while (this.peek() !== ']') {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('unclosed class');
      let one: string | null;
      if (c === '\\') {
        const info = this.escape(true);
        if (!info.exact) {
          wide = true;
          one = null;
        } else one = [...info.exact][0];
      } else {
        this.i++;
        one = c;
      }
      // a range a-z
      if (one !== null && this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== undefined) {
        this.i++;
        let hi = this.src[this.i];
        if (hi === '\\') {
          const info = this.escape(true);
          if (!info.exact) throw new Unsupported('class range');
          hi = [...info.exact][0];
        } else this.i++;
        const lo = one.charCodeAt(0);
        const up = hi.charCodeAt(0);
        if (up - lo > MAX_CLASS) wide = true;
        else for (let k = lo; k <= up; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      if (one !== null) chars.add(one);
    }
    this.i++;
    if (wide || chars.size > MAX_CLASS) return NONE;
    return { exact: chars, any: null };
  }
}

/**
 * A list of strings one of which is in every string where `re` finds a match (see the file's comment), or null.
 * Exact in the sense findTriggers needs: `re` has no match in a text holding none of them.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[^gy]/.test(re.flags)) return null;
  try {
    const p = new Parser(re.source);
    const info = p.alternation();
    if (p.i !== re.source.length) return null;
    const r = reqOf(info);
    return r ? simplify(r) : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const memo = new WeakMap<RegExp, string[] | null>();

/** requiredLiterals, once per regex object */
export function requiredLiteralsOf(re: RegExp): string[] | null {
  let r = memo.get(re);
  if (r === undefined) memo.set(re, (r = requiredLiterals(re)));
  return r;
}

/** true when `text` may hold a match of `re`: it holds one of the regex's required literals (or none is known) */
export function mayMatch(re: RegExp, text: string): boolean {
  return holdsOne(text, requiredLiteralsOf(re));
}

/** true when `text` holds one of `lits`, or `lits` is null (nothing known) */
export function holdsOne(text: string, lits: string[] | null): boolean {
  if (!lits) return true;
  for (let k = 0; k < lits.length; k++) if (text.includes(lits[k])) return true;
  return false;
}

/**
 * A rule list's prefilter: `mayMatchRule(text, r)` is false only when rule r's regex has no match in `text` — one of its
 * required literals must be in the text, and a literal is in it only if each of its pairs of adjacent characters is.
 * `scan(text)` marks the text's pairs once (a table of 2^16 entries indexed by a hash of the pair, stamped with the
 * scan's number: a collision only lets a rule through); each literal is then a few table reads, not a search.
 */
export interface RulePrefilter {
  scan(text: string): void;
  mayMatchRule(r: number): boolean;
}

const pairHash = (a: number, b: number) => ((a << 7) ^ b) & 0xffff;

function makePrefilter(lits: (string[] | null)[]): RulePrefilter {
  const seen = new Uint32Array(1 << 16);
  let stamp = 0;
  // per rule: null (run it), else per literal the hashes of its pairs (a literal of one character: its own search)
  const pairs = lits.map((ls) => (ls ? ls.map((l) => (l.length < 2 ? l : Array.from({ length: l.length - 1 }, (_, k) => pairHash(l.charCodeAt(k), l.charCodeAt(k + 1))))) : null));
  let text = '';
  return {
    scan(t: string) {
      text = t;
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) seen.fill(0);
      for (let i = 0; i + 1 < t.length; i++) seen[pairHash(t.charCodeAt(i), t.charCodeAt(i + 1))] = stamp;
    },
    mayMatchRule(r: number) {
      const ps = pairs[r];
      if (!ps) return true;
      for (const p of ps) {
        if (typeof p === 'string') {
          if (text.includes(p)) return true;
          continue;
        }
        let all = true;
        for (let k = 0; k < p.length; k++) if (seen[p[k]] !== stamp) { all = false; break; }
        if (all) return true;
      }
      return false;
    },
  };
}

const ofRules = new WeakMap<readonly { re: RegExp }[], { res: RegExp[]; pf: RulePrefilter }>();

/** the prefilter of a rule list (rules by position); made again when a rule's regex is not the one it was made from */
export function prefilterOfRules(rules: readonly { re: RegExp }[]): RulePrefilter {
  let got = ofRules.get(rules);
  if (!got || got.res.length !== rules.length || rules.some((r, i) => r.re !== got!.res[i])) {
    got = { res: rules.map((r) => r.re), pf: makePrefilter(rules.map((r) => requiredLiteralsOf(r.re))) };
    ofRules.set(rules, got);
  }
  return got.pf;
}
