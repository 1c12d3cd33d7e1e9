/**
 * compileProject(inputs): the same result as compile(inputs), byte for byte, made
 * faster for large archives:
 *   - per-document stages (clean → sentences → dates; events) run on worker threads
 *     (one per core) when there are enough documents to be worth starting them;
 *   - their results are cached on disk by content hash (lib/compile/cache.ts), so a
 *     recompile after editing one document redoes only that document's stages, plus
 *     the cross-document ones (linking discoveries, merge, network, overrides); the
 *     other documents' second who pass too only when the discovered people changed.
 *     What an unchanged document's stages need is read in small parts (slim document,
 *     who-link); its sentences and whole first pass only when a stage reruns on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { byId, docEvents, finishCompile, prepareDoc, slimDoc, splitWho, stageClock, type EventsInput, type PreparedDoc, type StageTimings } from '../index';
import {
  docFacts,
  firstPassData,
  firstPassLink,
  outletNames,
  secondPassContext,
  secondPassCompact,
  whoConclude,
  whoContext,
  whoLinkData,
  whoPrepare,
  copyLinkedPeople,
  linkedFromCopy,
  placesByDocument,
  sortByDocument,
  linkInputJson,
  discoveredDiff,
  discoveredJson,
  readsTouched,
  mediaKeysJson,
  mediaKeysChanged,
  mayHoldTokens,
  type ConcludeRenames,
  type DiscoveredDiff,
  type SecondPassReads,
  type SecondPassContext,
  type LinkedPeople,
  type WhoLinked,
  type DocFacts,
  type FirstPassData,
  type FirstPassLink,
  type LinkedCompact,
  type WhoContext,
  type MediaKeyView,
} from '../mentions';
import { codeRoot, compilerVersion, DiskCache, forgetKeptCaches, sha } from '../cache';
import { adoptItems, packMergeState, releaseMergeState, type MergeState } from '../merge';
import { vouchSortedChain } from '../keep';
import type { EventsMade } from './protocol';
import type { ActorInfo, CompileInputs, CompileResult, DocEvent, Mention, PlaceMention, SentencedDoc, SourceDoc } from '../types';
import { poolSize, WorkerPool, type PoolStats } from './pool';
import { isCommonWord } from '../who/text';
import { tagSentence } from '../text/pos';
import { scan } from '../who/forms';

export interface ProjectOptions {
  /** project root (the default cache is <root>/.parley/cache); default cwd */
  root?: string;
  /** cache folder; null: no cache. Default <root>/.parley/cache */
  cacheDir?: string | null;
  /** number of worker threads; 0: none. Default: one per core, none below `minDocs` documents to work on */
  workers?: number;
  /** fewer documents to work on than this: no workers (starting them costs more). Default 64 */
  minDocs?: number;
  timings?: StageTimings;
  cpu?: StageTimings;
  peakRss?: StageTimings;
  /**
   * keep this run's merge state for the next compile of the same cache in this process (the dev loop's compile
   * thread, the bench's edit): that compile then re-scores only the pairs its changed documents touch. Off for a
   * one-shot compile, which would only hold the state (the previous run's reports) in memory for nothing.
   */
  keepMerge?: boolean;
  /** with keepMerge: deep-freeze what is kept in memory between compiles (tests: a stage mutating a kept value throws) */
  freezeKept?: boolean;
  /** filled with the cache's counts: entries read (from memory among them), missed, written */
  cacheStats?: CacheStats;
  /**
   * a state read from disk is saved again when more than this share of its reports was made anew (default 0.01):
   * below it, the saved state is left as it was
   */
  mergeRewriteShare?: number;
  /** filled with the worker pools' time per kind of task (pool.ts PoolStats; scripts/profile-parallel.ts) */
  poolStats?: PoolStats;
}

/**
 * The cache stages whose entries a long-lived process keeps in memory between compiles (with keepMerge): what an
 * edit reads of every unchanged document. Not the whole first passes and sentences (who, prepare): read only for a
 * stage to rerun, and the largest.
 */
export interface CacheStats {
  hits: number;
  memoryHits: number;
  misses: number;
  written: number;
  /** where the previous merge state came from (null: none, a full merge) */
  mergeFrom?: 'memory' | 'disk' | null;
  /** whether this compile saved its merge state in the cache (see ProjectOptions.mergeRewriteShare) */
  mergeSaved?: boolean;
  /** whether the last linking was reused (a long-lived process, documents that read the same to linking) or linking ran */
  linking?: 'reused' | 'ran';
  /**
   * second passes: kept from the last compile of this process although the discovered people changed (none of what the
   * document's second pass read changed: mentions.ts readsTouched), and run
   */
  secondPass?: { kept: number; ran: number };
  /**
   * first passes kept from the last compile (this process's, else the one recorded in the cache) when the setup's media
   * people changed (the document's text is
   * the same and can hold none of the changed keys: mentions.ts mayHoldTokens), and how many keys changed (null: the
   * setup is the same, or changed in more than its media people: none compared); how many first passes were not in the
   * cache (made by this compile)
   */
  firstPass?: { kept: number; changedKeys: number | null; ran?: number };
  /** entries read per stage: from memory, from disk */
  byStage?: Record<string, { memory: number; disk: number }>;
}

const RESIDENT = ['slim', 'facts', 'who-link', 'who2', 'who2-reads', 'events'];

