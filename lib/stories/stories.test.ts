import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { check } from '../editor/check';
import { formatProblem } from '../problems';
import type { Problem } from '../schema';
import { storyDeck, windowDeck } from './deck';
import { parseStory } from './parse';
import { checkStoryRefs } from './validate';

const eventIds = FIXTURE.events.map((e) => e.id);

function problemsOf(text: string): string[] {
  const problems: Problem[] = [];
  const parsed = parseStory(text, 'data/stories/x.yaml', problems);
  problems.push(...checkStoryRefs(parsed, 'data/stories/x.yaml', FIXTURE));
  return problems.map(formatProblem);
}

describe('story files', () => {
  it('accepts a story naming an event, an actor and a date window', () => {
    const text = `title: "A story"\nintroduction: "Why"\nsteps:\n  - event: ${eventIds[0]}\n    caption: "First"\n    notes: "Say this"\n  - actor: anna-berg\n  - from: 2025-03-01\n    to: 2025-03-31\n`;
    expect(problemsOf(text)).toEqual([]);
  });

  it('puts an unknown event id at its line with "did you mean"', () => {
    const typo = eventIds[0].slice(0, -2);
    const text = `title: "A story"\nsteps:\n  - event: ${eventIds[0]}\n  - caption: "Second"\n    event: ${typo}\n`;
    const out = problemsOf(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^data/stories/x\\.yaml:5 steps\\[1\\]\\.event: no event '${typo}'.*\\(did you mean '${eventIds[0]}'\\?\\)$`));
  });

  it('puts an unknown actor at its line', () => {
    const out = problemsOf('title: T\nsteps:\n  - actor: ana-berg\n');
    expect(out).toEqual([expect.stringMatching(/^data\/stories\/x\.yaml:3 steps\[0\]\.actor: no actor 'ana-berg'.*\(did you mean 'anna-berg'\?\)$/)]);
  });

  it('reports schema problems at their line: two targets in a step, an unknown field, a window without its end', () => {
    const out = problemsOf(`title: T\nsteps:\n  - event: ${eventIds[0]}\n    actor: anna-berg\n  - from: 2025-03-01\n  - event: ${eventIds[0]}\n    caption: "x"\n    note: "typo"\n`);
    expect(out.some((l) => /^data\/stories\/x\.yaml:3 steps\[0\].*exactly one of/.test(l))).toBe(true);
    expect(out.some((l) => /^data\/stories\/x\.yaml:5 steps\[1\].*(both from and to|exactly one)/.test(l))).toBe(true);
    expect(out.some((l) => /^data\/stories\/x\.yaml:8 steps\[2\]\.note: unknown field 'note' \(did you mean 'notes'\?\)/.test(l))).toBe(true);
  });

  it('reports a YAML syntax error with its line', () => {
    const out = problemsOf('title: "T\nsteps:\n  - event: x\n');
    expect(out[0]).toMatch(/^data\/stories\/x\.yaml:1(:\d+)?: YAML syntax error/);
  });
});

describe('decks', () => {
  it('resolves story steps: an event with its quote and source, an actor with their events, a window', () => {
    const e = FIXTURE.events.find((x) => x.date && x.date.length === 10)!;
    const deck = storyDeck(
      { id: 's', story: { title: 'S', steps: [{ event: e.id, caption: 'c', notes: 'n' }, { actor: 'anna-berg' }, { from: '2025-03-01', to: '2025-03-31' }, { event: 'gone' }] } },
      FIXTURE,
    );
    expect(deck.steps.map((s) => s.kind)).toEqual(['event', 'actor', 'window', 'event']);
    const [first, actor, win, gone] = deck.steps;
    expect(first).toMatchObject({ n: 1, eventId: e.id, caption: 'c', notes: 'n', span: { from: e.date, to: e.date } });
    expect(first.quote?.text).toBe(e.evidence[0].quote);
    expect(first.actorIds).toEqual(expect.arrayContaining(e.participants));
    expect(actor.actorId).toBe('anna-berg');
    expect(actor.eventIds.length).toBe(FIXTURE.events.filter((x) => x.participants.includes('anna-berg') || x.respondsTo.includes('anna-berg')).length);
    expect(win.eventIds.length).toBeGreaterThan(0);
    expect(gone.missing).toMatch(/not in the dataset/);
  });

  it('makes one step per dated event of a window, in time order', () => {
    const deck = windowDeck(FIXTURE, null, null);
    const dated = FIXTURE.events.filter((e) => e.date);
    expect(deck.steps).toHaveLength(dated.length);
    const dates = deck.steps.map((s) => s.span!.from);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('npm run check and stories', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('reports a story step whose event is no longer in the compiled dataset, at its line', () => {
    const root = mkdtempSync(join(tmpdir(), 'parley-stories-'));
    dirs.push(root);
    cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data', 'stories', 'broken.yaml'), 'title: "Broken"\nsteps:\n  - event: meeting-2025-02-18-marco-rubio-sergei-lavrof\n    caption: "gone"\n');
    const r = check(root);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^data\/stories\/broken\.yaml:3 steps\[0\]\.event: no event 'meeting-2025-02-18-marco-rubio-sergei-lavrof'.*\(did you mean 'meeting-2025-02-18-marco-rubio-sergei-lavrov'\?\)$/));
  }, 60_000);
});
