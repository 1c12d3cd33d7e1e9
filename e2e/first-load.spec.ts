import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadDataset, waitForCharts } from './helpers';

/** Every script the page fetches, with whether it holds Cytoscape or vis-timeline (their chunks name them in their code). */
function scriptsFetched(page: Page): { url: string; cytoscape: boolean; visTimeline: boolean }[] {
  const seen: { url: string; cytoscape: boolean; visTimeline: boolean }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    const body = await r.text().catch(() => '');
    seen.push({ url: r.url(), cytoscape: /cytoscape/.test(body), visTimeline: /vis-timeline/.test(body) });
  });
  return seen;
}

test('the static HTML holds the title and the counts before any script runs', async ({ browser, page }) => {
  const d = await loadDataset(page);
  const dated = d.events.filter((e) => e.date).length;
  // the HTML as served
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('<h1');
  expect(html).toMatch(/Parley/);
  // with scripts off, the reader still sees the title, the counts and the loading status
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const bare = await ctx.newPage();
  await bare.goto('/');
  await expect(bare.getByRole('heading', { level: 1 })).toContainText('Parley');
  const counts = bare.getByTestId('counts');
  await expect(counts).toContainText(`${d.events.length} events (${dated} dated)`);
  await expect(counts).toContainText(`${d.actors.length} actors`);
  await expect(counts).toContainText(`${d.edges.length} links`);
  await expect(counts).toContainText(`${d.documents.length} documents`);
  await expect(bare.getByTestId('loading')).toContainText('Loading the dataset');
  // a laptop also sees the details pane's hint where the explorer will show it
  await expect(bare.getByTestId('detail-empty')).toContainText('Select an event or an actor');
  await ctx.close();
  // with scripts on, the explorer takes its place and says the same counts
  await page.goto('/');
  await waitForCharts(page);
  await expect(page.getByTestId('counts')).toContainText(`${d.events.length} events (${dated} dated)`);
  await expect(page.getByTestId('loading')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('the timeline opens as a list of the window: vis-timeline loads only when "Chart" is pressed, then draws the same events', async ({ page }) => {
    const scripts = scriptsFetched(page);
    await page.goto('/');
    const list = page.getByTestId('window-events');
    await expect(list.locator('button[data-id]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.visTimeline), 'no vis-timeline before the chart is asked for').toEqual([]);
    await expect(page.locator('.parley-timeline')).toHaveCount(0);
    // the list is the timeline's keyboard list made visible: the same events, selectable
    const ids = await list.locator('button[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
    expect(ids.length).toBeGreaterThan(0);
    await expect(page.getByTestId('timeline-as-list')).toHaveAttribute('aria-pressed', 'true');
    // no serious accessibility violation in the list (and its toggle)
    const axe = await new AxeBuilder({ page }).include('[data-testid="timeline-section"]').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    expect(bad, bad.join('\n')).toEqual([]);
    // a tap on an event selects it (the URL says so) and shows its details, as a tap on the chart does
    await list.locator(`button[data-id="${ids[0]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`event=${ids[0]}`));
    await expect(page.getByTestId('detail')).toBeVisible();
    // back on the timeline pane: the selected event is marked in the list; "Chart" draws vis-timeline
    await page.getByTestId('pane-timeline').click();
    await expect(list.locator(`button[data-id="${ids[0]}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('timeline-as-chart').click();
    await expect(page.locator('.parley-timeline .vis-timeline')).toBeVisible();
    expect(scripts.some((s) => s.visTimeline)).toBe(true);
    await expect(page.locator('.parley-timeline .vis-item.vis-selected')).toHaveCount(1);
    // the choice is in the URL: a reload (or a shared link) opens the chart again, the event still selected
    await expect(page).toHaveURL(/[?&]chart=1/);
    await page.reload();
    await expect(page.locator('.parley-timeline .vis-item.vis-selected')).toHaveCount(1);
    await expect(page.getByTestId('timeline-as-chart')).toHaveAttribute('aria-pressed', 'true');
    // the keyboard list of the chart offers the same events the list showed
    const keys = await page.getByTestId('timeline-keys').locator('button[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
    expect(keys).toEqual(ids);
    // and back to the list
    await page.getByTestId('timeline-as-list').click();
    await expect(page.locator('.parley-timeline')).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]chart=1/);
    await expect(list.locator('button[data-id]').first()).toBeVisible();
  });

  test('Cytoscape loads only once the network tab is opened, then draws', async ({ page }) => {
    const scripts = scriptsFetched(page);
    await page.goto('/');
    await expect(page.getByTestId('window-events').locator('button[data-id]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.cytoscape), 'no Cytoscape before the network is shown').toEqual([]);
    await page.getByTestId('pane-network').click();
    // the network's keyboard list is there, whether Cytoscape has drawn yet or not
    await expect(page.getByTestId('network-keys').locator('button').first()).toBeAttached();
    await expect(page.getByTestId('network-canvas')).toBeVisible();
    await expect.poll(async () => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBeGreaterThan(0);
    expect(scripts.some((s) => s.cytoscape)).toBe(true);
    // back on the timeline and again on the network: drawn once, kept
    await page.getByTestId('pane-timeline').click();
    await page.getByTestId('pane-network').click();
    await expect(page.getByTestId('network-canvas')).toBeVisible();
  });
});
