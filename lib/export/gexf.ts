/**
 * The network as GEXF 1.3 (Gephi's format): actors as nodes with their kind,
 * role and affiliation, links as edges weighted by their number of events
 * (responded_to directed), and the explorer's positions and colours.
 */
import type { Subset, SubsetEvent } from './subset';
import { escapeXml as x } from './xml';
import { affiliationColors, NO_AFFILIATION_COLOR } from '../ui/theme';

export type Positions = Record<string, { x: number; y: number }>;

function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toGexf(s: Subset<SubsetEvent>, positions: Positions = {}, title = 'Parley network'): string {
  const colors = affiliationColors(s.actors.map((a) => a.affiliation));
  const count = new Map<string, number>();
  for (const e of s.events) for (const p of new Set(e.participants)) count.set(p, (count.get(p) ?? 0) + 1);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>Parley</creator><description>${x(title)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="role" title="role" type="string"/>',
    '      <attribute id="affiliation" title="affiliation" type="string"/>',
    '      <attribute id="events" title="events" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="event_ids" title="event ids" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const a of s.actors) {
    const c = rgb((a.affiliation && colors.get(a.affiliation)) || NO_AFFILIATION_COLOR);
    const p = positions[a.id];
    out.push(`      <node id="${x(a.id)}" label="${x(a.name)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="kind" value="${x(a.kind)}"/>`);
    if (a.role) out.push(`          <attvalue for="role" value="${x(a.role)}"/>`);
    if (a.affiliation) out.push(`          <attvalue for="affiliation" value="${x(a.affiliation)}"/>`);
    out.push(`          <attvalue for="events" value="${count.get(a.id) ?? 0}"/>`);
    out.push('        </attvalues>');
    out.push(`        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`);
    if (p) out.push(`        <viz:position x="${p.x}" y="${-p.y}" z="0"/>`);
    out.push(`        <viz:size value="${10 + 4 * Math.sqrt(count.get(a.id) ?? 0)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  s.edges.forEach((e, i) => {
    const type = e.kind === 'responded_to' ? 'directed' : 'undirected';
    out.push(`      <edge id="${i}" source="${x(e.source)}" target="${x(e.target)}" type="${type}" weight="${e.eventIds.length}" label="${x(e.kind)}">`);
    out.push(`        <attvalues><attvalue for="kind" value="${x(e.kind)}"/><attvalue for="event_ids" value="${x(e.eventIds.join(' '))}"/></attvalues>`);
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
