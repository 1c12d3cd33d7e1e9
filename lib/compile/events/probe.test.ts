import { it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';
const run = (text: string) => extractEvents(input(makeDoc('d', text, '2025-02-19'), ACTORS, FORMS, {}, PLACES));
it('probe', () => {
  for (const t of [
    'Anna Alder, Boris Birch and Dana Dogwood met in Avalon.',
    'Anna Alder, Boris Birch and Dana Dogwood joined the talks in Avalon.',
    'Leaders including Anna Alder, Boris Birch and Dana Dogwood attended a summit in Avalon.',
    'Anna Alder hosted a summit in Avalon with Boris Birch, Carla Cedar and Dana Dogwood.',
    'During the meeting in Avalon, Anna Alder called Dana Dogwood, while Boris Birch waited.',
    'Anna Alder met Boris Birch in Avalon. During the meeting, Alder took a call from Dana Dogwood.',
    'Anna Alder addressed the parliament in Nordvik.',
    'Anna Alder and Boris Birch agreed to a ceasefire.',
  ]) console.log(t, '\n   ', JSON.stringify(run(t).map((e) => [e.type, e.participants, e.location])));
});
