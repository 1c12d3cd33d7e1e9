import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { actorForms, formEndAt, formParts, ignoresCase, NAME_GOES_ON, placeForms, resolveOverlaps, scan, titleVariants, type Form, type Hit } from './forms';
import { matchText, tokenize } from './text';
import { load } from '../load';
import { randomTexts, realLines } from '../text/fuzz-texts';

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

describe('scan by the rarest word gives what the index by first word gave, hit for hit and in the same order', () => {
  // scan as written before (forms by their folded first word; every form pulled by a word checked for its others)
  const reCache = new Map<string, RegExp>();
  const formRegex = (text: string, ci: boolean, sticky: boolean): RegExp => {
    const key = `${ci ? 'i' : 's'}${sticky ? 'y' : 'g'}:${text}`;
    let re = reCache.get(key);
    if (!re) {
      const body = text.replace(/[’‘]/g, "'").split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      re = new RegExp(`(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}\\d])`, `${sticky ? 'y' : 'g'}${ci ? 'i' : ''}u`);
      reCache.set(key, re);
    }
    re.lastIndex = 0;
    return re;
  };
  const indexes = new Map<Form[], Map<string, { form: Form; words: string[]; anchored: boolean }[]>>();
  const scanBefore = (text: string, forms: Form[], transcript: boolean, accept?: (f: Form) => boolean): Hit[] => {
    let idx = indexes.get(forms)!;
    if (!idx) {
      indexes.set(forms, (idx = new Map()));
      for (const f of forms) {
        const toks = tokenize(f.text.replace(/[’‘]/g, "'"));
        const first = toks[0]?.low ?? '';
        const e = { form: f, words: [...new Set(toks.flatMap((t) => t.low.split('-')))], anchored: /^[\p{L}\p{M}\d]/u.test(f.text.replace(/[’‘]/g, "'")) };
        idx.set(first, [...(idx.get(first) ?? []), e]);
      }
    }
    const hits: Hit[] = [];
    const at = new Map<string, number[]>();
    const addAt = (w: string, pos: number) => {
      const list = at.get(w);
      if (!list) at.set(w, [pos]);
      else if (list[list.length - 1] !== pos) list.push(pos);
    };
    for (const t of tokenize(text)) {
      addAt(t.low, t.start);
      if (t.low.includes('-')) {
        const parts = t.low.split('-');
        let pos = t.start;
        for (let i = 0; i < parts.length; i++) {
          for (let j = i + 1; j <= parts.length; j++) if (j - i < parts.length) addAt(parts.slice(i, j).join('-'), pos);
          pos += parts[i].length + 1;
        }
      }
    }
    for (const [w, starts] of at)
      for (const { form, words: need, anchored } of idx.get(w) ?? []) {
        if (need.length > 1 && !need.every((x) => at.has(x))) continue;
        if (accept && !accept(form)) continue;
        const ci = ignoresCase(form, transcript);
        if (!anchored) {
          for (const m of text.matchAll(formRegex(form.text, ci, false))) hits.push({ start: m.index, end: m.index + m[0].length, form, surface: m[0] });
          continue;
        }
        const re = formRegex(form.text, ci, true);
        let lastEnd = -1;
        for (const pos of starts) {
          if (pos < lastEnd) continue;
          re.lastIndex = pos;
          const m = re.exec(text);
          if (!m) continue;
          hits.push({ start: pos, end: pos + m[0].length, form, surface: m[0] });
          lastEnd = pos + m[0].length;
        }
      }
    return hits
      .filter((h) => !(h.form.kind !== 'place' && h.form.kind !== 'block' && !/\b(?:bin|ibn|bint|ben)\b/i.test(h.form.text) && NAME_GOES_ON.pattern.test(text.slice(h.end, h.end + 12))))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  };
  it('on every line of the real documents and on seeded random strings, with the forms of the data files and of every eval set', () => {
    const root = process.cwd();
    const sets = [join(root, 'data'), ...readdirSync(join(root, 'data', 'eval')).map((d) => join(root, 'data', 'eval', d)).filter((d) => existsSync(join(d, 'actors.yaml')))];
    const actorForms_: Form[] = [];
    const placeForms_: Form[] = [];
    for (const dir of sets) {
      const inputs = load(dir, root);
      actorForms_.push(...actorForms(inputs.actors, inputs.lexicon));
      placeForms_.push(...placeForms(inputs.places, inputs.lexicon));
    }
    const texts = [...realLines(root).map(matchText), ...randomTexts(3000, 60, ['Kovač', 'president', 'Secretary-General', 'of', ' ', 'U.S.', '-', 'the', 'Prime Minister', 'Ali bin', "Russia's", '’']).map(matchText)];
    const accept = (f: Form) => f.kind !== 'title' || (f.from ?? '') < '2020';
    let hits = 0;
    // each text's tokens made once and passed to every scan of it (as the who passes do): their word positions are kept
    const tokensOf = new Map(texts.map((t) => [t, tokenize(t)]));
    for (const forms of [actorForms_, placeForms_])
      for (const t of texts)
        for (const transcript of [false, true]) {
          const got = scan(t, forms, transcript, transcript ? tokensOf.get(t) : undefined, forms === actorForms_ ? accept : undefined);
          const want = scanBefore(t, forms, transcript, forms === actorForms_ ? accept : undefined);
          hits += want.length;
          if (got.length !== want.length || got.some((h, k) => h.form !== want[k].form || h.start !== want[k].start || h.end !== want[k].end || h.surface !== want[k].surface))
            expect(got.map((h) => [h.start, h.end, h.form.text, h.surface]), t).toEqual(want.map((h) => [h.start, h.end, h.form.text, h.surface]));
        }
    expect(hits).toBeGreaterThan(10000);
  }, 180_000);
});

