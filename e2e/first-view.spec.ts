/**
 * A big dataset opens on its first view (the index's head, data/index.json, and
 * the pages of the window the timeline opens on, data/index/<month>.json) while
 * the rest of the index is still loading; the whole index then takes over.
 * Fixture: the sample events copied onto every day of 2030, eight a day in June
 * (the busiest stretch), served instead of the compiled data, the other pages
 * held back until the test lets them through.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, item, loadDataset, routeDataset } from './helpers';

const DAY = 86400000;

type Data = { events: { id: string; type: string; date: string | null; dateInfo?: { precision?: string } }[] } & Record<string, unknown>;

/** The real data plus its day events copied onto every day of 2030 and 2031 (ids as the compiler makes them: type, date, rest). */
async function bigData(page: Page): Promise<{ data: Data; total: number }> {
  const real = (await loadDataset(page)) as unknown as Data;
  // day events (a week event copied onto another day would keep its own week)
  const dayEvents = real.events.filter((e) => e.date && e.date.length === 10 && e.dateInfo?.precision !== 'week');
  test.skip(!dayEvents.length, 'the dataset has no day event to copy');
  const copies: typeof dayEvents = [];
  for (let d = 0; d < 730; d++) {
    const date = new Date(Date.UTC(2030, 0, 1) + d * DAY).toISOString().slice(0, 10);
    const n = date.startsWith('2030-06') ? 8 : 1;
    for (let k = 0; k < n; k++) {
      const src = dayEvents[(d + k) % dayEvents.length];
      copies.push({ ...src, id: `${src.type}-${date}-copy-${k}`, date });
    }
  }
  return { data: { ...real, events: [...real.events, ...copies] }, total: real.events.length + copies.length };
}

/** The index pages the page requested. */
function pageRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/index\/([^/?]+)\.json/.exec(r.url());
    if (m) seen.push(decodeURIComponent(m[1]));
  });
  return seen;
}

test('the timeline draws the first view before the rest of the index arrives; the whole index then takes over', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const { data, total } = await bigData(page);
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await routeDataset(page, data, { holdIndex: held });

  await page.goto('/');
  // the first view: the timeline in June, the counts waiting for the whole index, the network too
  const status = page.getByTestId('loading-all');
  await expect(status).toBeVisible();
  await expect(status).toContainText(`loading all ${total}`);
  const timeline = page.locator('.parley-timeline');
  await expect(timeline.locator('.vis-item').first()).toBeVisible();
  // the network of every event (the default slice) is drawn from the head's summary, before the pages arrive
  const net = page.getByTestId('network-canvas');
  await expect.poll(async () => Number(await net.getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect(page.getByText('Loading the network…')).toHaveCount(0);
  const listed = async (testId: string) => (await page.getByTestId(testId).locator('button[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')))).sort();
  const actorsFirst = await listed('network-keys');
  const linksFirst = await listed('edge-keys');
  expect(actorsFirst.length).toBe(Number(await net.getAttribute('data-node-count')));
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
  if (firstKey) expect(firstKey).toMatch(/^[a-z_]+-2030-0[56]-\d\d-copy-/);

  // the whole index arrives: counts of everything, the network drawn, the window kept
  release();
  await expect(page.getByTestId('counts')).toContainText(`${total} events`);
  await expect(status).toHaveCount(0);
  await expect(page.getByTestId('filter-summary')).toContainText(`all ${total} events`);
  await expect.poll(async () => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect(page.getByText('Loading the network…')).toHaveCount(0);
  // the same actors and links as the head's summary drew
  await expect.poll(() => listed('network-keys')).toEqual(actorsFirst);
  await expect.poll(() => listed('edge-keys')).toEqual(linksFirst);
  await expect(timeline.locator('.vis-item').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a URL selecting one event opens on its month while the rest loads; a URL selecting an actor waits for the whole index', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const { data, total } = await bigData(page);
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  // March's page let through, the rest held back
  await routeDataset(page, data, { holdIndex: held, passPages: ['2030-03'] });
  const requested = pageRequests(page);
  const march = data.events.find((e) => e.date === '2030-03-10')!;
  await page.goto(`/?event=${encodeURIComponent(march.id)}`);
  // the event's panel, its item on the timeline, from the head and March's page alone
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page.getByTestId('loading-all')).toContainText(`loading all ${total}`);
  await expect(item(page, march.id)).toBeVisible();
  expect(requested.filter((k) => k.startsWith('2030'))).toContain('2030-03');
  // its quotes are here; the documents' titles and outlets come with the whole index (index/documents.json,
  // requested with the other pages and held back with them): each quote names its document by id and says its source is loading, a polite status says it once
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByTestId('evidence').first()).toBeVisible();
  await expect(panel.getByTestId('source-loading').first()).toContainText('its source is loading');
  await expect(panel.getByRole('status').filter({ hasText: 'titles and outlets are loading' })).toHaveCount(1);
  const result = await new AxeBuilder({ page }).include('[data-testid="event-panel"]').analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  release();
  await expect(page.getByTestId('counts')).toContainText(`${total} events`);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  // the sources in place, the status silent
  await expect(panel.getByTestId('source-loading')).toHaveCount(0);
  await expect(panel.getByTestId('open-document').first()).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: 'titles and outlets are loading' })).toHaveCount(0);
  expect(requested).toContain('documents');
  expect(errors).toEqual([]);

  // an actor: no part of the index shows it all (the whole index first)
  const page2 = await page.context().newPage();
  const errors2 = collectErrors(page2);
  let release2 = () => {};
  const held2 = new Promise<void>((r) => (release2 = r));
  await routeDataset(page2, data, { holdIndex: held2 });
  const actor = (data as unknown as { actors: { id: string; eventCount: number }[] }).actors.find((a) => a.eventCount > 0)!;
  await page2.goto(`/?actor=${encodeURIComponent(actor.id)}`);
  await expect(page2.getByTestId('loading')).toBeVisible();
  await page2.waitForTimeout(500);
  await expect(page2.getByTestId('loading-all')).toHaveCount(0);
  release2();
  await expect(page2.getByTestId('counts')).toContainText(`${total} events`);
  expect(errors2).toEqual([]);
  await page2.close();
});

