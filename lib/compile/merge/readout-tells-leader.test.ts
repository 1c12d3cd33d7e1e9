import { describe, expect, it } from 'vitest';
import type { ActorInfo } from '../types';
import { isTold, READOUT_TELLS_LEADER, readoutKin, tellerNation, tellsLeader, TOLD, toldKeys, toldSpeakers } from './readout-tells-leader';

const actor = (id: string, name: string, kind: ActorInfo['kind'], affiliation: string | null): ActorInfo => ({
  id,
  name,
  kind,
  affiliation,
  aliases: [],
  role: null,
  discovered: false,
  surfaceForms: [],
});
const house = actor('cedar-house', 'Cedar House', 'organization', 'FD');
const alder = actor('anna-alder', 'Anna Alder', 'person', 'FD');
const birch = actor('boris-birch', 'Boris Birch', 'person', 'EL');
const freedonia = actor('freedonia', 'Freedonia', 'country', 'FD');
const vell = { ...actor('tomas-vell', 'Tomas Vell', 'person', null), role: 'spokesman' };
const quist = actor('mara-quist', 'Mara Quist', 'person', null);
const actors = new Map([house, alder, birch, freedonia, vell, quist].map((a) => [a.id, a]));

describe('readout-tells-leader', () => {
  it('reads the names a readout tells as speaking, a title before them left out', () => {
    expect(toldSpeakers(['According to a readout from the Cedar House, Alder raised concerns about the harbour tariffs.'])).toEqual([`${TOLD}alder`]);
    expect(toldSpeakers(['The Cedar House said Ms. Alder discussed the ferry routes with Boris Birch.'])).toEqual(expect.arrayContaining([`${TOLD}alder`]));
    expect(toldSpeakers(['President Anna Alder congratulated Birch in a call on Monday, the Cedar House said.'])).toEqual(expect.arrayContaining([`${TOLD}alder`]));
    expect(toldSpeakers(['The visit will go ahead next month.'])).toEqual([]);
    // two named together, an opening quotation mark before the verb
    expect(toldSpeakers(['According to the Cedar House statement, Alder and Birch "agreed to deepen the harbour talks".'])).toEqual([`${TOLD}alder`, `${TOLD}birch`]);
    expect(isTold(`${TOLD}alder`)).toBe(true);
    expect(isTold('cedar house\u0000mara quist')).toBe(false);
  });

  it("joins a body's readout to the blocks of the persons of its nation it tells as speaking", () => {
    const told = toldSpeakers(['The Cedar House said Alder stressed the ferry routes and Birch welcomed them.']);
    expect(toldKeys(actors, house, told)).toEqual(['p|anna-alder']); // Birch is of another nation
    expect(toldKeys(actors, alder, told)).toEqual([]); // a person who speaks for no body
    expect(toldKeys(actors, freedonia, told)).toEqual([]); // a country is no body with a readout
    expect(toldKeys(actors, house, [])).toEqual([]);
  });

  it('tells one voice only for the body and a person of its nation its readout names', () => {
    const told = toldSpeakers(['According to a readout from the Cedar House, Alder raised concerns.']);
    expect(tellsLeader(actors, house, alder, told)).toBe(true);
    expect(tellsLeader(actors, house, birch, told)).toBe(false);
    expect(tellsLeader(actors, house, alder, [])).toBe(false);
    expect(tellsLeader(actors, alder, house, told)).toBe(false);
  });

  it('keeps a body and a person of its nation from a hard conflict only for a written or unnamed occasion', () => {
    expect(readoutKin(actors, house, alder, [], [])).toBe(true);
    expect(readoutKin(actors, house, alder, [], ['occasion-written'])).toBe(true);
    expect(readoutKin(actors, house, alder, [], ['occasion-press'])).toBe(false);
    expect(readoutKin(actors, house, birch, [], [])).toBe(false);
    // a spokesperson by role whose nation is unknown; a person of no title
    expect(readoutKin(actors, vell, alder, [], [])).toBe(true);
    expect(readoutKin(actors, quist, alder, [], [])).toBe(false);
  });

  it("reads a spokesperson's nation from the body their report names", () => {
    const titled = ['cedar house\u0000tomas vell', ...toldSpeakers(['Cedar House spokesman Tomas Vell said Alder had assured Birch.'])];
    expect(tellerNation(actors, vell, titled)).toBe('FD');
    expect(toldKeys(actors, vell, titled)).toEqual(['p|anna-alder']);
    expect(tellsLeader(actors, vell, alder, titled)).toBe(true);
    expect(tellsLeader(actors, vell, birch, titled)).toBe(false);
    // a body's remark given to its spokesperson: the one body the report names ("words\u0000" runs)
    const runs = ['according\u0000', 'cedar house\u0000', ...toldSpeakers(['According to the Cedar House statement, Alder and Birch agreed to meet.'])];
    expect(tellerNation(actors, vell, runs)).toBe('FD');
    expect(toldKeys(actors, vell, runs)).toEqual(['p|anna-alder']);
    expect(tellerNation(actors, vell, ['according\u0000'])).toBeNull();
  });

  it('is a rule row with an invented example', () => {
    expect(READOUT_TELLS_LEADER.id).toBe('readout-tells-leader');
    expect(READOUT_TELLS_LEADER.example).toMatch(/Cedar House/);
  });
});
