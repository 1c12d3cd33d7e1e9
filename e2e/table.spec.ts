import { expect, test } from '@playwright/test';
import { loadDataset } from './helpers';

test('the table view lists the same events and actors', async ({ page }) => {
  await page.goto('/?view=table');
  const d = await loadDataset(page);
  const rows = page.getByTestId('events-table').locator('tbody tr');
  await expect(rows).toHaveCount(d.events.length);
  for (const e of d.events.slice(0, 10)) await expect(page.locator(`tr[data-event="${e.id}"]`)).toHaveCount(1);
  await expect(page.getByTestId('actors-table').locator('tbody tr')).toHaveCount(d.actors.length);
  test.skip(d.events.length === 0, 'no events to select');
  await rows.first().getByRole('link').click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page).toHaveURL(/view=table/);
  await expect(page).toHaveURL(/event=/);
});

test('sorting by date reverses the order', async ({ page }) => {
  await page.goto('/?view=table');
  const d = await loadDataset(page);
  test.skip(d.events.filter((e) => e.date).length < 2, 'fewer than two dated events');
  const dates = () => page.getByTestId('events-table').locator('tbody tr td:first-child').allTextContents();
  await expect(page.getByTestId('events-table').locator('tbody tr')).toHaveCount(d.events.length);
  const before = await dates();
  await page.getByRole('button', { name: /Date/ }).click();
  const dated = (xs: string[]) => xs.filter((x) => x !== 'Undated');
  await expect.poll(async () => dated(await dates())).toEqual(dated(before).reverse());
  expect(dated(before)).not.toEqual(dated(before).reverse());
});

test('keyboard: tab reaches the view toggle and the table rows', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  await expect(page.getByTestId('view-table')).toBeVisible();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.getByTestId('view-table').evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the Table toggle').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByTestId('events-table')).toBeVisible();
  test.skip(d.events.length === 0, 'no rows');
  let inRow = false;
  for (let i = 0; i < 15 && !inRow; i++) {
    await page.keyboard.press('Tab');
    inRow = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="events-table"] tbody tr'));
  }
  expect(inRow, 'Tab reaches a table row').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel')).toBeVisible();
});
