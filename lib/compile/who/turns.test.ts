import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { TURN_FIRST_PERSON_RULE } from './turns';
import { makeDoc, person } from './test-helpers';

const actors: ActorEntry[] = [person('ana-kovac', 'Ana Kovac', { affiliation: 'HR', aliases: ['Kovac'] }), person('ivo-maric', 'Ivo Maric', { affiliation: 'HR', aliases: ['Maric'] })];
const lexicon: Lexicon = { outlets: [], notPeople: [] };

/** a transcript whose lines open with speaker labels the clean stage cut (as it does) */
function transcript(title: string, turns: [string, string][]) {
  const sentences: string[] = [];
  const removed: { start: number; end: number; reason: 'speaker-label' }[] = [];
  let pos = 0;
  for (const [label, text] of turns) {
    sentences.push(`${label} ${text}`);
    removed.push({ start: pos, end: pos + label.length, reason: 'speaker-label' });
    pos += label.length + 1 + text.length + 1;
  }
  const doc = makeDoc(sentences, { kind: 'transcript' });
  doc.meta.title = title;
  doc.removed = removed;
  return doc;
}
const firstPerson = (doc: ReturnType<typeof makeDoc>) =>
  findMentions([doc], actors, [], lexicon).mentions.filter((m) => m.surface === 'I').map((m) => [m.sentence, m.actorId]);

describe(TURN_FIRST_PERSON_RULE.id, () => {
  it('"I" in a turn labelled with a title only is the person the document title names', () => {
    const doc = transcript('Remarks by President Kovac Announcing a Ceasefire', [
      ['THE PRESIDENT:', 'Good afternoon. I just spoke with the prime minister of Slovenia, and I am pleased to announce a deal.'],
    ]);
    expect(firstPerson(doc)).toEqual([
      [0, 'ana-kovac'],
      [0, 'ana-kovac'],
    ]);
  });

  it('"I" in a turn labelled with a name is that person; a reporter’s or a question’s turn names nobody', () => {
    const doc = transcript('Press conference', [
      ['FOREIGN MINISTER MARIC:', 'I would like to thank the delegations.'],
      ['JANE ROE, CNN CORRESPONDENT:', 'I wonder whether the talks will resume.'],
      ['Q:', 'Can I ask about the border?'],
    ]);
    expect(firstPerson(doc)).toEqual([[0, 'ivo-maric']]);
  });

  it('leaves "I" inside a quotation alone, and articles alone', () => {
    const doc = transcript('Remarks by President Kovac', [['THE PRESIDENT:', 'They told me: "I will sign."']]);
    expect(firstPerson(doc)).toEqual([]);
    expect(firstPerson(makeDoc(['I just spoke with Ivo Maric.']))).toEqual([]);
  });
});

describe('first person and offices reach the event passes as local mentions', () => {
  it('a real remarks sentence: "I" → the speaker, "the prime minister of Israel and Lebanon" → both prime ministers', async () => {
    const { toLocal } = await import('../events/util');
    const country = (id: string, name: string, code: string): ActorEntry => ({ id, name, kind: 'country', affiliation: code, aliases: [], titles: [] });
    const all = [...actors, country('israel', 'Israel', 'IL'), country('lebanon', 'Lebanon', 'LB'), person('joe-biden', 'Joe Biden', { affiliation: 'US', aliases: ['Biden'] })];
    const others = [
      makeDoc(['The office of Israeli Prime Minister Avi Golan issued a statement.'], { id: 'a' }),
      makeDoc(['Lebanese Prime Minister Karim Haddad said in a statement he considers the agreement a fundamental step.'], { id: 'b' }),
    ];
    const remarks = transcript('Remarks by President Biden Announcing Cessation of Hostilities Between Israel and Hezbollah', [
      ['THE PRESIDENT:', 'I just spoke with the prime minister of Israel and Lebanon, and I’m pleased to announce that their governments have accepted the proposal.'],
    ]);
    const r = findMentions([...others, remarks], all, [], lexicon);
    const s = remarks.sentences[0];
    const kinds = new Map(r.actors.map((a) => [a.id, a.kind]));
    const local = toLocal(r.mentions.filter((m) => m.docId === remarks.id), s, (id) => kinds.get(id) ?? null);
    expect(local.filter((m) => m.kind === 'person').map((m) => [m.surface, m.actorId])).toEqual([
      ['I', 'joe-biden'],
      ['the prime minister of Israel', 'avi-golan'],
      ['Lebanon', 'karim-haddad'],
      ['I', 'joe-biden'],
    ]);
  });
});
