import { expect, test, type Page } from '@playwright/test';
import { dateSpan } from '../lib/format';
import { ITEMS, collectErrors, loadDataset, mainMeeting, waitForCharts } from './helpers';

const positions = async (page: Page) =>
  JSON.parse((await page.getByTestId('network-canvas').getAttribute('data-node-positions')) ?? '{}') as Record<string, [number, number]>;
const nodeCount = async (page: Page) => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'));

test('filters: a type narrows the timeline, the network and the table, with counts, in the URL', async ({ page }) => {
  const errors = collectErrors(page);
  const d = await loadDataset(page);
  const meetings = d.events.filter((e) => e.type === 'meeting');
  test.skip(!meetings.length, 'no meetings');
  // the timeline draws what is in (and near) its window: open it on a window holding every dated meeting
  const spans = meetings.filter((e) => e.date).map((e) => dateSpan(e.date!));
  const from = spans.map((s) => s.start).sort()[0];
  const to = spans.map((s) => s.end).sort().at(-1);
  await page.goto(from && to ? `/?from=${from}&to=${to}` : '/');
  await waitForCharts(page);
  await page.getByTestId('filters').locator('summary').click();
  const box = page.getByTestId('filter-type-meeting');
  await expect(box.locator('xpath=..')).toContainText(`(${meetings.length})`);
  const before = await nodeCount(page);
  await box.check();
  await expect(page).toHaveURL(/type=meeting/);
  await expect(page.getByTestId('filter-summary')).toContainText(`showing ${meetings.length} of ${d.events.length} events`);
  const datedMeetings = meetings.filter((e) => e.date).length;
  // the timeline holds exactly the dated meetings (those in view are drawn), and the keyboard list the same
  await expect(page.locator('.parley-timeline')).toHaveAttribute('data-item-count', String(datedMeetings));
  await expect(page.getByTestId('timeline-keys').locator('button')).toHaveCount(datedMeetings);
  const drawn = await page.locator(ITEMS).evaluateAll((els) => els.map((e) => e.className));
  expect(drawn.every((c) => c.includes('type-meeting'))).toBe(true);
  await expect.poll(() => nodeCount(page)).toBeLessThanOrEqual(before);
  // the same filter in the table view, after a reload
  await page.goto(`/?view=table&type=meeting`);
  await expect(page.getByTestId('events-table').locator('tbody tr')).toHaveCount(meetings.length);
  // a second facet narrows further; its counts follow the first
  await page.goto('/?type=meeting');
  await page.getByTestId('filters').locator('summary').click().catch(() => {});
  await page.getByTestId('filter-clear').click();
  await expect(page).not.toHaveURL(/type=/);
  expect(errors).toEqual([]);
});

test('search by keyboard: "/" focuses, arrows move, Enter opens', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const event = mainMeeting(d)!;
  const actor = d.actors.find((a) => event.participants.includes(a.id))!;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(actor.name.split(' ').at(-1)!);
  const results = page.getByTestId('search-results');
  await expect(results.locator(`[role="option"][data-ref="${actor.id}"]`)).toBeVisible();
  // walk to the actor's result with the arrows, then Enter
  const options = await results.locator('[role="option"]').evaluateAll((os) => os.map((o) => o.getAttribute('data-ref')));
  for (let i = 0; i < options.indexOf(actor.id); i++) await page.keyboard.press('ArrowDown');
  await expect(results.locator(`[role="option"][data-ref="${actor.id}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${actor.id}`));
  await expect(page.getByTestId('actor-panel')).toHaveAttribute('data-actor-id', actor.id);
  // a word found only in a quote finds its event
  const quoteWord = event.evidence
    .flatMap((q) => q.quote.split(/[^A-Za-z]+/))
    .find((w) => w.length > 6 && !d.events.some((e) => e.title.toLowerCase().includes(w.toLowerCase())));
  test.skip(!quoteWord, 'no distinctive word in the quotes');
  await page.getByTestId('search-input').fill('');
  await page.keyboard.press('/');
  await page.getByTestId('search-input').fill(quoteWord!);
  await expect(page.getByTestId('search-results').locator('[role="option"][data-kind="event"]').first()).toBeVisible();
});

test('the overview strip: brushing sets the timeline window, the window moves the brush, keys move it', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const strip = page.getByTestId('overview');
  await expect(strip).toBeVisible();
  await expect(strip.locator('rect').first()).toBeAttached();
  const box = (await strip.boundingBox())!;
  // drag across the middle third of the strip
  await page.mouse.move(box.x + box.width * 0.35, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 22, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.65, box.y + 22, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url1 = new URL(page.url());
  const [from, to] = [url1.searchParams.get('from')!, url1.searchParams.get('to')!];
  const [lo, hi] = [(await strip.getAttribute('data-from'))!, (await strip.getAttribute('data-to'))!];
  expect(from > lo && to < hi).toBe(true);
  // the brush shows it
  await expect(strip.locator('.overview-brush .selection')).toHaveAttribute('width', /\d/);
  // keys move the window by a quarter
  await strip.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
  expect(new URL(page.url()).searchParams.get('from')! > from).toBe(true);
});

