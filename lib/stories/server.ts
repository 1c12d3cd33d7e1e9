/**
 * Stories for static pages, read at build: the story files and the dataset
 * they are resolved against. Server-only (reads files).
 */
import 'server-only';
import { join } from 'node:path';
import { getDataset } from '../data/server';
import { storyDeck, type Deck, type StoryData } from './deck';
import { formatProblem } from '../problems';
import { loadStories } from './load';

let warned = false;

function stories(): StoryData[] {
  const { stories: loaded, problems } = loadStories(join(process.cwd(), 'data'));
  // a broken story file is left out of the site, and said so once in the build's output
  if (problems.length && !warned) {
    warned = true;
    for (const p of problems) console.warn(`stories: ${formatProblem(p)}`);
  }
  return loaded.map((s) => ({ id: s.id, story: s.story }));
}

/** Every valid story (invalid files are reported by `npm run check`, not built). */
export function getStories(): StoryData[] {
  return stories();
}

export function getStoryDeck(id: string): Deck | null {
  const s = stories().find((x) => x.id === id);
  return s ? storyDeck(s, getDataset()) : null;
}
