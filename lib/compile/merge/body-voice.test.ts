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
    expect(speaksFor(alder, house, [], new Set(['cedar', 'house', 'statement', 'conveyed']))).toBe(true);
    expect(speaksFor(alder, council, [], new Set(['cedar', 'house', 'statement']))).toBe(false);
  });
  it('compares a body with the people speaking for it (block keys)', () => {
    expect(voiceKeys(house, [])).toEqual(expect.arrayContaining(['cedar house', 'of FD']));
    expect(voiceKeys(vell, [])).toEqual(expect.arrayContaining(['cedar house']));
    expect(voiceKeys(quist, titledVoices(['The Cedar House Press Secretary Mara Quist said.']))).toEqual(expect.arrayContaining(['cedar house', 'house']));
    expect(voiceKeys(alder, [], true)).toEqual(['of FD']);
    expect(voiceKeys(alder, [])).toEqual([]);
  });
  it('is a rule row with an invented example', () => {
    expect(BODY_VOICE.id).toBe('body-voice');
    expect(BODY_VOICE.example).toMatch(/Mara Quist/);
  });
});
