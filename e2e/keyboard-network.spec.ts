import { expect, test } from '@playwright/test';
import { busiestActor, collectErrors, datedEvent, item as itemOf, loadDataset, waitForCharts } from './helpers';

/**
 * The network's cytoscape is cut to what the app calls (lib/adapters/cytoscape-trim.js): the network still draws,
 * selects and exports; and the explorer's search, filters and panels work from the keyboard alone (no pointer moved)
 * and on a page opened on an event.
 */

test('from the keyboard alone: search picks an actor, the filters open and filter', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const actor = busiestActor(d);
  test.skip(!actor, 'the dataset has no actors');

  // search: "/" focuses it, its code and index load, Enter opens the actor
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(actor!.name.slice(0, 6));
  await expect(page.getByTestId('search-results').locator('[role="option"]').first()).toBeVisible();
  await page.getByTestId('search-results').locator(`[role="option"][data-kind="actor"][data-ref="${actor!.id}"]`).waitFor();
  while ((await page.getByTestId('search-input').getAttribute('aria-activedescendant')) !== (await page.getByTestId('search-results').locator(`[data-ref="${actor!.id}"]`).getAttribute('id'))) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-panel')).toHaveAttribute('data-actor-id', actor!.id);
  await expect(page).toHaveURL(new RegExp(`actor=${actor!.id}`));

  // the filters: the summary opens the choices; a type filters the events
  const summary = page.getByTestId('filters').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const meeting = page.getByTestId('filter-type-meeting');
  await expect(meeting).toBeVisible();
  await meeting.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('filter-summary')).toContainText('showing');
  await expect(page).toHaveURL(/types=meeting|type=meeting/);
  await page.getByTestId('filter-clear').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-summary')).toContainText('all');
  expect(errors).toEqual([]);
});

test('a page opened on an event, before any move or key, shows its quotes; a click on another opens it', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const d = await loadDataset(page);
  const ev = datedEvent(d);
  test.skip(!ev, 'the dataset has no dated event');
  await page.goto(`/?event=${encodeURIComponent(ev!.id)}`);
  await waitForCharts(page);
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', ev!.id);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ev!.title);
  await expect(panel.getByTestId('evidence').first()).toBeVisible();
  const other = d.events.find((e) => e.id !== ev!.id && e.date?.length === 10 && e.date.slice(0, 7) === ev!.date!.slice(0, 7));
  if (other && (await itemOf(page, other.id).isVisible())) {
    await itemOf(page, other.id).click();
    await expect(panel).toHaveAttribute('data-event-id', other.id);
    await expect(panel.getByTestId('evidence').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('the network (cytoscape without its unused parts) draws, selects and exports', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThan(0);
  const d = await loadDataset(page);
  const actor = busiestActor(d);
  test.skip(!actor, 'the dataset has no actors');
  await page.goto(`/?actor=${actor!.id}`);
  await waitForCharts(page);
  await expect(page.getByTestId('actor-panel')).toHaveAttribute('data-actor-id', actor!.id);
  // the network's SVG export runs cytoscape-svg over the same cut cytoscape
  await page.getByTestId('export-menu').locator('summary').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  expect(errors).toEqual([]);
});
