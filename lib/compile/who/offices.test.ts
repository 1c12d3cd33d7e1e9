import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { EN_WHO } from '../lang/en-who';
import { makeDoc, person } from './test-helpers';

const country = (id: string, name: string, code: string): ActorEntry => ({ id, name, kind: 'country', affiliation: code, aliases: [], titles: [] });
const actors: ActorEntry[] = [
  country('israel', 'Israel', 'IL'),
  country('lebanon', 'Lebanon', 'LB'),
  country('oman', 'Oman', 'OM'),
  person('ana-kovac', 'Ana Kovac', { affiliation: 'HR', role: 'Foreign Minister of Croatia' }),
];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const roleMentions = (docs: ReturnType<typeof makeDoc>[]) =>
  findMentions(docs, actors, [], lexicon).mentions.filter((m) => m.via === 'role').map((m) => [m.docId, m.surface, m.actorId]);

describe('references by office (lang/en-who.ts)', () => {
  // the prime ministers are named in other documents of the corpus, not in the remarks
  const others = [
    makeDoc(['Israeli Prime Minister Avi Golan said the cabinet approved the deal.'], { id: 'a' }),
    makeDoc(['Lebanese Prime Minister Karim Haddad said in a statement that the agreement was a fundamental step.'], { id: 'b' }),
  ];

  it(`${EN_WHO.officeOfNations.id}: "the prime minister of Israel and Lebanon" names both prime ministers`, () => {
    const remarks = makeDoc(['Today, I have some good news.', 'I just spoke with the prime minister of Israel and Lebanon, and I am pleased to announce the deal.'], { id: 'r', kind: 'transcript' });
    const found = roleMentions([...others, remarks]).filter((m) => m[0] === 'r');
    expect(found).toEqual([
      ['r', 'the prime minister of Israel', 'avi-golan'],
      ['r', 'Lebanon', 'karim-haddad'],
    ]);
    // the country words inside the phrase are no longer the countries' mentions
    const ms = findMentions([...others, remarks], actors, [], lexicon).mentions.filter((m) => m.docId === 'r');
    expect(ms.some((m) => m.actorId === 'israel' || m.actorId === 'lebanon')).toBe(false);
  });

  it(`${EN_WHO.nationsOffice.id} and the data file: "Croatia's foreign minister"`, () => {
    const doc = makeDoc(['Croatia’s foreign minister arrived in Muscat on Sunday.'], { id: 'c', published: '2025-03-01' });
    expect(roleMentions([doc])).toEqual([['c', 'Croatia’s foreign minister', 'ana-kovac']]);
  });

  it(`${EN_WHO.topDiplomat.id}: "the top Omani diplomat" → the Omani foreign minister found elsewhere`, () => {
    const a = makeDoc(['The talks were mediated by Omani Foreign Minister Karim bin Tarek Al Noor on Saturday.'], { id: 'a' });
    const b = makeDoc(['"We will continue to work together," the top Omani diplomat said in a post after hosting the talks.'], { id: 'b' });
    expect(roleMentions([a, b])).toEqual([['b', 'the top Omani diplomat', 'karim-bin-tarek-al-noor']]);
  });

  it(`${EN_WHO.topDiplomat.id}: "the head of Omani diplomacy" → the Omani foreign minister named before`, () => {
    const doc = makeDoc(['Omani Foreign Minister Karim bin Tarek Al Noor recalled the envoys.', 'Right after the news, the head of Omani diplomacy said he was angry.'], { id: 'h' });
    expect(roleMentions([doc]).filter((m) => m[1] === 'the head of Omani diplomacy')).toEqual([['h', 'the head of Omani diplomacy', 'karim-bin-tarek-al-noor']]);
  });

  it('skips a title before a name, and an office two people hold', () => {
    const doc = makeDoc(['Israeli Prime Minister Avi Golan met Israeli Prime Minister Dan Levi.', 'Later the prime minister of Israel spoke.'], { id: 'd' });
    expect(roleMentions([doc]).filter((m) => m[1] === 'the prime minister of Israel')).toEqual([]);
  });
});
