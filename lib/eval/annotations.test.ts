import { describe, expect, it } from 'vitest';
import { acceptableParticipants, checkQuotes, mainChoices, parseAnnotations, speakerChoices } from './annotations';

const ok = `
events:
  - id: e1
    type: agreement
    main: true
    date: 2025
    participants: [a-a, b-b]
    mainParticipants: [[a-a, land-a], b-b]
    quotes: { d1: "A and B agreed" }
  - id: e2
    type: statement
    main: false
    date: 2025-02
    participants: [c-c]
    speaker: [c-c, land-c]
    quotes: { d1: "C said" }
`;

describe('parseAnnotations', () => {
  it('reads a valid file, a bare year as a year, and derives choices', () => {
    const { annotations, problems } = parseAnnotations(ok, 'a.yaml');
    expect(problems).toEqual([]);
    const [e1, e2] = annotations!.events;
    expect(e1.date).toBe('2025');
    expect(e1.status).toBe('happened');
    expect(mainChoices(e1)).toEqual([['a-a', 'land-a'], ['b-b']]);
    expect([...acceptableParticipants(e1)].sort()).toEqual(['a-a', 'b-b', 'land-a']);
    expect(speakerChoices(e2)).toEqual(['c-c', 'land-c']);
    // participants become real actors automatically
    expect(annotations!.realActors.map((r) => r.id)).toEqual(['a-a', 'b-b', 'c-c']);
  });

  it('rejects bad dates, bad types, unknown fields and duplicate ids, with a line', () => {
    const bad = `events:
  - id: e1
    type: meeting
    main: true
    date: 2025-02-30
    quotes: { d: q }
  - id: e1
    type: summit
    main: yes
    date: null
    colour: red
    quotes: {}
`;
    const { annotations, problems } = parseAnnotations(bad, 'bad.yaml');
    expect(annotations).toBeNull();
    const text = problems.map((p) => `${p.line}:${p.field}: ${p.message}`).join('\n');
    expect(text).toMatch(/5:events\.0\.date: is not a real calendar date/);
    expect(text).toMatch(/events\.1\.type: /);
    expect(text).toMatch(/colour/);
    expect(problems.every((p) => p.severity === 'error' && p.file === 'bad.yaml')).toBe(true);
  });

  it('rejects a documents list that differs from the quoted documents, and YAML syntax errors', () => {
    const mismatch = `events:\n  - { id: e, type: call, main: true, date: null, documents: [x], quotes: { y: q } }\n`;
    expect(parseAnnotations(mismatch, 'm.yaml').problems[0].message).toMatch(/must list exactly the documents quoted/);
    expect(parseAnnotations('events: [\n', 's.yaml').annotations).toBeNull();
  });

  it('flags quotes that are not verbatim and unknown documents', () => {
    const { annotations } = parseAnnotations(ok, 'a.yaml');
    const problems = checkQuotes(annotations!, new Map([['d1', 'Then A and B agreed. C says no.']]), 'a.yaml');
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/e2: quote not found verbatim in d1/)]);
    expect(checkQuotes(annotations!, new Map(), 'a.yaml')).toHaveLength(2);
  });
});
