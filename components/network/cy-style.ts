/** Cytoscape stylesheet: colour by affiliation, shape by kind, line style by edge kind. */
import type { StylesheetJson } from 'cytoscape';

export const CY_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 13,
      'min-zoomed-font-size': 7,
      'font-family': 'ui-sans-serif, system-ui, sans-serif',
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 2,
      'border-color': '#ffffff',
      // no opacity transition: each of its frames restyles every fading node (at scale, while a click's quote renders)
    },
  },
  { selector: 'node[?discovered]', style: { 'border-style': 'dashed', 'border-color': '#334155' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'data(arrow)' as never,
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  // at scale (many edges): straight haystack lines, drawn much faster, without arrows
  { selector: 'edge[curve = "haystack"]', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'edge[kind = "met"]', style: { 'line-style': 'solid' } },
  { selector: 'edge[kind = "called"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[kind = "responded_to"]', style: { 'line-style': 'dotted' } },
  // at scale the kinds are told by colour alone (as the arrows are dropped): a dashed or dotted line is drawn
  // dash by dash, and every element added redraws them all — 1,500 links took a third longer to draw
  // (a bare Cytoscape page, headless Chromium, first render median of 9: 244 → 175 ms)
  { selector: 'edge[curve = "haystack"]', style: { 'line-style': 'solid' } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
  // at scale the other links are not faded (Network.tsx applyFocus): the focus's own are underlined
  { selector: 'edge[curve = "haystack"].highlighted', style: { 'underlay-color': '#0f172a', 'underlay-opacity': 0.35, 'underlay-padding': 2 } as never },
  { selector: 'node.highlighted', style: { 'border-color': '#0f172a', 'border-width': 3, 'font-weight': 'bold' } },
  {
    selector: 'node.selected-actor',
    style: { 'border-color': '#f59e0b', 'border-width': 5, 'font-weight': 'bold', 'z-index': 20 },
  },
];
