/**
 * The whole index's big lists (events, links, documents) sent from the index worker (lib/data/index-worker.ts) to the
 * main thread packed: numbers in typed arrays (their buffers moved, not copied) and every string once, in one
 * table that grows slice by slice (a slice sends only the strings no slice before it sent).
 *
 * Why: sent as JSON, each slice's objects arrived with a string of their own for every actor id, date,
 * document id and, in the links, every event id — the same few thousand actor ids as ~700,000 strings at
 * 10,000 documents, and every event's id twice. The main thread's heap (~80 MB) was then mostly these, and its
 * major garbage collections were the phone's longest tasks after the first item (bench:browser --mobile --profile).
 * Unpacked, the objects are the same (same fields, same order, equal values) but share their strings: an
 * actor's id is one string wherever it is cited, a link's event ids are its events' own id strings, and an event
 * without answers shares one empty `respondsTo`.
 *
 * Layout of a slice (`ints`): each object's fields in their order, a string as its position in the table (null → -1),
 * a list of strings as its length and its strings' positions, an event's week as two strings (its from and to; null
 * → -1, -1), its chunk as the number; an event's confidence is in `confidence`. Pure; no zod.
 */

export interface PackedSlice {
  /** the strings this slice adds to the table (JSON of a string array) */
  strings: string;
  /** items in the slice */
  n: number;
  ints: Int32Array;
  /** events only: their confidences */
  confidence: Float64Array | null;
}

/** every empty list (nothing changes a list of the index) */
const NONE: string[] = [];

/**
 * The main thread's side: `add(slice, out, key)` puts a slice's objects onto `out` (`key`: the list it is a
 * slice of, events, edges or documents), with the strings of every slice before it.
 */
export function unpacker(): (p: PackedSlice, out: unknown[], key: string) => void {
  const t: string[] = [];
  return (p, out, key) => {
    for (const s of JSON.parse(p.strings) as string[]) t.push(s);
    const a = p.ints;
    let k = 0;
    const str = () => {
      const r = a[k++];
      return r < 0 ? null : t[r];
    };
    const list = () => {
      const n = a[k++];
      if (!n) return NONE;
      const l = new Array<string>(n);
      for (let j = 0; j < n; j++) l[j] = t[a[k++]];
      return l;
    };
    const week = () => {
      const from = str();
      const to = str();
      return from === null ? null : { from, to };
    };
    // (each object's fields read in their order, the order decodeEvents, decodeEdges and decodeDocuments give them: an export is the same JSON)
    for (let i = 0; i < p.n; i++)
      out.push(
        key === 'events'
          ? { id: str(), type: str(), title: str(), date: str(), location: str(), participants: list(), status: str(), confidence: p.confidence![i], respondsTo: list(), documentIds: list(), week: week(), chunk: a[k++] }
          : key === 'edges'
            ? { source: str(), target: str(), kind: str(), eventIds: list() }
            : { id: str(), title: str(), outlet: str(), url: str(), published: str(), kind: str() },
      );
  };
}
