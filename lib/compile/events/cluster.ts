/**
 * Cluster pass: mentions of one happening in a document become one Cluster —
 * events and statements first (same type, shared participants, compatible
 * status, date and place), then joins (people added to the nearest meeting),
 * then references ("the talks") attached to a same-sentence or the most
 * salient compatible happening.
 */
import type { ActorKind, EventType } from '../../schema';
import type { ActorInfo } from '../types';
import { datesCompatible, daysBetween, NO_DATE, type DateChoice } from '../what/anchors';
import { combineStatus, statusClass } from '../what/modality';
import { placesCompatible, type PlaceBook } from '../what/places';
import { PERSONISH } from '../what/participants';
import { EN } from '../lang/en';
import { DATE_RANK, type Cand, type Cluster } from './cand';
import { uniq } from './util';


export function personsOf(ids: string[], kindOf: (id: string) => ActorKind | null): string[] {
  return ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
}

export function overlap(a: string[], b: string[], kindOf: (id: string) => ActorKind | null, actors: Map<string, ActorInfo>): number {
  const pa = personsOf(a, kindOf);
  const pb = personsOf(b, kindOf);
  if (pa.length && pb.length) return pa.filter((x) => pb.includes(x)).length;
  // countries/organisations vs people: a country stands for its people
  const aff = (ids: string[]) => new Set(ids.map((id) => actors.get(id)?.affiliation ?? id));
  const fa = aff(a);
  const fb = aff(b);
  let n = 0;
  for (const x of fa) if (fb.has(x)) n++;
  return n >= 2 || (n >= 1 && (fa.size === 1 || fb.size === 1)) ? n : 0;
}

export function betterDate(d: DateChoice, best: DateChoice): boolean {
  return DATE_RANK[d.source] > DATE_RANK[best.source] || (d.source === best.source && (d.value?.length ?? 0) > (best.value?.length ?? 0));
}

export function newCluster(type: EventType): Cluster {
  return { type, cands: [], participants: [], main: [], first: Infinity, last: -Infinity, date: NO_DATE, place: null, placeRank: 0, statuses: new Set(), words: new Set(), eventSentences: new Map(), sentences: new Set() };
}

export function recomputeDate(c: Cluster): void {
  let best: DateChoice = NO_DATE;
  for (const x of c.cands) if (x.role !== 'join' && betterDate(x.date, best)) best = x.date;
  c.date = best;
}

export function clusterDate(c: Cluster): DateChoice {
  return c.date;
}

export function clusterPlace(c: Cluster): string | null {
  return c.place;
}

export function clusterStatusClass(c: Cluster): ReturnType<typeof statusClass> {
  return statusClass(combineStatus([...c.statuses]));
}

export const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '').replace(/(?:ings|ing|s)$/, '');

export function addCand(c: Cluster, x: Cand, kindOf?: (id: string) => ActorKind | null, actors?: Map<string, ActorInfo>): void {
  c.cands.push(x);
  c.first = Math.min(c.first, x.sentence);
  c.last = Math.max(c.last, x.sentence);
  c.statuses.add(x.status);
  if (x.role !== 'join') {
    c.words.add(stem(x.trigger));
    if (betterDate(x.date, c.date)) c.date = x.date;
  }
  if (x.role !== 'ref' && !c.eventSentences.has(x.sentence)) c.eventSentences.set(x.sentence, x.order);
  c.sentences.add(x.sentence);
  if (x.place && (!c.place || x.placeRank > c.placeRank)) {
    c.place = x.place;
    c.placeRank = x.placeRank;
  }
  for (const p of x.participants) if (!c.participants.includes(p)) c.participants.push(p);
  // people stand for their countries; a lone person with a country ("X met Eastlandish officials") keeps it as the other side
  if (kindOf && c.type !== 'statement' && c.participants.filter((p) => PERSONISH.includes(kindOf(p) ?? 'country')).length >= (x.role === 'event' && x.status === 'denied' ? 2 : 1)) {
    const persons = c.participants.filter((p) => PERSONISH.includes(kindOf(p) ?? 'country'));
    // "Thailand and Cambodia have agreed …" then "Hun Manet said his country agreed …": Thailand, for whom no person speaks, stays a party
    const spoken = new Set(persons.map((p) => actors?.get(p)?.affiliation).filter(Boolean));
    const unspoken = c.type === 'agreement' && actors ? c.participants.filter((p) => kindOf(p) === 'country' && !spoken.has(actors.get(p)?.affiliation ?? p)) : [];
    if (unspoken.length && persons.length < 2 && !c.why?.some((w) => w.rule === 'country-beside-people')) (c.why ??= []).push({ stage: 'cluster', rule: 'country-beside-people' });
    c.participants = c.participants.filter((p) => persons.includes(p) || (persons.length < 2 && unspoken.includes(p)));
  }
  if (c.main.length < 2 && x.role !== 'join') for (const p of x.participants) if (c.main.length < 2 && !c.main.includes(p)) c.main.push(p);
}

