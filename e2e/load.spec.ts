import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, waitForCharts, ITEMS } from './helpers';

test('the page loads with timeline items, network nodes and no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  await expect(page.getByTestId('counts')).toContainText(`${d.events.length} events`);
  await expect(page.getByRole('region', { name: /Timeline of events/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Network of actors/ })).toBeVisible();

  const dated = d.events.filter((e) => e.date).length;
  expect(dated, 'the dataset should have dated events').toBeGreaterThan(0);
  await expect.poll(() => page.locator(ITEMS).count()).toBeGreaterThan(0);
  const net = page.getByTestId('network-canvas');
  await expect.poll(async () => Number(await net.getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect(page.getByTestId('undated')).toContainText(/Undated \(\d+\)/);
  // legend for types, affiliations, kinds and edge kinds
  await expect(page.getByRole('list', { name: 'Event types' })).toContainText('Meeting');
  await expect(page.getByLabel('Network legend')).toContainText('responded to');
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test('an unknown path gets the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
});