export async function compileProject(inputs: CompileInputs, opts: ProjectOptions = {}): Promise<CompileResult> {
  const root = opts.root ?? process.cwd();
  const clock = stageClock(opts.timings, opts.cpu, opts.peakRss);
  // the compiler's version (a hash of its sources), then each document's content hash: the cache keys ('keys')
  const version = opts.cacheDir === null ? '' : compilerVersion(codeRoot());
  clock('keys');
  const cache =
    opts.cacheDir === null
      ? null
      : new DiskCache(opts.cacheDir ?? join(root, '.parley', 'cache'), version, opts.keepMerge ? { resident: RESIDENT, freeze: opts.freezeKept } : {});
  clock('cache');
  // the events stage reads the places and the zones files (a day told in the writer's zone): both key its cache
  const placesKey = sha(JSON.stringify(inputs.places), JSON.stringify(inputs.zones ?? {}));
  const sources = [...inputs.documents].sort(byId);
  // a long-lived process knows last compile's keys: a document whose text and other fields are unchanged keeps its key
  // (its text compared, not hashed again)
  const lastDocs = opts.keepMerge ? kept.docKeys : null;
  const nextDocs = new Map<string, KeptDocKey>();
  const docKeys = sources.map((d) => {
    const k = docKey(d, lastDocs);
    if (opts.keepMerge) nextDocs.set(d.id, k);
    return k.key;
  });
  if (opts.keepMerge) kept.docKeys = nextDocs;
  clock('keys');
  let pool: WorkerPool | null = null;
  let noWorkers = false;
  const getPool = (work: number): WorkerPool | null => {
    const n = opts.workers ?? poolSize();
    if (noWorkers || n < 1 || work === 0 || work < (opts.minDocs ?? 64)) return null;
    if (!pool) {
      pool = new WorkerPool(codeRoot(), n);
      pool.stats = opts.poolStats ?? null;
    }
    return pool;
  };
  const closePool = async () => {
    const p = pool as WorkerPool | null;
    pool = null;
    if (p) await p.close();
  };
  /** the pool once its workers are up; null (work in this thread) when they cannot start */
  const started = async (p: WorkerPool | null): Promise<WorkerPool | null> => {
    try {
      if (p) await p.started();
      return p;
    } catch {
      noWorkers = true;
      pool = null;
      await p?.close().catch(() => {});
      return null;
    } finally {
      clock('workers');
    }
  };

  try {
    // ---- clean → sentences → dates, per document ----
    // what the later stages need of a document besides its sentences (text, metadata, kept spans) is cached apart
    // (slim); a document whose slim form is cached is read whole only when a stage has to run on it
    const docs: (SentencedDoc | undefined)[] = docKeys.map((k) => cache?.get<SentencedDoc>('slim', k));
    const prepared: (PreparedDoc | undefined)[] = docKeys.map((k, i) => {
      if (!docs[i]) return cache?.get<PreparedDoc>('prepare', k);
      cache?.keep('prepare', k);
      return undefined;
    });
    clock('cache');
    const todo = sources.map((d, i) => (prepared[i] || docs[i] ? -1 : i)).filter((i) => i >= 0);
    const prepPool = await started(getPool(todo.length));
    const made = await runStage(prepPool, 'prepare', todo.map((i) => sources[i]), (d: SourceDoc) => prepareDoc(d));
    todo.forEach((i, k) => (prepared[i] = made[k]));
    clock('prepare');
    if (cache) todo.forEach((i) => cache.set('prepare', docKeys[i], prepared[i]));
    docs.forEach((d, i) => {
      if (d) return;
      docs[i] = slimDoc(prepared[i]!.doc);
      cache?.set('slim', docKeys[i], docs[i]);
    });
    clock('cache');
    /** a document prepared whole (its sentences and dates): from this compile, else the cache, else made here */
    const full = (i: number): PreparedDoc => {
      let p = prepared[i];
      if (p) return p;
      p = cache?.get<PreparedDoc>('prepare', docKeys[i]);
      if (!p) {
        p = prepareDoc(sources[i]);
        cache?.set('prepare', docKeys[i], p);
      }
      return (prepared[i] = p);
    };

    // ---- who: the first pass per document (workers, cached), linked across documents on this thread ----
    const slim = docs as SentencedDoc[];
    // what the setup needs of each document (lower case? which hosts and reporters?): workers, cached by document and outlets
    const outlets = [...outletNames(inputs.lexicon, slim)].sort();
    const outletsJson = JSON.stringify(outlets);
    // a long-lived process hashes the same parts once: last compile's keys by their parts (only what this one uses is kept)
    const lastShas = opts.keepMerge ? kept.shas : null;
    const nextShas = opts.keepMerge ? (kept.shas = new Map()) : null;
    /** sha(...parts), remembered under `memo` (short: the parts with any long one by its own hash) */
    const shaOf = (memo: string, ...parts: string[]): string => {
      if (!nextShas) return sha(...parts);
      const v = lastShas!.get(memo) ?? sha(...parts);
      nextShas.set(memo, v);
      return v;
    };
    const outletsHash = nextShas ? sha(outletsJson) : '';
    const factsKeys = docKeys.map((k) => shaOf(`facts\u0000${k}\u0000${outletsHash}`, 'facts', k, outletsJson));
    clock('keys');
    const facts: (DocFacts | undefined)[] = factsKeys.map((k) => cache?.get<DocFacts>('facts', k));
    clock('cache');
    const factsTodo = facts.map((f, i) => (f ? -1 : i)).filter((i) => i >= 0);
    const factsPool = await started(getPool(factsTodo.length));
    if (factsPool) {
      await factsPool.broadcast({ kind: 'facts-context', outlets });
      const made = await factsPool.map<SentencedDoc, DocFacts>('facts', factsTodo.map((i) => full(i).doc));
      factsTodo.forEach((i, k) => (facts[i] = made[k]));
    } else {
      const set = new Set(outlets);
      factsTodo.forEach((i) => (facts[i] = docFacts(full(i).doc, set)));
    }
    clock('mentions');
    if (cache) factsTodo.forEach((i) => cache.set('facts', factsKeys[i], facts[i]));
    clock('cache');
    const docIndex = new Map(slim.map((d, i) => [d.id, i]));
    const prep = whoPrepare(slim, inputs.actors, inputs.places, inputs.lexicon, (d) => facts[docIndex.get(d.id)!]!);
    facts.length = 0;
    const setupKey = sha('who-setup', JSON.stringify(prep.setup));
    // a first pass reads of the media people only what the keys its tokens hold give it (mentions.ts mediaKeysJson): when
    // the setup changed in its media people alone (a document deleted, added, or naming a new host) a document keeps its
    // last first pass (its key) when its text is the same, its own media entries are, and it can hold none of the keys
    // whose shared part changed (mayHoldTokens); with the same setup, its last key. The last keys: this process's last
    // compile (a long-lived process), else the record the last compile left in the cache (a fresh process: a restarted
    // dev server, a redeploy), so that a restart after such a change redoes no first pass the change cannot touch
    const firstInMemory = opts.keepMerge ? kept.first : null;
    const firstOnDisk = !firstInMemory && cache ? firstKeysRecord(cache.get<unknown>('first-keys', FIRST_KEYS)) : null;
    const lastFirst = firstInMemory ?? firstOnDisk;
    // (every part of the setup but the media people: a part added later is in it; made only when the setup changed)
    const sameSetup = lastFirst?.setupKey === setupKey;
    let baseKey = '';
    let mediaJson: Map<string, MediaKeyView> | null = null;
    if (sameSetup) ({ baseKey, media: mediaJson } = lastFirst);
    else if (cache) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { media: _media, ...setupBase } = prep.setup;
      baseKey = sha('who-setup-base', JSON.stringify(setupBase));
      mediaJson = mediaKeysJson(prep.setup.media);
    }
    const mediaChanged = lastFirst && !sameSetup && lastFirst.baseKey === baseKey ? mediaKeysChanged(lastFirst.media, mediaJson!) : null;
    let firstKept = 0;
    const whoKeys = docKeys.map((k, i) => {
      const was = lastFirst?.docs.get(sources[i].id);
      const mine = !!was && was.docKey === k;
      // the same setup and text: the last key (it may be one an earlier setup's, kept by an earlier change)
      if (mine && sameSetup) return was.whoKey;
      const key = shaOf(`who\u0000${k}\u0000${setupKey}`, 'who', k, setupKey);
      if (!mediaChanged || !mine) return key;
      if (was.whoKey !== key && (mediaChanged.docs.has(sources[i].id) || mayHoldTokens(slim[i].body, mediaChanged.keys))) return key;
      firstKept++;
      return was.whoKey;
    });
    if (opts.cacheStats) opts.cacheStats.firstPass = { kept: firstKept, changedKeys: mediaChanged?.keys.length ?? null };
    if (cache) {
      const fdocs = new Map<string, { docKey: string; whoKey: string }>();
      sources.forEach((d, i) => fdocs.set(d.id, { docKey: docKeys[i], whoKey: whoKeys[i] }));
      const record: FirstKeys = { setupKey, baseKey, media: mediaJson!, docs: fdocs };
      if (opts.keepMerge) kept.first = record;
      // saved for a fresh process unless the cache holds it already (as read by this compile, or as this process's last
      // compile of the folder left it)
      const saved = firstOnDisk ?? (kept.firstSaved?.dir === cache.dir ? kept.firstSaved.record : null);
      if (saved && sameFirstKeys(saved, record)) cache.keep('first-keys', FIRST_KEYS);
      else cache.set('first-keys', FIRST_KEYS, record);
      if (opts.keepMerge) kept.firstSaved = { dir: cache.dir, record };
    }
    clock('mentions');
    // what linking reads of a first pass (who-link) is cached apart from the whole (who): the whole is read only
    // for a second pass to redo
    const wholes: (FirstPassData | undefined)[] = new Array(docs.length);
    const firsts: (FirstPassLink | undefined)[] = whoKeys.map((k, i) => {
      const link = cache?.get<FirstPassLink>('who-link', k);
      if (link) {
        cache!.keep('who', k);
        return link;
      }
      const w = (wholes[i] = cache?.get<FirstPassData>('who', k));
      if (w) cache!.set('who-link', k, firstPassLink(w));
      return w;
    });
    clock('cache');
    const whoTodo = firsts.map((f, i) => (f ? -1 : i)).filter((i) => i >= 0);
    if (opts.cacheStats?.firstPass) opts.cacheStats.firstPass.ran = whoTodo.length;
    const whoPool = await started(getPool(whoTodo.length));
    const keepFirst = (i: number, whole: FirstPassData) => {
      wholes[i] = whole;
      if (cache) {
        cache.set('who', whoKeys[i], whole);
        cache.set('who-link', whoKeys[i], firstPassLink(whole));
      }
    };
    if (whoPool) {
      await whoPool.broadcast({ kind: 'who-context', setup: prep.setup });
      const made = await whoPool.map<SentencedDoc, FirstPassData>('who', whoTodo.map((i) => full(i).doc));
      clock('mentions');
      whoTodo.forEach((i, k) => keepFirst(i, (firsts[i] = made[k])));
      clock('cache');
    }
    // the workers are kept through the linking on this thread for the second pass and events (started again, each
    // would load the compiler and the NLP libraries again: ~1.4 s CPU apiece); what they held for the first pass is let go
    if (whoPool) await whoPool.broadcast({ kind: 'release' });
    // without workers, the documents not in the cache are done here, in the linking order
    let cx: WhoContext | null = null;
    // the matching context (forms, keys, their indexes: most of a one-document first pass) is the setup's alone:
    // a long-lived process keeps the last one for its next compile (an edit rarely changes the setup)
    const contextFor = (key: string): WhoContext => {
      if (lastWhoContext?.key === key) return lastWhoContext.cx;
      const made = whoContext(prep.setup);
      lastWhoContext = opts.keepMerge ? { key, cx: made } : null;
      return made;
    };
    /** a document's whole first pass: made in this compile, else from the cache, else made here */
    const whole = (i: number): FirstPassData => {
      let w = wholes[i] ?? cache?.get<FirstPassData>('who', whoKeys[i]);
      if (!w) keepFirst(i, (w = firstPassData(full(i).doc, (cx ??= contextFor(setupKey)))));
      return w;
    };
    const indexOf = new Map(sources.map((d, i) => [d.id, i]));
    // linked on the first passes as plain data (no document's tokens on this thread); each document's state kept, in linking order
    const linkOrder: number[] = [];
    const linkedData: (Omit<LinkedCompact, 'first'> | undefined)[] = new Array(docs.length);
    /** what linking read of each document (its discoveries and their sentences' taken spans), by document: kept for the next compile */
    const linkInputs: (Pick<FirstPassLink, 'found' | 'occupied'> | undefined)[] = new Array(docs.length);
    /** each document's places as its first pass found them (the lists kept in memory between compiles: placesByDocument) */
    const placeLists: PlaceMention[][] = new Array(docs.length);
    // a long-lived process reuses its last linking when the documents are the same, in the same order, and each one's
    // first pass is the same (its key) or reads the same to linking (an edit that named nobody new): linking is a fold
    // over them that reads nothing else (mentions.ts linkInputJson)
    const orderIdx = prep.order.map((d) => indexOf.get(d.id)!);
    const last = opts.keepMerge ? kept.link : null;
    const sameLinking =
      !!last &&
      last.order.length === orderIdx.length &&
      orderIdx.every((i, k) => last.order[k] === sources[i].id) &&
      orderIdx.every((i) => {
        const was = last.docs.get(sources[i].id)!;
        if (was.whoKey === whoKeys[i]) return true;
        const data = (firsts[i] ??= whole(i));
        return linkInputJson(data) === linkInputJson(was.input);
      });
    let linked: WhoLinked;
    if (sameLinking) {
      const places: WhoLinked['places'] = [];
      const media: WhoLinked['media'] = [];
      for (const i of orderIdx) {
        const data = firsts[i] ?? whole(i);
        firsts[i] = undefined;
        for (const p of data.places) places.push(p);
        for (const m of data.media) media.push(m);
        placeLists[i] = data.places;
        const was = last.docs.get(sources[i].id)!;
        linkInputs[i] = was.whoKey === whoKeys[i] ? was.input : firstPassLink(data);
        linkOrder.push(i);
        linkedData[i] = was.linked;
      }
      linked = linkedFromCopy(last.people, places, media);
    } else {
      linked = whoLinkData(
        prep,
        (doc) => {
          const i = indexOf.get(doc.id)!;
          const data = firsts[i] ?? whole(i);
          firsts[i] = undefined;
          placeLists[i] = data.places;
          if (opts.keepMerge) linkInputs[i] = firstPassLink(data);
          return data;
        },
        (doc, data) => {
          const i = indexOf.get(doc.id)!;
          linkOrder.push(i);
          linkedData[i] = { added: data.added, local: data.local };
        },
      );
    }
    if (opts.cacheStats) opts.cacheStats.linking = sameLinking ? 'reused' : 'ran';
    clock('mentions');
    // ---- who: the second pass per document with the final discovered people (cached) ----
    // it reads the document's first pass (whoKeys), what linking added to it and its own people (added, local), and every
    // discovered person (full names, office holders and people by name): all in its key
    // (the last linking reused: the same people as last compile's linking gave, whose key it hashed then)
    const discoveredKey = sameLinking && last.discoveredKey ? last.discoveredKey : sha('who-discovered', JSON.stringify([...linked.discovered.entries()]));
    const linkedJson: string[] = new Array(docs.length);
    // a long-lived process whose discovered people changed keeps a document's last second pass when its first pass and
    // what linking gave it are the same and nothing it read of the discovered people changed (mentions.ts readsTouched)
    const lastSecond = opts.keepMerge && cache ? kept.second : null;
    let diff: DiscoveredDiff | null = null;
    let secondKept = 0;
    // (a long-lived process hashes a document's parts again only when one of them changed)
    const lastSecondShas = opts.keepMerge ? kept.secondShas : null;
    const nextSecondShas: typeof kept.secondShas = new Map();
    const secondKeys = linkOrder.map((i) => {
      const { added, local } = linkedData[i]!;
      const json = sameLinking ? last.docs.get(sources[i].id)!.json : JSON.stringify(added) + '\u0000' + JSON.stringify(local);
      linkedJson[i] = json;
      const made = lastSecondShas?.get(sources[i].id);
      const key = made && made.whoKey === whoKeys[i] && made.json === json && made.discoveredKey === discoveredKey ? made.key : sha('who2', whoKeys[i], json, discoveredKey);
      if (opts.keepMerge) nextSecondShas.set(sources[i].id, { whoKey: whoKeys[i], json, discoveredKey, key });
      const was = lastSecond?.docs.get(sources[i].id);
      if (!was || was.key === key || was.whoKey !== whoKeys[i] || was.json !== json) return key;
      const reads = cache!.get<SecondPassReads>('who2-reads', was.key);
      if (!reads) return key;
      diff ??= discoveredDiff(lastSecond!.discovered, linked.discovered);
      if (readsTouched(reads, diff, slim[i].body)) return key;
      secondKept++;
      return was.key;
    });
    if (opts.keepMerge) kept.secondShas = nextSecondShas;
    let secondDiscovered: Map<string, string> | undefined;
    if (opts.keepMerge && cache) {
      const sdocs = new Map<string, KeptSecond>();
      linkOrder.forEach((i, k) => sdocs.set(sources[i].id, { whoKey: whoKeys[i], json: linkedJson[i], key: secondKeys[k] }));
      // the people as the second passes read them, before whoConclude changes them
      // (the last linking reused: the JSON of the same people, as last compile made it)
      secondDiscovered = sameLinking && last.secondDiscovered ? last.secondDiscovered : discoveredJson(linked.discovered);
      kept.second = { discovered: secondDiscovered, docs: sdocs };
    }
    if (opts.keepMerge) {
      const kdocs = new Map<string, KeptLinkDoc>();
      for (const i of orderIdx) kdocs.set(sources[i].id, { whoKey: whoKeys[i], input: linkInputs[i]!, linked: linkedData[i]!, json: linkedJson[i] });
      // the people copied before whoConclude changes them
      kept.link = { order: orderIdx.map((i) => sources[i].id), docs: kdocs, people: sameLinking ? last.people : copyLinkedPeople(linked), discoveredKey, secondDiscovered };
    }
    clock('keys');
    const secondMentions: (Mention[] | undefined)[] = secondKeys.map((k) => cache?.get<Mention[]>('who2', k));
    if (cache) for (const k of secondKeys) cache.keep('who2-reads', k);
    clock('cache');
    const secondTodo = secondMentions.map((m, k) => (m ? -1 : k)).filter((k) => k >= 0);
    // on workers when there is enough to do (a cold compile; not after an edit that leaves the discovered people as they were)
    const secondPool = await started(getPool(secondTodo.length));
    const tasks = secondTodo.map((k) => ({ doc: full(linkOrder[k]).doc, data: { first: whole(linkOrder[k]), ...linkedData[linkOrder[k]]! } }));
    // (a long-lived process: a document whose stages this thread runs once more, below, while the workers make the events)
    const warmAt = opts.keepMerge && linkOrder.length ? linkOrder[linkOrder.length >> 1] : -1;
    const warmLinked = warmAt >= 0 ? linkedData[warmAt] : undefined;
    cx = null;
    wholes.length = 0;
    linkedData.length = 0;
    let made2: SecondPassMade[];
    if (secondPool) {
      await secondPool.broadcast({ kind: 'who-second-context', actors: prep.setup.actors, discovered: [...linked.discovered.entries()] });
      made2 = await secondPool.map<(typeof tasks)[number], SecondPassMade>('who-second', tasks);
    } else {
      // (its indexes of every person only when a document is to be read again; a long-lived process keeps the last one
      // for the same setup and people, made from the copy of the people kept for the next linking: whoConclude changes
      // linked.discovered after the second passes, never that copy)
      const spKey = `${setupKey}\u0000${discoveredKey}`;
      const sp = !tasks.length
        ? null
        : lastSecondContext?.key === spKey
          ? lastSecondContext.sp
          : secondPassContext(prep.setup.actors, opts.keepMerge ? kept.link!.people.discovered : linked.discovered);
      if (sp && opts.keepMerge) lastSecondContext = { key: spKey, sp };
      made2 = tasks.map((t) => {
        const reads: SecondPassReads = { ids: [], names: [], codes: [] };
        return { mentions: secondPassCompact(t.doc, t.data, sp!, reads), reads };
      });
    }
    secondTodo.forEach((k, j) => (secondMentions[k] = made2[j].mentions));
    clock('mentions');
    if (cache)
      secondTodo.forEach((k, j) => {
        cache.set('who2', secondKeys[k], secondMentions[k]);
        cache.set('who2-reads', secondKeys[k], made2[j].reads);
      });
    if (opts.cacheStats) opts.cacheStats.secondPass = { kept: secondKept, ran: secondTodo.length };
    clock('cache');
    tasks.length = 0;
    // the cached lists may be kept in memory for the next compile: whoConclude copies a mention it renames
    // (their concatenation made only if whoConclude reads it: with the lists and byDocument, seldom)
    const concatenated = (): Mention[] => {
      const mentions: Mention[] = [];
      for (const ms of secondMentions) for (const m of ms!) mentions.push(m);
      return mentions;
    };
    // (and the lists themselves: what whoConclude counts of a list kept in memory is counted once, mentions.ts concludeDocFacts)
    const lists = secondMentions as Mention[][];
    // (each document's mentions handed over apart: mentions.ts concludedByDocument)
    const renamed: ConcludeRenames = { byDocument: new Map() };
    let who = whoConclude(prep, linked, concatenated, renamed, lists);
    secondMentions.length = 0;
    // and each document's places (sorted as whoConclude would, kept by its first pass's list); when one names another
    // document, all of them from whoConclude
    let placesByDoc: Map<string, PlaceMention[]> | undefined = new Map();
    for (const i of linkOrder) {
      const l = placeLists[i];
      if (!l?.length) continue;
      const sorted = placesByDocument(l, sources[i].id);
      if (!sorted) {
        placesByDoc = undefined;
        who = { ...who, places: sortByDocument(linked.places, (a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0)) };
        break;
      }
      placesByDoc.set(sources[i].id, sorted);
    }
    placeLists.length = 0;
    const { perDoc, actorById } = splitWho(who, slim, renamed.byDocument, placesByDoc);
    clock('mentions');

    // ---- events, per document ----
    // (a long-lived process: last compile's hash of an entry is taken again when the entry reads as the same JSON, by
    // sameJson, without making the JSON: a country's entry, named by most documents, is long)
    const nonPersons = who.actors.filter((a) => a.kind !== 'person');
    const lastCountries = opts.keepMerge ? kept.countries : null;
    const countries =
      lastCountries && lastCountries.actors.length === nonPersons.length && nonPersons.every((a, i) => sameJson(a, lastCountries.actors[i]))
        ? lastCountries.key
        : sha(JSON.stringify(nonPersons));
    if (opts.keepMerge) kept.countries = { actors: nonPersons, key: countries };
    // each named actor by the hash of its entry, made once (a country's entry, named by most documents, is long)
    const lastActorKeys = opts.keepMerge ? kept.actorKeys : null;
    const infoKey = new Map<string, KeptActorKey>();
    const keyOf = (id: string) => {
      let k = infoKey.get(id);
      if (k === undefined) {
        const a = actorById.get(id) ?? null;
        const was = lastActorKeys?.get(id);
        infoKey.set(id, (k = was && sameJson(a, was.actor) ? { actor: a, key: was.key } : { actor: a, key: sha('actor', JSON.stringify(a)) }));
      }
      return k.key;
    };
    // (a long-lived process: last compile's hash of each named actor's entry, and the actors whose hash is not that now —
    // a document whose input is last compile's names only actors of last compile: with none changed, none is read)
    const changedActors = new Set<string>();
    if (lastActorKeys) for (const [id, k] of lastActorKeys) if (keyOf(id) !== k.key) changedActors.add(id);
    // a document's events input (its concluded mentions and places) is fixed by its second pass's key and how whoConclude
    // renamed actors (mentions.ts ConcludeRenames): a long-lived process keeps its hash by those, so that an edit hashes
    // only the inputs of documents whose second pass or renames changed
    const renameSig = sha(JSON.stringify([[...renamed.remap!], [...renamed.rename!]]));
    const secondKeyOf: string[] = new Array(docs.length);
    linkOrder.forEach((i, k) => (secondKeyOf[i] = secondKeys[k]));
    // (and the actors it names, fixed by the same input); the events key itself is hashed again only when one of its parts
    // changed: the document's key, its input (the same object: kept by the same second pass and renames), the countries,
    // the places, or the entry of an actor it names (each compared with last compile's hash of it)
    const lastInputs = opts.keepMerge ? kept.inputHashes : null;
    const inputHashes: typeof kept.inputHashes = new Map();
    const lastEvKeys = opts.keepMerge ? kept.evKeys : null;
    const nextEvKeys: typeof kept.evKeys = new Map();
    const evKeys = slim.map((d, i) => {
      const by = `${secondKeyOf[i]} ${renameSig}`;
      let input = lastInputs?.get(by);
      if (!input) {
        const doc = perDoc.get(d.id)!;
        const named = new Set<string>();
        for (const m of doc.mentions) named.add(m.actorId);
        input = { hash: sha('events-input', JSON.stringify(doc)), named: [...named].sort() };
      }
      if (opts.keepMerge) inputHashes.set(by, input);
      if (!opts.keepMerge) return sha('events', docKeys[i], input.hash, input.named.map(keyOf).join(' '), countries, placesKey);
      const was = lastEvKeys?.get(d.id);
      const same =
        !!was &&
        was.docKey === docKeys[i] &&
        was.input === input &&
        was.countries === countries &&
        was.placesKey === placesKey &&
        (changedActors.size === 0 || input.named.every((id) => !changedActors.has(id)));
      if (same) {
        nextEvKeys.set(d.id, was);
        return was.key;
      }
      const key = sha('events', docKeys[i], input.hash, input.named.map(keyOf).join(' '), countries, placesKey);
      nextEvKeys.set(d.id, { docKey: docKeys[i], input, countries, placesKey, key });
      return key;
    });
    if (opts.keepMerge) {
      kept.inputHashes = inputHashes;
      kept.evKeys = nextEvKeys;
      kept.actorKeys = infoKey;
    } else infoKey.clear();
    clock('keys');
    const events: (DocEvent[] | undefined)[] = evKeys.map((k) => cache?.get<DocEvent[]>('events', k));
    clock('cache');
    const evTodo = events.map((e, i) => (e ? -1 : i)).filter((i) => i >= 0);
    const evPool = await started(getPool(evTodo.length));
    if (evPool) await evPool.broadcast({ kind: 'context', actors: who.actors, places: inputs.places, zones: inputs.zones });
    // (on workers, with each document's items for the merge: made there, not on this thread's merge; merge.ts docItems)
    const evRun = runStage(
      evPool,
      'events',
      evTodo.map((i) => ({ prepared: full(i), input: perDoc.get(slim[i].id)! })),
      (t: { prepared: PreparedDoc; input: EventsInput }): EventsMade => ({ events: docEvents(t.prepared, t.input, actorById, inputs.places, inputs.zones), items: [] }),
    );
    // a long-lived process's next compile (an edit) runs an edited document's stages on this thread: what they make on
    // first use (the two language models, the matching context of this setup and its forms' indexes) is made now, while
    // the workers make the events (once they have their first documents), not by that edit
    if (evPool && opts.keepMerge) {
      evRun.catch(() => {}); // (its failure is met below)
      await new Promise((r) => setImmediate(r));
      const wcx = contextFor(setupKey);
      warmThread(wcx);
      // and the second pass's indexes of these people (an edit naming nobody new reads the same people: its key)
      const spKey = `${setupKey}\u0000${discoveredKey}`;
      if (lastSecondContext?.key !== spKey) lastSecondContext = { key: spKey, sp: secondPassContext(prep.setup.actors, kept.link!.people.discovered) };
      // and one document's stages run here as an edit runs them (their code compiled, their patterns made: at 2k the
      // first edit after a cold compile took 1.05 s CPU, the next ones 0.43-0.76), their results let go
      if (warmAt >= 0 && warmLinked)
        warmDocument(sources[warmAt], warmLinked, outlets, wcx, lastSecondContext.sp, perDoc.get(sources[warmAt].id)!, actorById, inputs);
    }
    const evMade = await evRun;
    evTodo.forEach((i, k) => {
      events[i] = evMade[k].events;
      adoptItems(evMade[k].items);
    });
    evMade.length = 0;
    clock('events');
    if (cache) evTodo.forEach((i) => cache.set('events', evKeys[i], events[i]));
    clock('cache');

    // merge redoes only what the changed documents touch, from the last merge of the same cache: this process's
    // (the dev loop's compile thread), else the one saved in the cache (a fresh process: a redeploy, a restarted server)
    const folder = opts.cacheDir ?? join(root, '.parley', 'cache');
    let previous = opts.keepMerge && cache ? lastMerge.get(folder) : undefined;
    const mergeFrom = previous ? 'memory' : cache ? 'disk' : null;
    if (!previous && cache) previous = cache.get<MergeState>('merge', MERGE_STATE);
    else cache?.keep('merge', MERGE_STATE);
    cache?.prune();
    if (cache && opts.cacheStats)
      Object.assign(opts.cacheStats, { hits: cache.hits, memoryHits: cache.memoryHits, misses: cache.misses, written: cache.written, mergeFrom: previous ? mergeFrom : null, byStage: cache.readByStage });
    clock('cache');
    await closePool();
    // what merge and the dataset need of a document: its text and metadata, not its sentences or mentions
    prepared.length = 0;
    perDoc.clear();
    who = { ...who, mentions: [], places: [], media: [] };
    // (handed to the merge as they are, one list per document: merge.ts MergeOptions.byDocument)
    const byDocument = events as DocEvent[][];
    const mergeDocKeys = new Map(slim.map((d, i) => [d.id, evKeys[i]]));
    // this merge's state: kept in memory for the next compile in this process, saved in the cache for a fresh one —
    // by a one-shot compile, or the first of a long-lived process (an edit there would pay for writing the whole
    // state; any earlier state is a sound start, only what matches it is reused)
    // A state read from disk is saved again only when this merge made enough of it anew (its reports under this run's
    // uids): a fresh process after a small edit leaves the saved state as it was (writing it costs more than redoing
    // those few documents from it next time; any earlier state is a sound start)
    const onState = (s: MergeState) => {
      if (opts.keepMerge) lastMerge.set(folder, s);
      const save = !!cache && mergeFrom !== 'memory' && (!previous || freshShare(s) > (opts.mergeRewriteShare ?? MERGE_REWRITE_SHARE));
      const packed = save ? packMergeState(s) : null;
      // a one-shot compile needs neither the state (packed) nor the reports (merged) any more: the state's writing (the
      // compile's peak) and the rest of the compile (finalize) run without them in memory
      if (!opts.keepMerge) {
        releaseMergeState(s);
        byDocument.length = 0;
      }
      if (packed) cache!.set('merge', MERGE_STATE, packed);
      if (opts.cacheStats) opts.cacheStats.mergeSaved = save;
      clock('cache');
    };
    // (for scripts/profile-merge.ts: the merge's inputs, v8-serialised, into the file PARLEY_MERGE_DUMP names)
    if (process.env.PARLEY_MERGE_DUMP) writeFileSync(process.env.PARLEY_MERGE_DUMP, serialize({ byDocument, docs: slim, actors: actorById, places: inputs.places }));
    const result = finishCompile(inputs, slim, who, actorById as Map<string, ActorInfo>, [], clock, cache ? { previous, docKeys: mergeDocKeys, byDocument, onState, resident: !!opts.keepMerge } : { byDocument });
    // the next compile's diffs read no id to check their last lists' order: each stage's list told sorted from the
    // one before it (the merge's, known sorted), a walk comparing pointers (after a cold compile, the first edit's four
    // diffs read every event's id: at 2k ~0.15 s CPU)
    const kept_ = opts.keepMerge ? lastMerge.get(folder) : undefined;
    if (kept_?.tail) {
      const t = kept_.tail;
      vouchSortedChain([kept_.res?.events, kept_.refs?.list, t.keep.events, t.keep.joinOnly?.input, t.keep.planned?.events, t.keep.planned?.out, t.events]);
      clock('finalize');
    }
    return result;
  } finally {
    cache?.close();
    await closePool();
  }
}

