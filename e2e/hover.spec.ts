import { expect, test } from '@playwright/test';
import { busiestActor, loadDataset, waitForCharts } from './helpers';

test('hovering a network node gives a short summary: name and number of events', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const actor = busiestActor(d);
  test.skip(!actor, 'no actor takes part in an event');
  const net = page.getByTestId('network-canvas');
  await expect.poll(async () => JSON.parse((await net.getAttribute('data-node-positions')) ?? '{}')[actor!.id]).toBeTruthy();
  const [x, y] = JSON.parse((await net.getAttribute('data-node-positions'))!)[actor!.id] as [number, number];
  await net.hover({ position: { x, y } });
  await expect.poll(() => net.getAttribute('title')).toMatch(new RegExp(`^${actor!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* — \\d+ events?`));
  await page.mouse.move(1, 1);
  await expect.poll(() => net.getAttribute('title')).toBe('');
});
