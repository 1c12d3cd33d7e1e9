/** The exporters, in one chunk the export menu loads on first use (not with the explorer). */
export { actorsCsv, edgesCsv, eventsCsv } from './csv';
export { toGexf } from './gexf';
export { subsetJson } from './json';
export { sourceList, sourcesText } from './sources';
export { toTimelineJs } from './timelinejs';