/**
 * What a long-lived process keeps of its last compile (with keepMerge) to key the next one: each document's key with
 * what it was made from (its text, its other fields as JSON), and each document's events-input hash by its second
 * pass's key and the renames (see evKeys).
 */
interface KeptDocKey {
  body: string;
  rest: string;
  key: string;
}
/** a second pass made on a worker or here: its mentions and what it read of the discovered people */
export interface SecondPassMade {
  mentions: Mention[];
  reads: SecondPassReads;
}
/** a document's last second pass: the keys it was made from and the cache key it is kept under */
interface KeptSecond {
  whoKey: string;
  json: string;
  key: string;
}
/** a document as the last linking read it (see sameLinking) */
interface KeptLinkDoc {
  whoKey: string;
  input: Pick<FirstPassLink, 'found' | 'occupied'>;
  linked: Omit<LinkedCompact, 'first'>;
  /** its added and local as JSON (in its second pass's key) */
  json: string;
}
const kept: {
  docKeys: Map<string, KeptDocKey>;
  /** by a document's second pass key and the renames: the hash of its events input and the actors it names (sorted) */
  inputHashes: Map<string, { hash: string; named: string[] }>;
  /** keys hashed by the last compile (facts, who), by their parts joined with NUL, a long part by its hash (all hex) */
  shas: Map<string, string>;
  /** by document: its second pass's key as hashed from its parts (before any keeping of the last second pass) */
  secondShas: Map<string, { whoKey: string; json: string; discoveredKey: string; key: string }>;
  /** by document: its events key and the parts it was hashed from (its input, the same object, and hashes) */
  evKeys: Map<string, { docKey: string; input: { hash: string; named: string[] }; countries: string; placesKey: string; key: string }>;
  /** by actor named in a document: its entry in the last compile and the entry's hash (evKeys) */
  actorKeys: Map<string, KeptActorKey>;
  /** the last compile's entries of every actor not a person, and their hash (the events keys' `countries`) */
  countries: { actors: ActorInfo[]; key: string } | null;
  /** the last linking: the documents' order, each document as linking read it and what it gave, the people before whoConclude */
  link: {
    order: string[];
    docs: Map<string, KeptLinkDoc>;
    people: LinkedPeople;
    /** the people's key (discoveredKey) and JSON by person (kept.second.discovered; when that compile made it), as hashed and made from them */
    discoveredKey: string;
    secondDiscovered?: Map<string, string>;
  } | null;
  /** the last second passes: the discovered people they read (id → JSON, in discovery order) and each document's keys */
  second: { discovered: Map<string, string>; docs: Map<string, KeptSecond> } | null;
  /** the last first passes' keys (see FirstKeys) */
  first: FirstKeys | null;
  /** the first passes' keys as this process last left them in a cache folder (saved or found there) */
  firstSaved: { dir: string; record: FirstKeys } | null;
} = {
  docKeys: new Map(),
  inputHashes: new Map(),
  shas: new Map(),
  secondShas: new Map(),
  evKeys: new Map(),
  actorKeys: new Map(),
  countries: null,
  link: null,
  second: null,
  first: null,
  firstSaved: null,
};

