import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { clean } from './clean';
import { load } from './load';
import { makeDoc } from './text/test-doc';
import type { CleanDoc, RemovalReason } from './types';

const keptText = (d: CleanDoc) => d.kept.map((s) => d.body.slice(s.start, s.end));
const removedAs = (d: CleanDoc, reason: RemovalReason) => d.removed.filter((r) => r.reason === reason).map((r) => d.body.slice(r.start, r.end));

const P1 = 'Senior diplomats met on Tuesday in the capital to discuss the war.';
const P2 = 'The two sides agreed to keep talking, officials said.';

describe('clean: page chrome and boilerplate', () => {
  it.each([
    'Quantcast',
    'Viewing all articles',
    'Browse latest Browse all 1085',
    'Trending Articles',
    'Share',
    'Advertisement',
    'Related',
    'Read more',
    'You will shortly be re-directed to the publisher\'s website',
    'We use cookies to improve your experience. Accept cookies',
    'Sign up for our daily newsletter',
    'CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER',
    'Home | World | Europe | Politics',
    'Related: Leaders say the talks went well',
    'The secretary of state, left, meets the foreign minister at the palace. (AP Photo/Evan Vucci)',
    'By Matthew Lee and Aamer Madhani',
    'Updated 4:12 PM UTC, March 13, 2025',
    'Skip to main content',
  ])('removes %j as chrome', (line) => {
    const d = clean(makeDoc(`${P1}\n\n${line}\n\n${P2}\n`));
    expect(removedAs(d, 'chrome')).toEqual([line]);
    expect(keptText(d)).toEqual([P1, P2]);
  });

  it.each([
    'The Associated Press and Reuters contributed to this story.',
    'The Related Press and Reuters contributed to this report.',
    'Reporting by Jane Doe; Editing by John Roe',
    'Copyright 2025 Example Media. All rights reserved.',
  ])('removes %j as boilerplate', (line) => {
    const d = clean(makeDoc(`${P1}\n${P2}\n${line}`));
    expect(removedAs(d, 'boilerplate')).toEqual([line]);
    expect(keptText(d)).toEqual([P1, P2]);
  });

  it('removes a copy of the title as headline', () => {
    const title = 'US and Russia agree on next steps';
    const d = clean(makeDoc(`Quantcast\n\n${title}\n\n${P1}\n`, { title }));
    expect(removedAs(d, 'headline')).toEqual([title]);
    expect(keptText(d)).toEqual([P1]);
  });

  it('removes a short section heading without punctuation but keeps a long standfirst', () => {
    const stand = 'The recent series of talks between the two capitals has helped clarify the position, the minister has said';
    const d = clean(makeDoc(`${stand}\n${P1}\nWhat happens next\n${P2}\n`));
    expect(keptText(d)).toEqual([stand, P1, P2]);
    expect(removedAs(d, 'headline')).toEqual(['What happens next']);
  });
});

describe('clean: truncated fragments', () => {
  it('removes a trailing block of unfinished teaser lines whole', () => {
    const body = `${P1}\n${P2}\nThe email arrived shortly after the speech. The messages came with the subject line "What did\nThe top stories from Sunday's newspapers...SUNDAY MIRROR will announce another round of job cuts at\nOn Saturday, 2,000 people marched to the embassy.According to a Downing`;
    const d = clean(makeDoc(body));
    expect(keptText(d)).toEqual([P1, P2]);
    expect(removedAs(d, 'truncated')).toHaveLength(3);
  });

  it('removes trailing teasers cut off with an ellipsis, after chrome lines', () => {
    const t1 = 'Halvard Ostrem set to travel to Norland for regional summit in Velgrad, first visit since…';
    const t2 = 'Capital says Ostrem to visit Sudria later this year after border talks, Interf…';
    const t3 = 'Minister holds call with Ostrem, asks Sudria to back...';
    const d = clean(makeDoc(`${P1}\n\n${P2}\n\nAdvertisement\n\nRelated coverage\n${t1}\n${t2}\n${t3}\nRead more\n`));
    expect(keptText(d)).toEqual([P1, P2]);
    expect(removedAs(d, 'truncated')).toEqual([t1, t2, t3]);
  });

  it('keeps a last paragraph that ends with a sentence', () => {
    const last = 'He said the talks would go on… and they did.';
    const d = clean(makeDoc(`${P1}\n\n${last}\n`));
    expect(keptText(d)).toEqual([P1, last]);
  });

  it('keeps the complete sentences of a single unfinished last line', () => {
    const d = clean(makeDoc(`${P1}\nMoscow has said the status is not up for negotiation. Officials also insist on the root causes. Presi`));
    expect(keptText(d)).toEqual([P1, 'Moscow has said the status is not up for negotiation. Officials also insist on the root causes.']);
    expect(removedAs(d, 'truncated')).toEqual(['Presi']);
  });

  it('cuts the unfinished tail of a paragraph in the middle of an article', () => {
    const d = clean(makeDoc(`${P1}\nThe talks ended in the U.S. capital. The two sides have held several rounds of talks in\n${P2}`));
    expect(keptText(d)).toEqual([P1, 'The talks ended in the U.S. capital.', P2]);
    expect(removedAs(d, 'truncated')).toEqual(['The two sides have held several rounds of talks in']);
  });

  it('removes a middle line cut mid-word', () => {
    const line = 'Officials said the official level talks would resume but behind closed doors and the w';
    const d = clean(makeDoc(`${P1}\n${line}\n${P2}`));
    expect(removedAs(d, 'truncated')).toEqual([line]);
  });

  it('keeps every line of a hard-wrapped article', () => {
    const body = [
      'Senior diplomats from Russia and the United States met on',
      'Tuesday in the capital and agreed to initial steps toward',
      'ending the war. The Secretary of State met with',
      'Foreign Minister Ivan Petrov at the palace for four hours.',
      '',
      'Officials from the other side said they would not accept',
      'a deal agreed upon between the two powers without their',
      'input, and their allies were said to agree with them.',
    ].join('\n');
    const d = clean(makeDoc(body));
    expect(d.removed).toEqual([]);
    expect(d.kept).toHaveLength(7);
  });

  it('keeps hard-wrapped article lines that continue lower-case', () => {
    const d = clean(makeDoc('Senior diplomats from both countries met on Tuesday and\nagreed to restore their embassies in each capital.\n'));
    expect(d.removed).toEqual([]);
    expect(d.kept).toHaveLength(2);
  });
});

