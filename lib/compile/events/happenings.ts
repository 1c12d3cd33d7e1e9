/**
 * Happenings pass (events, references, joins): the thin entry of the happening
 * pipeline in ./happen/ (participants → status → date → place → role → groups →
 * emit, one file per pass; see happen/index.ts for the order).
 */
export { findHappenings } from './happen';
export { fired } from './happen/types';
export { dateRule } from './happen/date';
export { posParticipants } from './happen/pos';
