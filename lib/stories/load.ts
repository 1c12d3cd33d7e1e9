/**
 * The one place stories are read from disk: data/stories/<id>.yaml, sorted by
 * id. Used at build by the pages (through lib/stories/server.ts) and by
 * `npm run check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem, StoryFile } from '../schema';
import { parseStory, type StepLines } from './parse';

export interface LoadedStory {
  id: string;
  /** path relative to the project root */
  file: string;
  story: StoryFile;
  lines: StepLines[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadStories(dataDir: string, root = process.cwd()): { stories: LoadedStory[]; problems: Problem[] } {
  const dir = join(dataDir, 'stories');
  const problems: Problem[] = [];
  const stories: LoadedStory[] = [];
  if (!existsSync(dir)) return { stories, problems };
  for (const name of readdirSync(dir).sort()) {
    const file = relative(root, join(dir, name)).split('\\').join('/');
    if (!/\.ya?ml$/.test(name)) {
      problems.push({ severity: 'warning', file, line: null, message: 'is not a .yaml file: it is ignored', hint: 'a story is data/stories/<id>.yaml' });
      continue;
    }
    const id = name.replace(/\.ya?ml$/, '');
    if (!ID.test(id)) {
      problems.push({ severity: 'error', file, line: null, message: `'${id}' is not a valid story id (it is the page address /stories/${id}/)`, hint: 'use lower-case letters, digits and single hyphens, e.g. riyadh-talks.yaml' });
      continue;
    }
    const parsed = parseStory(readFileSync(join(dir, name), 'utf8'), file, problems);
    if (parsed.story) stories.push({ id, file, story: parsed.story, lines: parsed.lines });
  }
  return { stories, problems };
}
