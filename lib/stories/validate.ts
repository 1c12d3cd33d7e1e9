/**
 * Checks a story's references against the compiled dataset: an unknown event
 * or actor id is an error at its line with "did you mean …"; a date window
 * holding no event is a warning.
 */
import { closest } from '../editor/suggest';
import { inWindow } from '../format';
import type { Dataset, Problem } from '../schema';
import type { ParsedStory } from './parse';

export function checkStoryRefs(parsed: ParsedStory, file: string, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const story = parsed.story;
  if (!story) return problems;
  const events = new Set(dataset.events.map((e) => e.id));
  const actors = new Set(dataset.actors.map((a) => a.id));
  story.steps.forEach((step, i) => {
    const lines = parsed.lines[i];
    const field = `steps[${i}]`;
    if (step.event !== undefined && !events.has(step.event)) {
      const near = closest(step.event, events, Infinity);
      problems.push({
        severity: 'error',
        file,
        line: lines?.event ?? lines?.step ?? null,
        field: `${field}.event`,
        message: `no event '${step.event}' in the compiled dataset (it may have been renamed or dropped by the last compile)`,
        hint: near ? `did you mean '${near}'?` : 'event ids are in the page URL (?event=…) and in the report',
      });
    }
    if (step.actor !== undefined && !actors.has(step.actor)) {
      const near = closest(step.actor, actors, Infinity);
      problems.push({
        severity: 'error',
        file,
        line: lines?.actor ?? lines?.step ?? null,
        field: `${field}.actor`,
        message: `no actor '${step.actor}' in the compiled dataset`,
        hint: near ? `did you mean '${near}'?` : 'actor ids are in data/actors.yaml and in the page URL (?actor=…)',
      });
    }
    if (step.from && step.to && !dataset.events.some((e) => inWindow(e.date, step.from!, step.to!))) {
      problems.push({
        severity: 'warning',
        file,
        line: lines?.from ?? lines?.step ?? null,
        field: `${field}.from`,
        message: `no event lies between ${step.from} and ${step.to}`,
        hint: 'widen the window or name an event instead',
      });
    }
  });
  return problems;
}
