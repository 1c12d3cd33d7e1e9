import { describe, expect, it } from 'vitest';
import type { ActorInfo } from '../types';
import { BODY_VOICE, speaksFor, titledVoices, voiceKeys } from './body-voice';

const actor = (id: string, name: string, kind: ActorInfo['kind'], affiliation: string | null, role: string | null = null, aliases: string[] = []): ActorInfo => ({
  id,
  name,
  kind,
  affiliation,
  aliases,
  role,
  discovered: false,
  surfaceForms: [],
});
const house = actor('cedar-house', 'Cedar House', 'organization', 'FD', null, ['the Cedar House']);
const council = actor('birch-council', 'Birch Council', 'organization', 'FD');
const quist = actor('mara-quist', 'Mara Quist', 'person', 'FD', 'Press Secretary');
const vell = actor('tomas-vell', 'Tomas Vell', 'person', 'FD', 'Cedar House Press Secretary');
const alder = actor('anna-alder', 'Anna Alder', 'person', 'FD', 'President of Freedonia');

describe('body-voice', () => {
  it('reads "Body Press Secretary Name" and "Body spokeswoman Name" phrases of the evidence', () => {
    expect(titledVoices(['Cedar House Press Secretary Mara Quist said in a statement.'])).toEqual(['cedar house\u0000mara quist']);
    expect(titledVoices(['“We are ready,” Birch Council spokeswoman Mara Quist told reporters.'])).toEqual(['birch council\u0000mara quist']);
    expect(titledVoices(['Mara Quist said the talks would resume.'])).toEqual([]);
  });
  it('a person speaks for a body named before a spokesperson title, in their role or their report', () => {
    expect(speaksFor(vell, house, [])).toBe(true);
    expect(speaksFor(quist, house, titledVoices(['Cedar House Press Secretary Mara Quist said in a statement.']))).toBe(true);
    // another body, another person, no title
    expect(speaksFor(quist, council, titledVoices(['Cedar House Press Secretary Mara Quist said in a statement.']))).toBe(false);
    expect(speaksFor(alder, house, titledVoices(['Cedar House Press Secretary Mara Quist said in a statement.']))).toBe(false);
    expect(speaksFor(quist, house, [])).toBe(false);
  });
  it('a leader speaks with the voice of a body of their own nation whose readout the report names', () => {
    const readout = titledVoices(['The Cedar House said in a readout that President Anna Alder conveyed his support.'], true);
    expect(readout).toEqual(expect.arrayContaining(['the cedar house\u0000', 'president anna alder\u0000']));
    expect(speaksFor(alder, house, readout, true)).toBe(true);
    expect(speaksFor(alder, house, readout, false)).toBe(false);
    expect(speaksFor(alder, council, readout, true)).toBe(false);
  });
  it('compares a person with the bodies they may speak for (block keys)', () => {
    const actors = new Map([house, council, quist, vell, alder].map((a) => [a.id, a]));
    expect(voiceKeys(actors, house, [])).toEqual([]);
    expect(voiceKeys(actors, vell, [])).toEqual(['p|cedar-house']);
    expect(voiceKeys(actors, quist, titledVoices(['The Cedar House Press Secretary Mara Quist said.']))).toEqual(['p|cedar-house']);
    expect(voiceKeys(actors, alder, titledVoices(['The Cedar House said in a readout that Alder conveyed his support.'], true))).toEqual(['p|cedar-house']);
    expect(voiceKeys(actors, alder, [])).toEqual([]);
  });
  it('is a rule row with an invented example', () => {
    expect(BODY_VOICE.id).toBe('body-voice');
    expect(BODY_VOICE.example).toMatch(/Mara Quist/);
  });
});
