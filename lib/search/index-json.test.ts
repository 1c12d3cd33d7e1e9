import { join } from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { load } from '../compile/load';
import { searchSource } from '../compile/search-thread';
import { randomTexts, realLines } from '../compile/text/fuzz-texts';
import { firstDocs, firstIndexDocs, quoteShards, searchFileEntries, searchFiles, shardDocs, shardIndexDocs } from './build';
import { miniSearchJson } from './index-json';
import { FIRST_OPTIONS, QUOTE_OPTIONS, type SearchDoc } from './options';

type Doc = Record<string, unknown>;
const viaMiniSearch = <T extends object>(docs: T[], options: Options<T>) => {
  const m = new MiniSearch<T>(options);
  m.addAll(docs);
  return JSON.stringify(m);
};

describe('miniSearchJson: the JSON of a MiniSearch index, made directly', () => {
  const samples = searchSource(compile(load(join(process.cwd(), 'data'), process.cwd())).dataset);

  it('the samples: search.json and every quote shard, byte for byte', () => {
    expect(miniSearchJson(firstDocs(samples), FIRST_OPTIONS)).toBe(viaMiniSearch(firstDocs(samples), FIRST_OPTIONS));
    for (const size of [3, 2000]) {
      for (const shard of quoteShards(samples, size)) expect(miniSearchJson(shardDocs(shard), QUOTE_OPTIONS)).toBe(viaMiniSearch(shardDocs(shard), QUOTE_OPTIONS));
    }
    // and searchFiles (which uses it) as JSON.stringify of the MiniSearch indexes made it before
    const files = searchFiles(samples, 3);
    for (const [rel, json] of files) {
      if (rel === 'search.json') {
        const head = JSON.parse(json) as { format: string; quotes: string[] };
        const m = new MiniSearch<SearchDoc>(FIRST_OPTIONS);
        m.addAll(firstDocs(samples));
        expect(json).toBe(JSON.stringify({ format: head.format, quotes: head.quotes, index: m }));
      }
    }
  });

  it('every line of the real documents and seeded random strings (odd spaces, punctuation, case, surrogates)', () => {
    const lines = realLines(process.cwd());
    const random = randomTexts(3000, 60);
    // documents of several fields, some missing or empty, terms repeated within and across documents, shared prefixes split in every order
    const docs = (texts: string[]): Doc[] =>
      texts.map((t, i) => ({ id: `d${i}`, a: i % 5 === 0 ? undefined : t, b: i % 7 === 0 ? '' : texts[(i * 31) % texts.length], c: i % 3 === 0 ? null : `${t} ${t.slice(0, 9)}` }));
    const opts = { fields: ['a', 'b', 'c'], storeFields: [] } as Options<Doc>;
    for (const set of [lines.slice(0, 4000), lines.slice(4000, 12000), random, [...random].reverse(), ['abc', 'ab', 'a', 'abd', 'b', 'abcd', 'ab'], []]) {
      expect(miniSearchJson(docs(set), opts)).toBe(viaMiniSearch(docs(set), opts));
    }
    // a numeric id and a custom id field
    const custom = { idField: 'key', fields: ['text'] } as Options<Doc>;
    const cd = [{ key: 7, text: 'one two' }, { key: 'x', text: 'two three' }];
    expect(miniSearchJson(cd, custom)).toBe(viaMiniSearch(cd, custom));
  });

  it('refuses what MiniSearch refuses (missing or duplicate ids) and stored fields', () => {
    expect(() => miniSearchJson([{ text: 'a' }], { fields: ['text'] })).toThrow('does not have ID');
    expect(() => miniSearchJson([{ id: 1, text: 'a' }, { id: 1, text: 'b' }], { fields: ['text'] })).toThrow('duplicate ID');
    expect(() => miniSearchJson([], { fields: ['text'], storeFields: ['text'] })).toThrow('stored fields');
  });
});

describe('the search files from the search thread\'s compact source', () => {
  const dataset = compile(load(join(process.cwd(), 'data'), process.cwd())).dataset;

  it('each event\'s quotes joined (searchSource), and given away shard by shard (release): the files of the dataset itself', () => {
    const whole = searchFiles(dataset, 3);
    const compact = searchSource(dataset);
    expect(compact.events.every((e) => e.evidence === undefined)).toBe(true);
    expect([...searchFiles(compact, 3)]).toEqual([...whole]);
    const own = structuredClone(compact);
    expect([...searchFileEntries(own, 3, true)]).toEqual([...whole]);
    // every quote let go once its shard was made; the first index still made (it reads none)
    expect(own.events.every((e) => e.quotes === undefined && e.evidence === undefined)).toBe(true);
    // the shards as MiniSearch makes them from the full documents
    const shards = quoteShards(dataset, 3);
    expect(shards.length).toBeGreaterThan(1);
    shards.forEach((shard, i) => expect(whole.get(`search-quotes/q-${String(i).padStart(4, '0')}.json`)).toBe(viaMiniSearch(shardDocs(shard), QUOTE_OPTIONS)));
  });

  it('firstIndexDocs and shardIndexDocs: what the index reads of firstDocs and shardDocs, in their order', () => {
    const pick = (d: Partial<SearchDoc>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in d).map((k) => [k, d[k as keyof SearchDoc]]));
    expect([...firstIndexDocs(dataset)]).toEqual(firstDocs(dataset).map((d) => pick(d, ['id', 'name', 'aliases', 'title'])));
    for (const shard of quoteShards(dataset, 5)) expect([...shardIndexDocs(shard)]).toEqual(shardDocs(shard).map((d) => pick(d, ['id', 'title', 'quotes'])));
  });
});
