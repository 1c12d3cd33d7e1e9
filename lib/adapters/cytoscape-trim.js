/**
 * A Turbopack loader (next.config.js) for cytoscape's ESM build: cuts out what the explorer never calls, so the
 * network's chunk does not carry it — the graph algorithms (bfs, dijkstra, page rank, clustering, …: collection
 * methods the app does not use), the WebGL renderer (used only with `webgl: true`, which the app never sets) and
 * the layouts other than `preset` and `null` (positions are computed at compile time; cytoscape's default is `null`).
 *
 * Cytoscape's dist file is one flat rollup bundle: each source module is a contiguous run of code, so each part is
 * cut between two anchors (the first line of the part, the first line after it). The cut applies only to the exact
 * file it was written against (its SHA-256): any other version passes through untouched, with a build warning, and
 * the size budget (`npm run size`) then shows the network's chunk growing back. lib/adapters/cytoscape-trim.test.ts
 * checks the cut file: nothing left refers to a name that was cut, and a graph still builds, styles and draws.
 */
// a Turbopack loader is a CommonJS module
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require('node:crypto');

/** cytoscape 3.34.4, dist/cytoscape.esm.mjs */
const SHA256 = 'd66d1f646101a399cc8a17c1b217190236843c4d4031957e8c25177dec91988a';

/** [first line of the part, first line after it, what stands in its place] */
const CUTS = [
  // the graph algorithms (bfs/dfs … tarjan), minus the heap they share with the renderer's texture caches
  ['var defineSearch = function defineSearch(params) {', 'var heap$2 = {exports: {}};', ''],
  ['var dijkstraDefaults = defaults$g({', 'var _Math$hypot;\nvar copyPosition = ', ''],
  // (cytoscape's geometry, which the renderer draws with, sits among them and stays)
  ['var pageRankDefaults = defaults$g({', '/*!\nEmbeddable Minimum Strictly-Compliant Promises/A+', 'var elesfn$j = {};\n\n'],
  // the layouts breadthfirst, circle, concentric, cose, grid (their defaults and code)
  ['/* eslint-disable no-unused-vars */\nvar defaults$7 = {', 'var defaults$2 = {', ''],
  // the random layout, and the list of layouts: null and preset
  [
    'var defaults = {\n  fit: true,',
    'function NullRenderer(options) {',
    "var layout = [{\n  name: 'null',\n  impl: NullLayout\n}, {\n  name: 'preset',\n  impl: PresetLayout\n}];\n\n",
  ],
  // the WebGL renderer (shaders, atlases, its drawing and picking), up to the next canvas renderer part
  ['function compileShader(gl, type, source) {', 'var CRp$3 = {};', 'var CRp$4 = {};\n\n'],
];

/** The cut source, or null when the file is not the one the cuts were written for (or an anchor is not unique). */
function trimCytoscape(source) {
  if (createHash('sha256').update(source).digest('hex') !== SHA256) return null;
  let out = source;
  for (const [from, to, instead] of CUTS) {
    const a = out.indexOf(from);
    const b = out.indexOf(to, a + 1);
    if (a < 0 || b < 0 || out.indexOf(from, a + 1) >= 0) return null;
    out = out.slice(0, a) + instead + out.slice(b);
  }
  return out;
}

function loader(source) {
  const out = trimCytoscape(source);
  if (out === null) {
    this.emitWarning?.(new Error('cytoscape-trim: not the cytoscape build the cuts were written for; left whole (lib/adapters/cytoscape-trim.js)'));
    return source;
  }
  return out;
}

module.exports = loader;
module.exports.trimCytoscape = trimCytoscape;
module.exports.SHA256 = SHA256;
