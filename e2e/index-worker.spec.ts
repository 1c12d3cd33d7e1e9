import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, waitForCharts } from './helpers';

test('index.json is decoded in a Web Worker, and the page gets the same data', async ({ page }) => {
  const errors = collectErrors(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  await expect(page.getByTestId('counts')).toContainText(`${d.events.length} events`);
  expect(workers.length, 'a worker decoded the index').toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
