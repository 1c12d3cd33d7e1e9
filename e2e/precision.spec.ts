import { expect, test } from '@playwright/test';
import { item as itemOf, loadDataset, waitForCharts } from './helpers';

test('a month- or year-precision event is a range over the whole period', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const partial = d.events.find((e) => e.date && e.date.length < 10);
  test.skip(!partial, 'the real dataset has no month- or year-precision event');
  await page.goto(`/?event=${encodeURIComponent(partial!.id)}`);
  await waitForCharts(page);
  const item = itemOf(page, partial!.id);
  await expect(item).toHaveClass(/vis-range/);
  await expect(item).toHaveClass(/precision-(month|year)/);
  await expect(page.getByTestId('event-date')).toHaveText(partial!.date!.length === 7 ? /^[A-Z][a-z]+ \d{4}$/ : /^\d{4}$/);
});

test('undated events are listed beside the timeline, never dropped', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  await waitForCharts(page);
  const undated = d.events.filter((e) => !e.date);
  await expect(page.getByTestId('undated')).toContainText(`Undated (${undated.length})`);
  test.skip(undated.length === 0, 'the real dataset has no undated event');
  const btn = page.getByTestId('undated').locator(`button[data-event="${undated[0].id}"]`);
  await btn.click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', undated[0].id);
  await expect(page.getByTestId('event-date')).toHaveText('Undated');
});