/**
 * The keys of a compile's first passes and what they were made from: the setup's key, its key without the media people,
 * the media people as a first pass reads them (mentions.ts mediaKeysJson), and each document's key and the key its first
 * pass is cached under (that of an earlier setup when the change could not touch it). Kept in memory by a long-lived
 * process and in the cache for a fresh one (FIRST_KEYS): any such record is a sound start, a document's entry being used
 * only for the same text.
 */
interface FirstKeys {
  setupKey: string;
  baseKey: string;
  media: Map<string, MediaKeyView>;
  docs: Map<string, { docKey: string; whoKey: string }>;
}
/** the cache entry holding the last compile's FirstKeys */
const FIRST_KEYS = sha('first-keys');

/** a FirstKeys read from the cache, or null when the value is not one */
function firstKeysRecord(v: unknown): FirstKeys | null {
  if (v === null || typeof v !== 'object') return null;
  const r = v as Partial<FirstKeys>;
  return typeof r.setupKey === 'string' && typeof r.baseKey === 'string' && r.media instanceof Map && r.docs instanceof Map ? (r as FirstKeys) : null;
}

/** whether two FirstKeys name the same setup and the same keys for the same documents */
function sameFirstKeys(a: FirstKeys, b: FirstKeys): boolean {
  if (a.setupKey !== b.setupKey || a.baseKey !== b.baseKey || a.docs.size !== b.docs.size) return false;
  for (const [id, x] of a.docs) {
    const y = b.docs.get(id);
    if (!y || y.docKey !== x.docKey || y.whoKey !== x.whoKey) return false;
  }
  return true;
}