test('time-sliced network: in the window < up to its end <= everything; nodes keep their places', async ({ page }) => {
  const d = await loadDataset(page);
  const days = d.events.filter((e) => e.date && e.date.length === 10).map((e) => e.date!).sort();
  test.skip(days.length < 2 || days[0] === days.at(-1), 'needs events on different days');
  // a window on the first busy day only
  const first = days[0];
  await page.goto(`/?from=${first}&to=${first}`);
  await waitForCharts(page);
  await expect.poll(() => nodeCount(page)).toBeGreaterThan(0);
  const all = await nodeCount(page);
  const pAll = await positions(page);
  await page.getByTestId('follow').check();
  await expect(page).toHaveURL(/follow=1/);
  await expect.poll(() => nodeCount(page)).toBeLessThan(all);
  const inWindow = await nodeCount(page);
  const pWin = await positions(page);
  await page.getByTestId('slice-upto').check();
  await expect(page).toHaveURL(/slice=upto/);
  await expect.poll(() => nodeCount(page)).toBeGreaterThanOrEqual(inWindow);
  expect(await nodeCount(page)).toBeLessThanOrEqual(all);
  // the layout is not recomputed: on screen, the nodes of the slice sit as they did in the whole network,
  // up to the zoom and pan (one scale and shift for all)
  const ids = Object.keys(pWin).filter((id) => pAll[id]);
  if (ids.length >= 3) {
    const [a, b] = [ids[0], ids[ids.length - 1]];
    const sx = (pWin[a][0] - pWin[b][0]) / (pAll[a][0] - pAll[b][0] || 1);
    // published positions are rounded to whole pixels (±0.5 each): the prediction's error bound grows with the scale
    const tolerance = 2 + Math.abs(sx);
    for (const id of ids) {
      const predicted = pWin[a][0] + sx * (pAll[id][0] - pAll[a][0]);
      expect(Math.abs(predicted - pWin[id][0]), `node ${id} (scale ${sx.toFixed(2)})`).toBeLessThan(tolerance);
    }
  }
  await page.getByTestId('slice-all').check();
  await expect.poll(() => nodeCount(page)).toBe(all);
});

test('an edge: its events listed from the URL and from the keyboard list of links', async ({ page }) => {
  const d = (await loadDataset(page)) as unknown as { edges: { source: string; target: string; kind: string; eventIds: string[] }[] };
  const edge = [...d.edges].sort((a, b) => b.eventIds.length - a.eventIds.length)[0];
  test.skip(!edge, 'no links');
  const id = `${edge.kind}:${edge.source}:${edge.target}`;
  await page.goto(`/?edge=${id}`);
  const panel = page.getByTestId('edge-panel');
  await expect(panel).toHaveAttribute('data-edge', id);
  await expect(panel.getByTestId('edge-events').locator('li')).toHaveCount(edge.eventIds.length);
  await panel.getByTestId('edge-events').locator('a[data-event]').first().click();
  await expect(page).toHaveURL(/event=/);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  // by keyboard: the list of links behind the network
  await page.goto('/');
  await waitForCharts(page);
  const keys = page.getByTestId('edge-keys');
  await keys.locator(`button[data-id="${id}"]`).focus();
  await expect(keys).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`edge=${id.replace(/:/g, '(:|%3A)')}`));
  await expect(page.getByTestId('edge-panel')).toBeVisible();
});

test('keyboard: tab to a timeline item, move with the arrows, select it; the choice is announced', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const keys = page.getByTestId('timeline-keys');
  await expect(keys.locator('button')).toHaveCount(Number(await page.locator('.parley-timeline').getAttribute('data-item-count')));
  // Tab from the top of the page until the timeline's list takes focus
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  let inside = false;
  for (let i = 0; i < 60 && !inside; i++) {
    await page.keyboard.press('Tab');
    inside = await keys.evaluate((el) => el.contains(document.activeElement));
  }
  expect(inside).toBe(true);
  await expect(keys).toBeVisible(); // shown once focused
  // visible focus on the focused item
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
  expect(id).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', id!);
  await expect(page.getByTestId('announcer')).toContainText('Selected event');
  // its timeline item is the selected one
  await expect(page.locator(`${ITEMS}.vis-selected`)).toHaveCount(1);
  // network nodes the same way
  const nodes = page.getByTestId('network-keys');
  await nodes.locator('button').first().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/actor=/);
  await expect(page.getByTestId('actor-panel')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('the explorer is in tabs, nothing scrolls sideways', async ({ page }) => {
    await page.goto('/');
    await waitForCharts(page).catch(() => {});
    await expect(page.getByTestId('pane-tabs')).toBeVisible();
    await expect(page.getByTestId('timeline-section')).toBeVisible();
    await expect(page.getByTestId('network')).toBeHidden();
    await page.getByTestId('pane-network').click();
    await expect(page).toHaveURL(/pane=network/);
    await expect(page.getByTestId('network')).toBeVisible();
    await expect(page.getByTestId('timeline-section')).toBeHidden();
    await page.getByTestId('pane-details').click();
    await expect(page.getByTestId('detail')).toBeVisible();
    // picking an actor in the network's list shows their details
    await page.getByTestId('pane-network').click();
    await expect(page).toHaveURL(/pane=network/);
    await expect(page.getByTestId('network')).toBeVisible();
    await page.getByTestId('network-keys').locator('button').first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/actor=.*pane=details/);
    await expect(page.getByTestId('actor-panel')).toBeVisible();
    await expect(page.getByTestId('network')).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const d = await loadDataset(page);
    await page.goto(`/actors/${d.actors[0].id}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
