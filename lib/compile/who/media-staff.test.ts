import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { STAFF_RULES, staffNames } from './media-staff';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (text: string) => staffNames(text).map((n) => n.name);

describe('media staff rows', () => {
  it('every row reads its own example', () => {
    for (const r of STAFF_RULES) expect(staffNames(r.example).some((n) => n.rule === r.id), r.id).toBe(true);
  });
  it('media-role-comma-name', () => {
    expect(names('Let us go to our chief Alder correspondent, Jane Roe, who is at the palace.')).toEqual(['Jane Roe']);
  });
  it('staff-bio-line, only at the start of the sentence', () => {
    expect(names('Jane Roe is a senior reporter for the Birch Herald.')).toEqual(['Jane Roe']);
    expect(names('The minister met Jane Roe, who is a reporter.')).toEqual([]);
  });
  it('staff-contact-line keeps "Jr"', () => {
    expect(names('• Tomas Vell Jr. can be reached at tvell@example.org.')).toEqual(['Tomas Vell Jr']);
  });
  it('photo-credit-name-first: the photographer first, the credit word last; a bracket with no credit word names nobody', () => {
    expect(names('Mara Quist arrives. (Jane Roe, Birchwire, Pool Photo via Alderpress)')).toEqual(['Jane Roe']);
    expect(names('Mara Quist arrives. (Jane Roe, Birchwire Photo)')).toEqual(['Jane Roe']);
    expect(names('The summit (Mara Quist, the host, spoke first) ended.')).toEqual([]);
  });
  it('bylined-by', () => {
    expect(names('It ran on page 1, bylined by Jane Roe.')).toEqual(['Jane Roe']);
  });
  it('wire-credit-in-brackets: every name of the credit', () => {
    expect(names('Talks resume on Monday. (Reporting by Jane Roe and Ivo Lind; Writing by Tomas Vell, editing Mara Quist)').sort()).toEqual(['Ivo Lind', 'Jane Roe', 'Mara Quist', 'Tomas Vell']);
  });
  it('photo-credit-line: a credit word or a bracketed agency, the name closing the credit', () => {
    expect(names('Photo by Jane Roe/Birchwire')).toEqual(['Jane Roe']);
    expect(names('Mara Quist in Nordvik on Monday. Birch Palace photo by Ivo Lindqvist.')).toEqual(['Ivo Lindqvist']);
    expect(names('Mara Quist in Nordvik on Monday. Credit: Jane Roe')).toEqual(['Jane Roe']);
    expect(names('Mara Quist arrives in Nordvik. Photo: Birchwire/Jane Roe')).toEqual(['Jane Roe']);
    expect(names('Mara Quist arrives in Nordvik. (Birchwire: Jane Roe)')).toEqual(['Jane Roe']);
    // the picture's subject, an office or a desk, a role before the colon: no credit
    expect(names('Photo: Mara Quist greets Tomas Vell in Nordvik.')).toEqual([]);
    expect(names('Mara Quist arrives in Nordvik. Credit: Press Office')).toEqual([]);
    expect(names('The report of the group (Project Leader: Mara Quist)')).toEqual([]);
    expect(names('The talks (Nordvik: Mara Quist and Tomas Vell) went on.')).toEqual([]);
  });
  it('never a newsmaker named with a verb of the story', () => {
    expect(names('President Mara Quist met Prime Minister Tomas Vell in Nordvik.')).toEqual([]);
    expect(names('The slain journalist Jane Roe was remembered at the summit.')).toEqual([]);
  });
});

describe('staff kept out of the actors', () => {
  it('a reporter named in a staff line is not discovered', () => {
    const doc = makeDoc([
      'President Mara Quist met Prime Minister Tomas Vell in Nordvik on Monday.',
      'Ivo Lindqvist is a staff reporter and editor at the Birch Herald.',
    ]);
    const people = findMentions([doc], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name).sort();
    expect(people).toEqual(['Mara Quist', 'Tomas Vell']);
  });
});
