/** Shared fixtures of the event passes' tests: invented people and places (what/test-helpers builds the inputs). */
import { actorMap } from '../what/test-helpers';

export const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['dana-dogwood', 'Dana Dogwood', 'person', 'NV'],
]);
export const FORMS = { 'Anna Alder': 'anna-alder', Alder: 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', 'Carla Cedar': 'carla-cedar', Cedar: 'carla-cedar', 'Dana Dogwood': 'dana-dogwood' };
export const PLACES = {
  Avalon: { place: 'Avalon', kind: 'city' as const },
  Nordvik: { place: 'Nordvik', kind: 'city' as const },
  'Glass Palace': { place: 'Glass Palace', kind: 'venue' as const },
};