describe('formEndAt ends where the sticky regular expression of the form ends, at every position', () => {
  // the form's expression as scan built it before (formRegex), sticky
  const stickyRe = (text: string, ci: boolean): RegExp => {
    const body = text.replace(/[’‘]/g, "'").split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}\\d])`, `y${ci ? 'i' : ''}u`);
  };
  // characters the two could read differently: case folding apart from lower-casing (Kelvin sign, long s, dotted I,
  // sharp s), marks, white space of every kind, astral letters and lone surrogates, digits of other scripts
  const ODD = ['K', 'k', '\u212a', 's', 'S', '\u017f', 'İ', 'i', 'ı', 'ß', 'ẞ', 'ss', 'é', 'É', 'e\u0301', '\u0301', ' ', '  ', '\u00a0', '\u2009', '\u200b', '\ufeff', '\n', '\t',
    '\ud835\udc00', '\ud801\udc00', '\ud801\udc28', '\ud800', '\udc00', '٣', '1', '.', "'", '’', '-', 'ǅ', 'ǆ', 'Ǆ', 'Σ', 'σ', 'ς', 'Al', 'bin', 'U.S.', 'Kovač'];
  it('on the data files\' forms over the real lines, and on random forms over random strings, both case modes', () => {
    const root = process.cwd();
    const inputs = load(join(root, 'data'), root);
    const dataForms = [...actorForms(inputs.actors, inputs.lexicon), ...placeForms(inputs.places, inputs.lexicon)].map((f) => f.text);
    const randomForms = randomTexts(400, 6, ODD, 11).filter((t) => /^[\p{L}\p{M}\d]/u.test(t.replace(/[’‘]/g, "'")));
    const texts = [...realLines(root).slice(0, 4000).map(matchText), ...randomTexts(1500, 30, ODD, 5)];
    let compared = 0;
    let matched = 0;
    let undecided = 0;
    const check = (formText: string, t: string, positions: Iterable<number>) => {
      const parts = formParts(formText);
      if (!parts) return;
      for (const ci of [false, true]) {
        const re = stickyRe(formText, ci);
        for (const pos of positions) {
          const got = formEndAt(t, pos, parts, ci);
          if (got === undefined) {
            undecided++;
            continue;
          }
          re.lastIndex = pos;
          const m = re.exec(t);
          const want = m ? pos + m[0].length : -1;
          compared++;
          if (want >= 0) matched++;
          if (got !== want) expect({ form: formText, t, pos, ci, got }).toEqual({ form: formText, t, pos, ci, got: want });
        }
      }
    };
    // the data files' forms at every word start of the lines that hold their first word (scan's candidates)
    const byFirst = new Map<string, string[]>();
    for (const f of dataForms) {
      const first = tokenize(f.replace(/[’‘]/g, "'"))[0]?.low;
      if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), f]);
    }
    for (const t of texts)
      for (const tok of tokenize(t)) for (const f of byFirst.get(tok.low) ?? []) check(f, t, [tok.start]);
    // on these texts (the real lines and random strings full of surrogates), the expression is rarely needed
    const realCompared = compared;
    expect(realCompared).toBeGreaterThan(100 * undecided);
    // random forms at every position of random strings
    for (let k = 0; k < randomForms.length; k++) {
      const t = texts[texts.length - 1 - (k % 1500)] + randomForms[k] + ' ' + randomForms[(k * 7) % randomForms.length].toUpperCase();
      check(randomForms[k], t, t.split('').map((_, i) => i));
    }
    expect(matched).toBeGreaterThan(1000);
    expect(compared).toBeGreaterThan(realCompared + 10_000);
  }, 180_000);
});
