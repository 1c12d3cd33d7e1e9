/**
 * At scale (more than 300 links drawn) the network draws its links as plain haystack lines told apart by colour:
 * no arrows, and no dashes or dots (components/network/cy-style.ts); the legend's link swatches say the same.
 * A fixture of 30 actors every two of whom met (435 links) is served instead of the compiled data.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, routeDataset } from './helpers';

test('the legend draws the links as the network does: kinds by line style when few, plain lines by colour at scale', async ({ page }) => {
  const errors = collectErrors(page);
  const real = (await loadDataset(page)) as unknown as {
    actors: Record<string, unknown>[];
    events: { id: string; type: string; date: string | null; participants: string[] }[];
    edges: { source: string; target: string; kind: string; eventIds: string[] }[];
  } & Record<string, unknown>;

  // the sample data: few links, each kind with its own line style
  await page.goto('/');
  const links = page.getByTestId('legend-links');
  await expect(links).toHaveAttribute('data-plain', 'false');
  await expect(links.locator('line[stroke-dasharray]')).not.toHaveCount(0);

  const meeting = real.events.find((e) => e.type === 'meeting' && e.date && e.date.length === 10);
  test.skip(!meeting || !real.actors.length, 'the dataset has no day meeting to copy');
  const actors = Array.from({ length: 30 }, (_, i) => ({ ...real.actors[0], id: `scale-actor-${i}`, name: `Scale Actor ${i}`, aliases: [], surfaceForms: [`Scale Actor ${i}`], eventCount: 29 }));
  const events: typeof real.events = [];
  const edges: typeof real.edges = [];
  for (let a = 0; a < actors.length; a++)
    for (let b = a + 1; b < actors.length; b++) {
      const id = `meeting-2031-01-${String(1 + ((a + b) % 28)).padStart(2, '0')}-scale-${a}-${b}`;
      events.push({ ...meeting!, id, date: id.slice(8, 18), participants: [actors[a].id as string, actors[b].id as string] });
      edges.push({ source: actors[a].id as string, target: actors[b].id as string, kind: 'met', eventIds: [id] });
    }
  await routeDataset(page, { ...real, actors, events, edges });
  await page.goto('/');
  const net = page.getByTestId('network-canvas');
  await expect(net).toHaveAttribute('data-edge-count', '435', { timeout: 30_000 });
  await expect(links).toHaveAttribute('data-plain', 'true');
  await expect(links.locator('line')).toHaveCount(3);
  await expect(links.locator('line[stroke-dasharray]')).toHaveCount(0);
  // (no arrow heads either: the arrows are dropped at scale)
  await expect(links.locator('path')).toHaveCount(0);
  expect(errors).toEqual([]);
});
