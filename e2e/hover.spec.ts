import { expect, test } from '@playwright/test';
import { busiestActor, loadDataset, nodePosition, waitForCharts } from './helpers';

test('hovering a network node gives a short summary: name and number of events', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const actor = busiestActor(d);
  test.skip(!actor, 'no actor takes part in an event');
  const net = page.getByTestId('network-canvas');
  const [x, y] = await nodePosition(page, actor!.id);
  await net.hover({ position: { x, y } });
  await expect.poll(() => net.getAttribute('title')).toMatch(new RegExp(`^${actor!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* — \\d+ events?`));
  await page.mouse.move(1, 1);
  await expect.poll(() => net.getAttribute('title')).toBe('');
});