/** How far back (in clusters) a new mention looks for its happening: documents are short, but must not be quadratic when huge. */
const LOOKBACK = 300;

export function clusterCands(cands: Cand[], book: PlaceBook, kindOf: (id: string) => ActorKind | null, actors: Map<string, ActorInfo>, published: string): Cluster[] {
  const clusters: Cluster[] = [];
  const statementClusters: Cluster[] = [];

  // pass 1: events and statements
  for (const x of cands) {
    if (x.role === 'statement') {
      // the same speaker again, with no other speaker in between and not far: one statement
      let prev: Cluster | null = null;
      for (let i = statementClusters.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
        const c = statementClusters[i];
        if (c.cands[0].speaker !== x.speaker) {
          // an undated remark of a speaker already quoted just before belongs to that statement
          if (x.date.source === 'none') continue;
          break;
        }
        // a written remark ("wrote on social media") in another paragraph than a spoken one is another statement
        // … and so is a verdict on a happening ("described the talks as …") told apart from what was said
        const manner = (k: Cand) => (/^(?:wrote|writes|posted|tweeted)$/i.test(k.trigger) ? 'written' : /^described\b/i.test(k.trigger) ? 'verdict' : 'speech');
        if (x.para !== undefined && c.cands.every((k) => k.para !== x.para)) {
          if (x.live) break;
          // an earlier statement of the speaker told in the same manner may still be the one
          // (a present-tense lead, "Alder says …", sums up what is told after it: still one)
          if (!x.date.value && c.cands.every((k) => manner(k) !== manner(x) && !EN.statementLead.pattern.test(k.trigger))) continue;
        }
        if (x.sentence - c.last <= (x.date.source === 'none' ? 12 : 8) && datesCompatible(clusterDate(c), x.date)) prev = c;
        break;
      }
      if (prev) addCand(prev, x, kindOf);
      else {
        const fresh = newCluster('statement');
        addCand(fresh, x, kindOf);
        clusters.push(fresh);
        statementClusters.push(fresh);
      }
      continue;
    }
    if (x.role !== 'event' || !x.type) continue;
    let target: Cluster | null = null;
    for (let i = clusters.length - 1; i >= Math.max(0, x.topical ? clusters.length : clusters.length - LOOKBACK); i--) {
      const c = clusters[i];
      if (c.type !== x.type) continue;
      if (x.split && c.cands.some((k) => k.split === x.split)) continue;
      if (x.sequel && x.participants.some((p) => !c.participants.includes(p))) continue;
      // "Alder met Birch … Birch, who held talks with Cedar on Tuesday": two pairs, two meetings
      if ((x.type === 'meeting' || x.type === 'call') && x.participants.length === 2 && c.main.length === 2 && c.participants.length === 2 && x.participants.filter((p) => c.main.includes(p)).length === 1 && x.date.value !== clusterDate(c).value) continue;
      let shared = overlap(c.participants, x.participants, kindOf, actors);
      // "Kazakhstan and Uzbekistan signed an agreement … The accord was signed by A and B": the same signing
      if (!shared && x.type === 'agreement' && x.sentence - c.last <= 2) {
        const people = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        const [pc, px] = [people(c.participants), people(x.participants)];
        if ((pc.length === 0) !== (px.length === 0)) shared = 1;
      }
      if (!shared) continue;
      const cls = clusterStatusClass(c);
      const xcls = statusClass(x.status);
      const plainPlan = (s: Cluster | Cand) => ('cands' in s ? s.cands.every((k) => !k.date.future && k.date.source !== 'explicit') : !s.date.future && s.date.source !== 'explicit');
      if (cls !== xcls && !(shared >= 2 && ((xcls === 'plan' && plainPlan(x) && x.status !== 'cancelled') || (cls === 'plan' && plainPlan(c) && !c.statuses.has('cancelled'))) && cls !== 'denied' && xcls !== 'denied')) continue;
      if (!datesCompatible(clusterDate(c), x.date)) continue;
      if (!placesCompatible(book, clusterPlace(c), x.place)) continue;
      target = c;
      break;
    }
    if (target) addCand(target, x, kindOf, actors);
    else {
      const fresh = newCluster(x.type);
      addCand(fresh, x, kindOf, actors);
      clusters.push(fresh);
    }
  }
  for (const c of clusters) if (c.main.length < 2) c.main = uniq([...c.main, ...c.participants]).slice(0, 2);

  // the happening of the news day is what "the talks" of a report mean, other things equal
  const salience = (c: Cluster) => c.cands.length + c.participants.length + (c.date.value && c.date.value.length === 10 && Math.abs(daysBetween(c.date.value, published)) <= 1 ? 2 : 0);
  const sameWord = (c: Cluster, x: Cand) => (c.words.has(stem(x.trigger)) ? 1 : 0);
  const compatible = (c: Cluster, x: Cand, types: EventType[]) =>
    types.includes(c.type) &&
    datesCompatible(clusterDate(c), x.date) &&
    placesCompatible(book, clusterPlace(c), x.place) &&
    (statusClass(x.status) === clusterStatusClass(c) || x.status === 'planned' || (x.status === 'cancelled' && clusterStatusClass(c) !== 'real'));
  const happenings = () => clusters.filter((c) => c.type !== 'statement');
  /** clusters near a sentence, plus the most salient ones: bounded work per mention */
  const nearOrSalient = (pool: Cluster[], top: Cluster[], sentence: number) => {
    const near = pool.filter((c) => c.first - 60 <= sentence && sentence <= c.last + 60);
    for (const t of top) if (!near.includes(t)) near.push(t);
    return near;
  };
  const hasEventNear = (c: Cluster, sentence: number, back: number, fwd: number, any = false) => {
    for (let k = sentence - back; k <= sentence + fwd; k++) if ((any ? c.sentences : c.eventSentences).has(k)) return true;
    return false;
  };

  // pass 2: joins add people to the nearest earlier meeting (same sentence or ≤ 3 back)
  {
    const all = happenings();
    const top = [...all].sort((a, b) => salience(b) - salience(a)).slice(0, 10);
    for (const x of cands.filter((k) => k.role === 'join')) {
      const pool = nearOrSalient(all, top, x.sentence).filter((c) => compatible(c, { ...x, status: 'happened', date: NO_DATE }, ['meeting']));
      // "the delegation also included …": the delegations' talks told a few sentences before
      const reach = /\b(?:delegation|team|side)\b/i.test(x.trigger) ? 8 : 3;
      const near = pool.filter((c) => c.first <= x.sentence && x.sentence - c.last <= reach).sort((a, b) => b.last - a.last || salience(b) - salience(a));
      let target: Cluster | undefined = near[0];
      // a lone name joining "the talks" far from them: the talks that person already takes part in, else the main talks
      if (!target && x.participants.length < 2)
        target = [...pool].sort(
          (a, b) =>
            Number(x.participants.some((p) => b.participants.includes(p))) - Number(x.participants.some((p) => a.participants.includes(p))) ||
            salience(b) - salience(a) ||
            a.first - b.first,
        )[0];
      if (target) addCand(target, x, kindOf);
      else if (x.participants.length >= 2) {
        const fresh = newCluster('meeting');
        addCand(fresh, { ...x, role: 'event' }, kindOf);
        clusters.push(fresh);
        all.push(fresh);
      }
    }
  }

  // pass 3: references attach to a same-sentence event, else to the most salient compatible one
  {
    const all = happenings();
    const top = [...all].sort((a, b) => salience(b) - salience(a)).slice(0, 10);
    for (const x of cands.filter((k) => k.role === 'ref')) {
      const types: EventType[] = x.type ? [x.type] : ['meeting', 'call'];
      let pool = nearOrSalient(all, top, x.sentence).filter(
        (c) =>
          compatible(c, x, types) &&
          (!x.place || !!clusterPlace(c) || hasEventNear(c, x.sentence, 2, 2, true)) &&
          (!x.inAnchor || c.first < x.sentence) &&
          // a reference told before its happening belongs to it only when placed or dated alike, or told just before it ("… talks in Avalon on Tuesday. The delegation, led by …, met …")
          !((x.date.value || x.place) && x.sentence < c.first - (x.weakDate || x.place ? 1 : 0) && !clusterPlace(c) && !clusterDate(c).value),
      );
      // a bare definite reference ("the talks") points back: to a happening told of before it, when there is one, never to one the text introduces later
      if (!x.date.value && !x.place && !x.weakDate && pool.some((c) => c.first <= x.sentence)) pool = pool.filter((c) => c.first <= x.sentence);
      const same = pool.filter((c) => {
        const o = c.eventSentences.get(x.sentence);
        return o !== undefined && o < x.order;
      });
      const recent = x.status !== 'happened' ? pool.filter((c) => hasEventNear(c, x.sentence, 2, 0)).sort((a, b) => b.last - a.last) : [];
      // "X said Y … during their talks": the happening of the two people the sentence names
      const named = x.named && x.named.length >= 2 ? pool.filter((c) => c.participants.filter((p) => x.named!.includes(p)).length >= 2) : [];
      const target =
        same.sort((a, b) => (b.eventSentences.get(x.sentence) ?? 0) - (a.eventSentences.get(x.sentence) ?? 0))[0] ??
        recent[0] ??
        (named.length === 1 ? named[0] : undefined) ??
        [...pool].sort((a, b) => salience(b) - salience(a) || sameWord(b, x) - sameWord(a, x) || Math.abs(a.first - x.sentence) - Math.abs(b.first - x.sentence))[0];
      // "Cedar spoke after the talks" of talks told of before: the speaker took part only if already known to, or said to
      // ("the head of the delegation, X, told reporters after the meeting"); an adjunct that first tells of the happening keeps its speaker
      // "spoke on Friday to commit to the deal": a reference told as planned says nothing of the day a happening already
      // real took place — it joins without its day
      const planOnReal = !!target && statusClass(x.status) !== clusterStatusClass(target) && clusterStatusClass(target) === 'real' && !!x.date.value;
      const ref = planOnReal ? { ...x, date: NO_DATE, why: [...x.why, { stage: 'date', rule: 'planned-reference-keeps-no-day' }] } : x;
      if (target && x.adjunct && target.first <= x.sentence && personsOf(target.participants, kindOf).length && !x.participants.some((p) => target.participants.includes(p)) && !x.tookPart)
        addCand(target, { ...ref, participants: [] }, kindOf);
      else if (target) addCand(target, ref, kindOf);
      else if (x.type && !x.passing && (x.date.source === 'explicit' || x.date.source === 'anchored') && (x.participants.length || (x.place && /summit|conference|meeting|gathering/i.test(x.trigger)))) {
        const fresh = newCluster(x.type);
        addCand(fresh, x, kindOf);
        fresh.main = x.participants.slice(0, 2);
        clusters.push(fresh);
        all.push(fresh);
      }
    }
  }
  return clusters;
}
