/**
 * At scale the timeline draws counts, not thousands of items: a fixture of
 * 1,200 events over four months (the sample dataset's events copied onto
 * other days) is served instead of the compiled data.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, routeDataset } from './helpers';

const DAY = 86400000;

test('wide windows show counts per bin; a click on one zooms in to the events; a selection patches two items', async ({ page }) => {
  const errors = collectErrors(page);
  const real = (await loadDataset(page)) as unknown as { events: { id: string; date: string | null; participants: string[] }[] } & Record<string, unknown>;
  const dayEvents = real.events.filter((e) => e.date && e.date.length === 10);
  test.skip(!dayEvents.length, 'the dataset has no day event to copy');
  const copies = Array.from({ length: 1200 }, (_, i) => {
    const src = dayEvents[i % dayEvents.length];
    const date = new Date(Date.UTC(2030, 0, 1) + Math.floor(i / 10) * DAY).toISOString().slice(0, 10);
    return { ...src, id: `copy-${i}`, date };
  });
  await routeDataset(page, { ...real, events: [...real.events, ...copies] });

  await page.goto('/?from=2030-01-01&to=2030-04-30');
  const timeline = page.locator('.parley-timeline');
  await expect(timeline.locator('.vis-item.aggregate').first()).toBeVisible();
  const count = Number(await timeline.getAttribute('data-item-count'));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(201);
  // mostly counts (a bin holding a single event shows that event)
  const aggregates = await timeline.locator('.vis-item.aggregate').count();
  const single = await timeline.locator('.vis-item.vis-box[class*=" ev-copy-"]').count();
  expect(aggregates).toBeGreaterThan(single);

  // a count is a link into its period: click it until single events show
  for (let i = 0; i < 4 && (await timeline.locator('.vis-item.aggregate').count()); i++) {
    await timeline.locator('.vis-item.aggregate').first().click();
    await page.waitForTimeout(400);
  }
  const first = timeline.locator('.vis-item.vis-box[class*=" ev-copy-"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page.getByTestId('evidence').first()).toBeVisible();
  await expect(timeline).toHaveAttribute('data-last-patch', '0/1/0');

  // another event: the old and the new selection change, nothing else is touched
  const second = timeline.locator('.vis-item.vis-box[class*=" ev-copy-"]:not(.vis-selected)').first();
  await second.click();
  await expect(page).toHaveURL(/event=copy-/);
  await expect(timeline).toHaveAttribute('data-last-patch', '0/2/0');
  expect(errors).toEqual([]);
});
