import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { describedAsCommentator, labelName, TURN_ROWS } from './transcript-turns';

/** the statements (speaker first) and their rules compiled from one invented transcript */
const statementsOf = (body: string, title = 'Evening news', kind = 'transcript') =>
  compiledStatements(
    body,
    [
      person('mara-quist', 'Mara Quist'),
      person('tomas-vell', 'Tomas Vell'),
      person('cedar-lind', 'Cedar Lind'),
      { id: 'nordvik', name: 'Nordvik', kind: 'country', aliases: [], titles: [] },
    ],
    { title, kind },
  );
const turns = (body: string, title?: string) => statementsOf(body, title).filter((e) => e.rules.some((r) => r.startsWith('turn-')));

describe('transcript turns: a guest\'s labelled turn is that person\'s statement', () => {
  it('rows match their examples', () => {
    for (const r of Object.values(TURN_ROWS)) expect(r.pattern.test(r.example), r.id).toBe(true);
  });
  it('labelName drops titles and needs two name words', () => {
    expect(labelName('PRESIDENT MARA QUIST')).toBe('mara quist');
    expect(labelName('QUIST')).toBeNull();
    expect(labelName('THE PRESIDENT')).toBeNull();
  });
  it('turn-label-speaker: a label line opens the guest\'s statement', () => {
    const body = 'ANNA ALDER, HOST:\n\nThe summit in Nordvik ended today. Here is the premier, Tomas Vell.\n\nTOMAS VELL:\n\nThis is good for the whole region.\n';
    const s = turns(body);
    expect(s).toHaveLength(1);
    expect(s[0].participants).toEqual(['tomas-vell']);
    expect(s[0].rules).toContain('turn-label-speaker');
  });
  it('turn-inline-label-speaker: a label inside a run-together line', () => {
    const s = turns('The premiers met in Nordvik today. Mara Quist, Avalon Premier (through translator): We will keep the harbour open. Tomas Vell spoke next.');
    expect(s.map((e) => e.participants[0])).toEqual(['mara-quist']);
  });
  it('a bulleted label line the cleaning stage drops whole opens the turn too', () => {
    const body = 'The premiers met in Nordvik today, and Mara Quist was there.\n\n  • Mara Quist (through translator):\n\n    We will keep the harbour open for everyone.\n';
    expect(turns(body).map((e) => e.participants[0])).toEqual(['mara-quist']);
  });
  it('turn-label-of-media: hosts and correspondents are never speakers', () => {
    expect(turns('MARA QUIST, HOST:\n\nGood evening from Nordvik.\n')).toEqual([]);
  });
  it('turn-told-in-narration: a guest the narration already shows speaking gets no second statement', () => {
    const body = 'The talks in Nordvik ended today, and Tomas Vell said they went well.\n\nTOMAS VELL:\n\nThis is good for the whole region.\n';
    expect(turns(body)).toEqual([]);
  });
  it('turn-label-of-commentator: a former official or an analyst speaks for no side', () => {
    const body = 'I spoke with Cedar Lind, a former Nordvik ambassador to Avalon.\n\nCEDAR LIND:\n\nThis is one of the big questions for the region.\n';
    expect(turns(body)).toEqual([]);
    expect(describedAsCommentator('', ', a former Nordvik ambassador')).toBe(true);
    expect(describedAsCommentator('the ex-minister ', ' said')).toBe(true);
    expect(describedAsCommentator('', ', the Nordvik premier')).toBe(false);
  });
  it('a label naming no one the document knows makes nothing', () => {
    expect(turns('TOMAS VELL:\n\nThis is good for the whole region.\n')).toEqual([]);
  });
  it('one statement per person and document: later turns are the same appearance', () => {
    const body = 'Our guest tonight is the premier, Tomas Vell.\n\nTOMAS VELL:\n\nThis is good for the whole region.\n\nANNA ALDER, HOST:\n\nAnd the harbour?\n\nTOMAS VELL:\n\nIt stays open for everyone.\n';
    expect(turns(body)).toHaveLength(1);
  });
  it('the occasion the transcript\'s title names is the turn\'s', () => {
    const s = turns('Mara Quist opened the briefing in Nordvik.\n\nMARA QUIST:\n\nWe noted the views of Nordvik in the article.\n', 'Spokesperson Mara Quist’s Regular Press Conference');
    expect(s).toHaveLength(1);
  });
});