describe('clean: transcripts', () => {
  const T = { kind: 'transcript' as const };

  it('keeps lines that wrap mid-sentence', () => {
    const body = "Let's take a look at what the meeting between the US.\nand Russia is likely to accomplish today in the capital city of the kingdom. The stakes could not be higher for everyone";
    const d = clean(makeDoc(body, T));
    expect(d.removed).toEqual([]);
    expect(keptText(d).join('\n')).toBe(body);
  });

  it('removes ticker headlines between speech lines', () => {
    const body =
      'TO allies of the US have scrambled to catch up, asserting that they too should take part in any peace and that nothing about them can be decided without them at the table.\nRussia and US agree at talks without Ukraine to press\ntalks UK Prime Minister has said British troops could be part of a peacekeeping force and Sweden says it would not rule out sending troops.';
    const d = clean(makeDoc(body, T));
    expect(removedAs(d, 'headline')).toEqual(['Russia and US agree at talks without Ukraine to press']);
    expect(d.kept).toHaveLength(2);
  });

  it('keeps short capitalised caption lines of an unpunctuated transcript', () => {
    const body = [
      'Secretary of State Marco Polo is meeting',
      'his counterpart today in the capital',
      'The talks are aimed at setting up',
      'negotiations for a peace plan and',
      'European allies are not at the table',
      'We can now speak to our correspondent',
      'Thank you for having me',
    ].join('\n');
    const d = clean(makeDoc(body, T));
    expect(d.removed).toEqual([]);
    expect(d.kept).toHaveLength(7);
  });

  it('removes speaker labels', () => {
    const body = 'ANCHOR: Good evening and welcome to the programme.\nJOHN SMITH: Thank you for having me.\n>> It is a pleasure to be here tonight.';
    const d = clean(makeDoc(body, T));
    expect(removedAs(d, 'speaker-label').map((s) => s.trim())).toEqual(['ANCHOR:', 'JOHN SMITH:', '>>']);
    expect(keptText(d)).toEqual(['Good evening and welcome to the programme.', 'Thank you for having me.', 'It is a pleasure to be here tonight.']);
  });

  it('removes a speaker label that follows a timecode, and chevrons', () => {
    const body = '[00:00:01] WOLF SMITH, CNN ANCHOR: Welcome back to the programme tonight.\n>> JANE DOE: That is right, and the talks went on for hours.\n(CROSSTALK)';
    const d = clean(makeDoc(body, T));
    expect(d.removed.map((r) => [r.reason, d.body.slice(r.start, r.end)])).toEqual([
      ['timecode', '[00:00:01]'],
      ['speaker-label', 'WOLF SMITH, CNN ANCHOR:'],
      ['speaker-label', '>> JANE DOE:'],
      ['chrome', '(CROSSTALK)'],
    ]);
    expect(keptText(d)).toEqual(['Welcome back to the programme tonight.', 'That is right, and the talks went on for hours.']);
  });

  it('removes timecodes', () => {
    const body = '00:01:23 The minister arrived in the capital this morning.\n[00:12] He is expected to meet his counterpart.\n00:00:01,000 --> 00:00:04,000';
    const d = clean(makeDoc(body, T));
    expect(removedAs(d, 'timecode')).toEqual(['00:01:23', '[00:12]', '00:00:01,000 --> 00:00:04,000']);
    expect(keptText(d)).toEqual(['The minister arrived in the capital this morning.', 'He is expected to meet his counterpart.']);
  });

  it('does not treat a clock time in an article as a timecode', () => {
    const d = clean(makeDoc('The meeting began at 10:30 in the palace, officials said.'));
    expect(d.removed).toEqual([]);
  });
});

