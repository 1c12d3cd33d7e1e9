/** Every story file checked: its shape, then its ids against the compiled dataset. */
import type { Dataset, Problem } from '../schema';
import { loadStories } from './load';
import { checkStoryRefs } from './validate';

export function checkStories(dataDir: string, dataset: Dataset | null, root = process.cwd()): Problem[] {
  const { stories, problems } = loadStories(dataDir, root);
  if (dataset) for (const s of stories) problems.push(...checkStoryRefs({ story: s.story, lines: s.lines }, s.file, dataset));
  return problems;
}
