/** The editors' guide's story example must stay valid against the sample data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompile } from '../editor/run';
import { formatProblem } from '../problems';
import type { Problem } from '../schema';
import { parseStory } from './parse';
import { checkStoryRefs } from './validate';

const guide = readFileSync(join(process.cwd(), 'docs', 'editors-guide.md'), 'utf8');

describe('editors guide: stories', () => {
  it('has a story example that validates against the compiled sample documents', () => {
    const blocks = [...guide.matchAll(/^```yaml story\n([\s\S]*?)^```/gm)].map((m) => m[1]);
    expect(blocks).toHaveLength(1);
    const problems: Problem[] = [];
    const parsed = parseStory(blocks[0], 'data/stories/example.yaml', problems);
    expect(parsed.story?.steps.length).toBeGreaterThanOrEqual(3);
    const run = runCompile({ root: process.cwd(), write: false });
    problems.push(...checkStoryRefs(parsed, 'data/stories/example.yaml', run.result!.dataset));
    expect(problems.map(formatProblem)).toEqual([]);
    // it shows every kind of step
    const kinds = parsed.story!.steps.map((s) => (s.event ? 'event' : s.actor ? 'actor' : 'window'));
    expect(new Set(kinds)).toEqual(new Set(['event', 'actor', 'window']));
  }, 60_000);

  it('shows the error an editor gets for a misspelt id, as check prints it', () => {
    const shown = guide.match(/^data\/stories\/road-to-riyadh\.yaml:\d+ .*$/m)?.[0];
    expect(shown).toBeDefined();
    const story = readFileSync(join(process.cwd(), 'data', 'stories', 'road-to-riyadh.yaml'), 'utf8');
    const typo = story.replace('event: meeting-2025-02-18-marco-rubio-sergei-lavrov', 'event: meeting-2025-02-18-marco-rubio-sergei-lavrof');
    const problems: Problem[] = [];
    const parsed = parseStory(typo, 'data/stories/road-to-riyadh.yaml', problems);
    const run = runCompile({ root: process.cwd(), write: false });
    problems.push(...checkStoryRefs(parsed, 'data/stories/road-to-riyadh.yaml', run.result!.dataset));
    expect(problems.map(formatProblem)).toEqual([shown]);
  }, 60_000);
});
