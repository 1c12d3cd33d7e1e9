/**
 * vis-timeline's Timeline, and nothing else of the package: its module also defines Graph2d (line and bar charts:
 * DataAxis, LineGraph, Legend, … ~20% of its code) which the explorer never draws. Every importer names Timeline
 * here (the timeline component and the page's first script, components/chart-chunks.ts), so the bundler can leave
 * the rest out; `import('vis-timeline/esnext')` (the whole module namespace) kept all of it.
 */
export { Timeline } from 'vis-timeline/esnext';
export type { TimelineOptions } from 'vis-timeline/esnext';
