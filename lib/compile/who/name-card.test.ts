import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { NAME_CARD_RULE, nameCards } from './name-card';
import { makeDoc, person } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };

describe(NAME_CARD_RULE.id, () => {
  it('spans the strip from the end of the glued copy of a name to "MORE"', () => {
    const body = 'Foreign Minister Tomas VellTomas VellAvalon signs trade pact with Nordvik Birch storms MORE arrived in Cedar on Monday.';
    const cards = nameCards(body);
    expect(cards.map((c) => body.slice(c.start, c.end))).toEqual(['Avalon signs trade pact with Nordvik Birch storms MORE']);
  });

  it('also when the first copy is the surname alone ("President VellTomas Vell")', () => {
    const body = 'President VellTomas VellAlder wins the Birch vote MORE said on Friday that the talks would go on.';
    expect(nameCards(body).map((c) => body.slice(c.start, c.end))).toEqual(['Alder wins the Birch vote MORE']);
  });

  it('needs both the glued copy and the closing "MORE"', () => {
    expect(nameCards('Tomas Vell met Mara Quist in Nordvik. Read MORE')).toEqual([]);
    expect(nameCards('Foreign Minister Tomas VellTomas Vell arrived in Nordvik on Monday.')).toEqual([]);
    expect(nameCards('Foreign Minister Tomas VellTomas Vell arrived.\n\nMara Quist left. MORE')).toEqual([]);
  });

  it('reads no person in the card, and keeps the name before it', () => {
    const actors = [person('mara-quist', 'Mara Quist', { affiliation: 'FI', aliases: ['Quist'] })];
    const doc = makeDoc(['Foreign Minister Tomas VellTomas VellQuist storms out of the Birch talks MORE arrived in Nordvik on Monday.', 'Quist met him later.']);
    const ms = findMentions([doc], actors, [], lexicon).mentions;
    expect(ms.filter((m) => m.actorId === 'mara-quist').map((m) => m.sentence)).toEqual([1]);
  });
});