/** an actor's entry as an events key read it (the object, never changed after the compile that made it) and its hash */
interface KeptActorKey {
  actor: ActorInfo | null;
  key: string;
}

/**
 * Whether two values of plain JSON data (objects, arrays, strings, numbers, booleans, null) read as the same JSON: the
 * same keys in the same order, the same values. True only when JSON.stringify would give the same string for both (a
 * false answer may be wrong only by being too strict: the caller then hashes the JSON).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}

/** a document's fields as JSON, its text left out (in its place: null) */
function restJson(d: SourceDoc): string {
  // (the same string as a replacer nulling `body` gives, the text's place kept: a spread keeps the keys' order; without
  // a replacer, JSON.stringify calls no function per key)
  return JSON.stringify({ ...d, body: null });
}

/**
 * A document's cache key: the hash of its JSON; last compile's key when its text and its other fields are the same (the
 * JSON is fixed by those two, the text's place among the fields included). Without `last`, no comparison is made.
 */
function docKey(d: SourceDoc, last: Map<string, KeptDocKey> | null): KeptDocKey {
  if (!last) return { body: d.body, rest: '', key: sha('doc', JSON.stringify(d)) };
  const rest = restJson(d);
  const was = last.get(d.id);
  if (was && was.body === d.body && was.rest === rest) return was;
  return { body: d.body, rest, key: sha('doc', JSON.stringify(d)) };
}

