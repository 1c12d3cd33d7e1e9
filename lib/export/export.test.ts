import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import type { Dataset } from '../schema';
import { actorsCsv, csvCell, edgesCsv, eventsCsv, parseCsv } from './csv';
import { toGexf } from './gexf';
import { subsetJson } from './json';
import { sourceList, sourcesText } from './sources';
import { visibleSubset } from './subset';
import { tjsDate, toTimelineJs } from './timelinejs';
import { escapeXml } from './xml';

/** A strict little XML well-formedness check: one root, balanced tags, quoted attributes, no raw < or & in text. */
function wellFormed(xml: string): { ok: boolean; tags: { name: string; attrs: Record<string, string> }[]; why?: string } {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tags: { name: string; attrs: Record<string, string> }[] = [];
  let roots = 0;
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[6]) return { ok: false, tags, why: `stray < at ${m.index}` };
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) return { ok: false, tags, why: 'raw & in text' };
      if (!stack.length && m[5].trim()) return { ok: false, tags, why: 'text outside the root' };
      continue;
    }
    const [, close, name, attrText, self] = m;
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(a[2])) return { ok: false, tags, why: 'raw & in an attribute' };
      if (a[1] in attrs) return { ok: false, tags, why: `duplicate attribute ${a[1]}` };
      attrs[a[1]] = a[2];
    }
    if (close) {
      if (stack.pop() !== name) return { ok: false, tags, why: `unbalanced </${name}>` };
      continue;
    }
    if (!stack.length && ++roots > 1) return { ok: false, tags, why: 'two roots' };
    tags.push({ name, attrs });
    if (!self) stack.push(name);
  }
  return stack.length ? { ok: false, tags, why: `unclosed <${stack.at(-1)}>` } : { ok: roots === 1, tags };
}

const hostile: Dataset = {
  ...FIXTURE,
  events: FIXTURE.events.map((e, i) =>
    i === 0 ? { ...e, title: 'Talks, "day one" & <b>more</b>\nsecond line', location: '=HYPERLINK("x")' } : e,
  ),
  actors: FIXTURE.actors.map((a, i) => (i === 0 ? { ...a, name: `O'Brien & <Co> "quoted"\u0001` } : a)),
};
const all = visibleSubset(hostile, hostile.events.map((e) => e.id));

describe('visible subset', () => {
  it('keeps the visible events, their actors, the links they back and their documents', () => {
    const one = FIXTURE.events.find((e) => e.participants.length >= 2)!;
    const s = visibleSubset(FIXTURE, [one.id]);
    expect(s.events.map((e) => e.id)).toEqual([one.id]);
    expect(s.actors.map((a) => a.id)).toEqual(expect.arrayContaining(one.participants));
    for (const e of s.edges) expect(e.eventIds).toEqual([one.id]);
    expect(s.documents.map((d) => d.id).sort()).toEqual([...new Set(one.evidence.map((v) => v.documentId))].sort());
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('round-trips: one row per visible event, fields intact', () => {
    const rows = parseCsv(eventsCsv(all));
    expect(rows[0][0]).toBe('id');
    expect(rows).toHaveLength(all.events.length + 1);
    const width = rows[0].length;
    for (const r of rows) expect(r).toHaveLength(width);
    const first = rows.find((r) => r[0] === hostile.events[0].id)!;
    expect(first[rows[0].indexOf('title')]).toBe(hostile.events[0].title);
    expect(first[rows[0].indexOf('location')]).toBe(`'${hostile.events[0].location}`);
    expect(first[rows[0].indexOf('date')]).toBe(hostile.events[0].date ?? '');
  });

  it('writes actors and edges', () => {
    expect(parseCsv(actorsCsv(all))).toHaveLength(all.actors.length + 1);
    expect(parseCsv(edgesCsv(all))).toHaveLength(all.edges.length + 1);
  });
});

describe('JSON', () => {
  it('holds the visible events, actors and edges, and documents without their texts', () => {
    const j = JSON.parse(subsetJson(all, { from: '2025-03-01', to: null }));
    expect(j.events).toHaveLength(all.events.length);
    expect(j.actors).toHaveLength(all.actors.length);
    expect(j.edges).toHaveLength(all.edges.length);
    expect(j.documents[0].text).toBeUndefined();
    expect(j.filter).toEqual({ from: '2025-03-01', to: null });
  });
});

describe('GEXF', () => {
  it('is well-formed XML with one node per visible actor and one edge per link, even with hostile names', () => {
    const xml = toGexf(all, { 'anna-berg': { x: 10, y: 20 } });
    const r = wellFormed(xml);
    expect(r.why).toBeUndefined();
    expect(r.ok).toBe(true);
    const nodes = r.tags.filter((t) => t.name === 'node');
    expect(nodes.map((n) => n.attrs.id).sort()).toEqual(all.actors.map((a) => a.id).sort());
    expect(r.tags.filter((t) => t.name === 'edge')).toHaveLength(all.edges.length);
    expect(xml).toContain('label="O&apos;Brien &amp; &lt;Co&gt; &quot;quoted&quot;"');
    expect(xml).toContain('<viz:position x="10" y="-20" z="0"/>');
    expect(r.tags[0]).toMatchObject({ name: 'gexf', attrs: { version: '1.3' } });
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0007')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('TimelineJS', () => {
  it('has one slide per dated visible event, with escaped HTML', () => {
    const t = toTimelineJs(all, 'Class <1>');
    expect(t.events).toHaveLength(all.events.filter((e) => e.date).length);
    const first = t.events.find((s) => s.unique_id === hostile.events[0].id)!;
    expect(first.text.headline).not.toContain('<b>');
    expect(first.text.headline).toContain('&lt;b&gt;');
    expect(t.title.text.headline).toBe('Class &lt;1&gt;');
  });

  it('writes dates with their precision', () => {
    expect(tjsDate('2025-02-18')).toEqual({ year: 2025, month: 2, day: 18, display_date: '18 February 2025' });
    expect(tjsDate('2025-02')).toEqual({ year: 2025, month: 2, display_date: 'February 2025' });
    expect(tjsDate('2025')).toEqual({ year: 2025, display_date: '2025' });
  });
});

describe('source list', () => {
  it('numbers the documents behind the visible events in order of publication, http(s) links only', () => {
    const list = sourceList(all);
    expect(list.map((s) => s.n)).toEqual(list.map((_, i) => i + 1));
    expect([...list.map((s) => s.published)].sort()).toEqual(list.map((s) => s.published));
    const text = sourcesText(list);
    expect(text.trim().split('\n')).toHaveLength(list.length);
    expect(text).toMatch(/^1\. Example News, “Talks in Valmora”, 5 March 2025\. https:\/\/example\.org\/talks$/m);
  });
});

describe('visible events', () => {
  it('are the events of the window, or all without one', async () => {
    const { visibleEventIds, filterSlug } = await import('./visible');
    expect(visibleEventIds(FIXTURE, { from: null, to: null })).toHaveLength(FIXTURE.events.length);
    const dated = FIXTURE.events.filter((e) => e.date && e.date.length === 10).map((e) => e.date!).sort();
    const ids = visibleEventIds(FIXTURE, { from: dated[0], to: dated[0] });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(FIXTURE.events.find((e) => e.id === id)!.date).toBe(dated[0]);
    expect(filterSlug({ from: '2025-01-01', to: null })).toBe('2025-01-01_end');
  });
});
