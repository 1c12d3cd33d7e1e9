/**
 * A big dataset opens on its first view (data/first.json: the events around the
 * window the timeline opens on) while index.json is still loading; the whole
 * index then takes over. Fixture: the sample events copied onto every day of
 * 2030, eight a day in June (the busiest stretch), served instead of the
 * compiled data, index.json held back until the test lets it through.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, routeDataset } from './helpers';

const DAY = 86400000;

test('the timeline draws the first view before index.json arrives; the whole index then takes over', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const real = (await loadDataset(page)) as unknown as { events: { id: string; date: string | null }[] } & Record<string, unknown>;
  const dayEvents = real.events.filter((e) => e.date && e.date.length === 10);
  test.skip(!dayEvents.length, 'the dataset has no day event to copy');
  const copies: typeof dayEvents = [];
  for (let d = 0; d < 365; d++) {
    const date = new Date(Date.UTC(2030, 0, 1) + d * DAY).toISOString().slice(0, 10);
    const n = date.startsWith('2030-06') ? 8 : 1;
    for (let k = 0; k < n; k++) copies.push({ ...dayEvents[(d + k) % dayEvents.length], id: `copy-${date}-${k}`, date });
  }
  const total = real.events.length + copies.length;
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await routeDataset(page, { ...real, events: [...real.events, ...copies] }, { holdIndex: held });

  await page.goto('/');
  // the first view: the timeline in June, the counts waiting for the whole index, the network too
  const status = page.getByTestId('loading-all');
  await expect(status).toBeVisible();
  await expect(status).toContainText(`loading all ${total}`);
  const timeline = page.locator('.parley-timeline');
  await expect(timeline.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByText('Loading the network…')).toBeVisible();
  await expect(page.getByTestId('counts')).toHaveCount(0);
  // the filters (choices and counts of the whole index) wait for it too
  await expect(page.getByTestId('filters-waiting')).toContainText(`loading all ${total}`);
  await expect(page.getByTestId('filters')).toHaveCount(0);
  // accessible while it lasts (WCAG AA: no serious or critical violation)
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
  // the timeline's keyboard list offers the first view's events in the window: June's copies
  const keys = page.getByTestId('timeline-keys');
  await expect(keys.locator('button').first()).toBeAttached();
  const firstKey = await keys.locator('button[data-id]').first().getAttribute('data-id');
  if (firstKey) expect(firstKey).toMatch(/^copy-2030-0[56]-/);

  // the whole index arrives: counts of everything, the network drawn, the window kept
  release();
  await expect(page.getByTestId('counts')).toContainText(`${total} events`);
  await expect(status).toHaveCount(0);
  await expect(page.getByTestId('filter-summary')).toContainText(`all ${total} events`);
  await expect.poll(async () => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect(page.getByText('Loading the network…')).toHaveCount(0);
  await expect(timeline.locator('.vis-item').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a URL with a selection waits for the whole index (no first view)', async ({ page }) => {
  const errors = collectErrors(page);
  const real = (await loadDataset(page)) as unknown as { events: { id: string; date: string | null }[] } & Record<string, unknown>;
  const firstRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/first.json')) firstRequests.push(r.url());
  });
  await routeDataset(page, real);
  await page.goto(`/?event=${encodeURIComponent(real.events[0].id)}`);
  await expect(page.getByTestId('counts')).toContainText(`${real.events.length} events`);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  expect(firstRequests).toEqual([]);
  expect(errors).toEqual([]);
});