/** a fresh process saves the merge state it read from disk again when more than this share of its reports is new */
const MERGE_REWRITE_SHARE = 0.01;

/** the share of a merge state's reports made by its own run (uids of its generation: mergeEvents' uid()) */
function freshShare(s: MergeState): number {
  const mine = `${s.gen.toString(36)}.`;
  let all = 0;
  let fresh = 0;
  for (const d of s.docs.values())
    for (const x of d.items) {
      all++;
      if (x.uid.startsWith(mine)) fresh++;
    }
  return all ? fresh / all : 1;
}

/** the last merge state per cache folder, in this process (an editor's watch loop, the bench's second compile) */
const lastMerge = new Map<string, MergeState>();
/** the last who context made by a compile with keepMerge, by its setup's key */
let lastWhoContext: { key: string; cx: WhoContext } | null = null;
/** the last second-pass context made by a compile with keepMerge, by its setup's and discovered people's keys */
let lastSecondContext: { key: string; sp: SecondPassContext } | null = null;
/** the cache entry holding the last saved merge state */
const MERGE_STATE = sha('merge-state');

/** Forgets what this process kept between compiles (merge states, cache entries in memory): as a fresh process (tests). */
export function forgetKept(): void {
  lastMerge.clear();
  lastWhoContext = null;
  lastSecondContext = null;
  kept.docKeys = new Map();
  kept.inputHashes = new Map();
  kept.evKeys = new Map();
  kept.actorKeys = new Map();
  kept.countries = null;
  kept.secondShas = new Map();
  kept.shas = new Map();
  kept.link = null;
  kept.second = null;
  kept.first = null;
  kept.firstSaved = null;
  forgetKeptCaches();
}