test('on a phone the chart (?chart=1) draws the first view while the rest loads; the network is drawn when its pane is shown', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const { data, total } = await bigData(page);
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await routeDataset(page, data, { holdIndex: held });
  await page.goto('/?chart=1');
  // the chart, from the head and the first view's pages, while the rest is held back
  await expect(page.getByTestId('loading-all')).toContainText(`loading all ${total}`);
  await expect(page.locator('.parley-timeline .vis-item').first()).toBeVisible();
  await expect(page.getByTestId('timeline-as-chart')).toHaveAttribute('aria-pressed', 'true');
  release();
  await expect(page.getByTestId('loading-all')).toHaveCount(0);
  await expect(page.locator('.parley-timeline .vis-item').first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]chart=1/);
  // the network's pane: drawn once shown, its keyboard lists filled
  await page.getByTestId('pane-network').click();
  await expect.poll(async () => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count')), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('network-keys').locator('button[data-id]').first()).toBeAttached();
  // back to the timeline: still the chart
  await page.getByTestId('pane-timeline').click();
  await expect(page.locator('.parley-timeline .vis-item').first()).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('the window’s list is drawn from the first pages before the rest of the index is asked for', async ({ page }) => {
    test.setTimeout(90_000);
    const { data, total } = await bigData(page);
    await routeDataset(page, data);
    // when the list's first row is first in the page (checked every frame)
    await page.addInitScript(() => {
      const w = window as unknown as { __row?: number };
      const tick = () => {
        if (document.querySelector('[data-testid="window-events"] li')) w.__row = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // every index page asked for, and when (the rest is fetched by the index worker: not in the page's resource timing)
    const asked: [string, number][] = [];
    page.on('request', (r) => {
      if (/\/data\/index\/[^/]+\.json/.test(r.url())) asked.push([new URL(r.url()).pathname, Date.now()]);
    });
    await page.goto('/');
    await expect(page.getByTestId('window-events').locator('button[data-id]').first()).toBeVisible();
    // the whole index still comes (after the list)
    await expect(page.getByTestId('counts')).toContainText(`${total} events`);
    const { row, first, origin } = await page.evaluate(() => {
      const head = performance.getEntriesByType('resource').find((e) => /\/data\/index\.json/.test(e.name))!;
      return { row: (window as unknown as { __row: number }).__row, first: head.startTime, origin: performance.timeOrigin };
    });
    const rest = asked.map(([p, t]) => [p, t - origin] as const);
    // each asked for once (the worker's fetches were answered: nothing fetched again by a fallback)
    expect(new Set(rest.map(([p]) => p)).size, rest.map(([p]) => p).join('\n')).toBe(rest.length);
    expect(first).toBeLessThan(row);
    // the first view's pages (its window: a month or three) before the row; every other month's after it. The row's time
    // is seen by a frame callback, up to a frame after the list is drawn, and the rest is asked for as soon as it is
    // drawn: a page asked for within a frame or so of the row is after it (without the hold they are asked for with the
    // first view's pages, hundreds of ms before the row)
    const FRAME_SLACK_MS = 50;
    const early = rest.filter(([, t]) => t < row - FRAME_SLACK_MS);
    const why = rest.map(([p, t]) => `${p} ${t.toFixed(0)} (row ${row.toFixed(0)})`).join('\n');
    expect(rest.length, why).toBeGreaterThan(12);
    expect(early.length, why).toBeLessThanOrEqual(3);
  });
});
