import { expect, test } from '@playwright/test';
import { busiestActor, collectErrors, loadDataset, nodePosition, waitForCharts, ITEMS } from './helpers';

test('clicking an actor in the network highlights their events and lists them', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const actor = busiestActor(d);
  test.skip(!actor, 'no actor takes part in an event');
  const net = page.getByTestId('network-canvas');
  const [x, y] = await nodePosition(page, actor!.id);
  await net.click({ position: { x, y } });
  await expect(page).toHaveURL(new RegExp(`actor=${actor!.id}`));
  const panel = page.getByTestId('actor-panel');
  await expect(panel).toHaveAttribute('data-actor-id', actor!.id);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(actor!.name);

  const theirs = d.events.filter((e) => e.participants.includes(actor!.id));
  await expect(panel.getByTestId('actor-events').locator('li')).toHaveCount(theirs.length);
  const datedTheirs = theirs.filter((e) => e.date).length;
  if (datedTheirs) await expect.poll(() => page.locator(`${ITEMS}.is-related`).count()).toBeGreaterThan(0);
  // items not theirs are not marked
  const related = await page.locator(`${ITEMS}.is-related`).count();
  expect(related).toBeLessThanOrEqual(datedTheirs);

  // picking one of their events from the list opens it
  await panel.getByTestId('actor-events').locator('button').first().click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  expect(errors).toEqual([]);
});

test('the network can follow the timeline window', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const net = page.getByTestId('network-canvas');
  await expect.poll(async () => Number(await net.getAttribute('data-node-count'))).toBeGreaterThan(0);
  await page.getByTestId('follow').click();
  await expect(page.getByTestId('follow')).toBeChecked();
  await expect(page).toHaveURL(/follow=1/);
  // a window with nothing in it empties the network
  await page.goto('/?follow=1&from=1990-01-01&to=1990-01-10');
  await expect.poll(async () => Number(await net.getAttribute('data-node-count'))).toBe(0);
});