/**
 * What this thread makes on first use for a document's stages, made now: the language models (who/text.ts englishWords,
 * text/pos.ts tagSentence) and the indexes of the context's forms (who/forms.ts formIndex, kept by the list of forms).
 * All are pure look-ups with a memo: a word, a sentence and an empty text looked up here change no later answer.
 */
function warmThread(cx: WhoContext): void {
  isCommonWord('parley');
  tagSentence('The talks went on.');
  scan('', cx.aForms, false);
  scan('', cx.pForms, false);
}

/**
 * A document's stages run on this thread as an edit runs them (prepare, facts, first pass, second pass with what linking
 * gave it, events), for what they make on first use: their code compiled, the regular expressions and memos they make.
 * Each stage is a pure function of its inputs (the same as a compile without workers runs over every document, in any
 * order); every input but the two matching contexts (made to be shared by every document and kept for the edit) is a
 * copy — the document prepared anew, what linking gave it, its events input, the actors — so that no object of this
 * compile or of the cache is handed to a stage twice; nothing made here is kept.
 */
function warmDocument(
  src: SourceDoc,
  linked: Omit<LinkedCompact, 'first'>,
  outlets: string[],
  cx: WhoContext,
  sp: SecondPassContext,
  input: EventsInput,
  actorById: Map<string, ActorInfo>,
  inputs: CompileInputs,
): void {
  const p = prepareDoc(structuredClone(src));
  docFacts(p.doc, new Set(outlets));
  const first = firstPassData(p.doc, cx);
  secondPassCompact(p.doc, { first, ...structuredClone(linked) }, sp, { ids: [], names: [], codes: [] });
  docEvents(p, structuredClone(input), structuredClone(actorById), structuredClone(inputs.places), structuredClone(inputs.zones));
}

async function runStage<T, R>(pool: WorkerPool | null, kind: 'prepare' | 'events', tasks: T[], local: (t: T) => R): Promise<R[]> {
  if (!tasks.length) return [];
  if (!pool) return tasks.map(local);
  return pool.map<T, R>(kind, tasks);
}
