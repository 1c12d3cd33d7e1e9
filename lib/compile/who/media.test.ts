import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDocCtx } from './context';
import { BYLINE_SHAPES, findMediaPeople, labelPerson, MEDIA_RULES } from './media';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: ['CNN', 'BBC News', 'Reuters'], notPeople: [] };
const discovered = (docs: ReturnType<typeof makeDoc>[]) =>
  findMentions(docs, [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe('hosts, anchors and reporters', () => {
  it('reads a media role from a speaker label, not a newsmaker label', () => {
    expect(labelPerson('ROSEMARY CHURCH, CNN ANCHOR:')).toEqual({ name: 'Rosemary Church', role: 'host' });
    expect(labelPerson('NICK PATON WALSH, CNN CHIEF INTERNATIONAL SECURITY CORRESPONDENT:')).toEqual({ name: 'Nick Paton Walsh', role: 'reporter' });
    expect(labelPerson('ANA KOVAC, CROATIAN FOREIGN MINISTER:')).toBeNull();
    expect(labelPerson('CHURCH:')).toBeNull();
    // a public broadcaster's transcripts label their reporters "NAME, BYLINE:"
    expect(labelPerson('JANE MARIE ROE, BYLINE:')).toEqual({ name: 'Jane Marie Roe', role: 'reporter' });
  });

  it('every rule finds the name in its own example', () => {
    for (const r of MEDIA_RULES) {
      const doc = makeDoc([r.example], { kind: 'transcript' });
      const found = findMediaPeople(makeDocCtx(doc), new Set(['cnn']));
      expect(found.length, r.id).toBeGreaterThan(0);
    }
  });

  it('reporter-asked: a questioner named with an outlet is a reporter; a journalist in the news is not', () => {
    const asked = makeDoc(['Tomas Vell met Mara Quist on Monday.', 'Jane Roe, a journalist for Birchwire, asked the presidents about trade.']);
    expect(findMediaPeople(makeDocCtx(asked), new Set()).map((p) => p.name)).toEqual(['Jane Roe']);
    const news = makeDoc(['Jane Roe, a journalist for Birchwire, was detained in Alder on Monday.']);
    expect(findMediaPeople(makeDocCtx(news), new Set())).toEqual([]);
  });

  it('shared-by-journalist: the journalist who shared a statement is a reporter; "journalist X" alone is left', () => {
    const shared = makeDoc(['Tomas Vell said in a statement which was shared on Twitter by Nordvik journalist Jane Roe.']);
    expect(findMediaPeople(makeDocCtx(shared), new Set()).map((p) => p.name)).toEqual(['Jane Roe']);
    const news = makeDoc(['Nordvik journalist Jane Roe was freed on Monday.']);
    expect(findMediaPeople(makeDocCtx(news), new Set())).toEqual([]);
  });

  it('keeps labelled correspondents out of the actors, in every document', () => {
    const transcript = makeDoc(['Welcome back.', 'Our Ivo Maric is in Zagreb.', 'Ivo Maric said the talks went well.'], { id: 'a', kind: 'transcript' });
    transcript.removed = [];
    const article = makeDoc(['Ivo Maric said on Monday that Foreign Minister Ana Kovac met Luka Horvat.'], { id: 'b' });
    const names = discovered([transcript, article]);
    expect(names).not.toContain('Ivo Maric');
    expect(names).toContain('Ana Kovac');
  });

  it('reads sign-offs, bylines, "joins us", "reporting from" and "I\'m … in …"', () => {
    const doc = makeDoc(
      [
        'By Jane Roe and John Doe',
        'Foreign Minister Ana Kovac met Luka Horvat, the Slovenian prime minister, on Monday.',
        'Mia Lund joins us from Brussels.',
        "I'm Tom Berg in London.",
        'Eva Stone reporting from Kyiv.',
        'Lavrov will be joined by Ivan Petrovsky, an aide.',
        'Joining us now from Kyiv is Nina Holm.',
        'Ola Nord, BBC News, Kyiv.',
      ],
      { kind: 'transcript' },
    );
    const found = findMediaPeople(makeDocCtx(doc), new Set(['bbc news']));
    expect(found.map((p) => p.name).sort()).toEqual(['Eva Stone', 'Jane Roe', 'John Doe', 'Mia Lund', 'Nina Holm', 'Ola Nord', 'Tom Berg']);
    expect(found.find((p) => p.name === 'Tom Berg')?.role).toBe('host');
  });

  it(`${BYLINE_SHAPES.id}: a bullet before the byline, "&" between names, a long strip of dashed "By"`, () => {
    const names = (line: string) => findMediaPeople(makeDocCtx(makeDoc([line, 'Ana Kovac met Luka Horvat on Monday.'])), new Set()).map((p) => p.name).sort();
    expect(names(BYLINE_SHAPES.example)).toEqual(['Jane Roe', 'Tomas Lind']);
    const strip =
      'By — Jane Roe Jane Roe By — Tomas Lind Tomas Lind By — Ana Maria Berg Ana Maria Berg Send us a note Share this page https://example.org/show/a-long-page-address Email Facebook';
    expect(names(strip)).toEqual(['Ana Maria Berg', 'Jane Roe', 'Tomas Lind']);
    // "By" opening an ordinary sentence names no one
    expect(names('By Friday morning the talks had resumed in Nordvik.')).toEqual([]);
    // a blog post's closing credit in parentheses: the poster (the photographer's credit is another part)
    expect(names('(Posted by Mara Quist; photo by Tomas Vell, Birchwire)')).toEqual(['Mara Quist']);
    // "posted by" inside a sentence is no byline
    expect(names('A video posted by Tomas Vell showed the convoy.')).toEqual([]);
  });

  it('returns the spans it kept out, with the role', () => {
    const doc = makeDoc(["CNN's Eva Stone reports from Kyiv.", 'Eva Stone said Ana Kovac, the foreign minister, arrived.']);
    const r = findMentions([doc], [], [], lexicon);
    expect(r.media.map((m) => [m.surface, m.role])).toEqual([
      ['Eva Stone', 'reporter'],
      ['Eva Stone', 'reporter'],
    ]);
    expect(r.actors.map((a) => a.name)).not.toContain('Eva Stone');
  });
});

describe('reporters named as sources, credits', () => {
  it('named-source-reporter: "<Source> reporter <Name>" is a reporter, a summit host is not', () => {
    const doc = makeDoc([
      'Hochstein is set to meet Prime Minister Ana Kovac on Thursday, according to officials cited by Axios reporter Nina Holm.',
      'Reuters chief political correspondent Tom Berg wrote that the talks had stalled.',
      'Summit host Luka Horvat welcomed the leaders.',
    ]);
    const found = findMediaPeople(makeDocCtx(doc), new Set());
    expect(found.map((p) => p.name).sort()).toEqual(['Nina Holm', 'Tom Berg']);
    const names = discovered([doc]);
    expect(names).not.toContain('Nina Holm');
    expect(names).toContain('Ana Kovac');
  });

  it('names-report-colon: every name of a line that hands the story to its reporters', () => {
    const names = (line: string) => findMediaPeople(makeDocCtx(makeDoc([line, 'Mara Quist met Tomas Vell on Monday.'])), new Set(['birchwire news'])).map((p) => p.name);
    expect(names('Birchwire News’ Jane Roe and John Doe report:')).toEqual(['Jane Roe', 'John Doe']);
    expect(names('Jane Roe reports:')).toEqual(['Jane Roe']);
    // a report named in prose is no hand-over
    expect(names('Mara Quist said in her report:')).toEqual([]);
    expect(names('Tomas Vell reports on the talks.')).not.toContain('Mara Quist');
  });

  it('contributed-reporting: every name of the closing credit', () => {
    const doc = makeDoc(['Foreign Minister Ana Kovac met Luka Horvat on Monday.', 'Jane Roe in Kyiv and John Doe contributed reporting.']);
    expect(findMediaPeople(makeDocCtx(doc), new Set()).map((p) => p.name).sort()).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('time-ago-byline', () => {
  it('a name before "N minutes ago" is the page author; a name before other words is not', () => {
    const doc = makeDoc(['Jane Roe 7 minutes ago Wed 16th June 2021 | 05:30 PM', 'Ana Kovac met Luka Horvat 7 days after the vote.']);
    expect(findMediaPeople(makeDocCtx(doc), new Set()).map((p) => p.name)).toEqual(['Jane Roe']);
  });
});
