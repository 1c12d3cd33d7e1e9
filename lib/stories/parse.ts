/**
 * Reads one story file (data/stories/<id>.yaml): YAML + the StoryFile schema
 * (problems at their line, as for every data file), and the line of each
 * step's event/actor/from field so later checks can point at it.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { parseYamlText } from '../compile/load';
import { StoryFile, type Problem } from '../schema';

export interface StepLines {
  /** the line of the step's first field */
  step: number;
  event: number | null;
  actor: number | null;
  from: number | null;
}

export interface ParsedStory {
  story: StoryFile | null;
  /** one entry per step, in order */
  lines: StepLines[];
}

export function parseStory(text: string, file: string, problems: Problem[]): ParsedStory {
  const read = parseYamlText(text, file, StoryFile, null, problems);
  if (!read.value) return { story: null, lines: [] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lineAt = (path: (string | number)[]): number | null => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lc.linePos(node.range[0]).line : null;
  };
  const lines = read.value.steps.map((_, i) => ({
    step: lineAt(['steps', i]) ?? 1,
    event: lineAt(['steps', i, 'event']),
    actor: lineAt(['steps', i, 'actor']),
    from: lineAt(['steps', i, 'from']),
  }));
  return { story: read.value, lines };
}