describe('clean: sample documents', () => {
  const inputs = load(fileURLToPath(new URL('../../data', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url)));
  const docs = inputs.documents.map(clean);
  const byId = (id: string) => {
    const d = docs.find((x) => x.id === id);
    if (!d) throw new Error(`missing sample ${id}`);
    return d;
  };
  const lines = (d: CleanDoc) => d.body.split('\n').map((l) => l.trim()).filter(Boolean);

  it('has the five samples', () => expect(docs.length).toBeGreaterThanOrEqual(5));

  it.each(['bbc-negotiators', 'dw-riyadh-live-transcript', 'epoch-times-riyadh-paraphrase', 'rt-rubio-better-understanding', 'washington-examiner-riyadh'])(
    '%s: kept and removed spans are sorted, disjoint, trimmed and cover every word',
    (id) => {
      const d = byId(id);
      const all = [...d.kept, ...d.removed].sort((a, b) => a.start - b.start);
      for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
      for (const s of d.kept) {
        const t = d.body.slice(s.start, s.end);
        expect(t).toBe(t.trim());
        expect(t.length).toBeGreaterThan(0);
      }
      let covered = '';
      let pos = 0;
      for (const s of all) {
        covered += d.body.slice(pos, s.start);
        pos = s.end;
      }
      covered += d.body.slice(pos);
      expect(covered.trim()).toBe('');
    },
  );

  it('bbc: removes the 4 truncated trailing lines and keeps every real paragraph whole', () => {
    const d = byId('bbc-negotiators');
    const ls = lines(d);
    expect(removedAs(d, 'truncated')).toEqual(ls.slice(-4));
    expect(keptText(d)).toEqual(ls.slice(0, -4));
  });

  it('washington examiner: removes the 8 navigation lines and keeps every paragraph whole', () => {
    const d = byId('washington-examiner-riyadh');
    const ls = lines(d);
    const nav = ['Quantcast', 'Viewing all articles', 'Browse latest Browse all 1085', 'US stresses improving relationship with Russia in negotiations to end Ukraine war', 'CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER', 'Viewing all articles', 'Browse latest Browse all 1085', 'Trending Articles'];
    expect(d.removed.map((r) => d.body.slice(r.start, r.end))).toEqual(nav);
    expect(keptText(d)).toEqual(ls.filter((l) => !nav.includes(l)));
    expect(keptText(d)).toHaveLength(15);
  });

  it('dw transcript: removes exactly the four ticker headlines and keeps all speech', () => {
    const d = byId('dw-riyadh-live-transcript');
    expect(removedAs(d, 'headline')).toEqual([
      'Russia and US agree at talks without Ukraine to press',
      'US-Russia talks sideline Ukraine and Europe',
      'U.S. and Russia agree to restore embassy staffing in high',
      'US and Russia discuss Ukraine war as Trump\u2019s federal',
    ]);
    expect(d.removed).toHaveLength(4);
  });

  it('rt: removes the redirect notice and keeps the standfirst', () => {
    const d = byId('rt-rubio-better-understanding');
    expect(removedAs(d, 'chrome')).toEqual(["You will shortly be re-directed to the publisher's website"]);
    expect(d.removed).toHaveLength(1);
    expect(keptText(d)[0]).toMatch(/^The recent series of talks/);
  });

  it('epoch times: removes only the credit line', () => {
    const d = byId('epoch-times-riyadh-paraphrase');
    expect(d.removed.map((r) => [r.reason, d.body.slice(r.start, r.end)])).toEqual([['boilerplate', 'The Related Press and Reuters contributed to this story.']]);
  });
});

describe('long speaker labels', () => {
  it('cuts a label with a long media role ("NICK PATON WALSH, CNN CHIEF INTERNATIONAL SECURITY CORRESPONDENT:")', () => {
    const body = 'NICK PATON WALSH, CNN CHIEF INTERNATIONAL SECURITY CORRESPONDENT: Zelensky said on Tuesday that Ukraine would support a halt.\n';
    const doc = clean({ id: 'x', file: 'x.md', meta: { title: 't', outlet: 'CNN', published: '2025-03-19', kind: 'transcript' }, body, bodyLine: 1 } as never);
    const label = doc.removed.find((r) => r.reason === 'speaker-label');
    expect(label && body.slice(label.start, label.end)).toBe('NICK PATON WALSH, CNN CHIEF INTERNATIONAL SECURITY CORRESPONDENT:');
  });
});
