import { expect, test, type Page } from '@playwright/test';
import { waitForCharts } from './helpers';

/**
 * A selected event's history entry is made at once and Next's router told of it once its quotes are shown
 * (components/use-held-url.ts): the page shows the selection at once; history (back/forward) and a second
 * selection made meanwhile keep their order, whether Next has been told yet or not.
 */

/** The events' quote files answered `ms` later (the selection's URL is held that long). */
async function slowQuotes(page: Page, ms: number) {
  await page.route('**/data/events/*.json', async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

const eventIn = (url: string) => new URL(url).searchParams.get('event');

test('two events selected in quick succession are two history entries, in order; back and forward walk them', async ({ page }) => {
  await slowQuotes(page, 600);
  await page.goto('/');
  await waitForCharts(page);
  const keys = page.getByTestId('timeline-keys').locator('button[data-id]');
  expect(await keys.count()).toBeGreaterThan(1);
  const [a, b] = await keys.evaluateAll((bs) => bs.slice(0, 2).map((x) => x.getAttribute('data-id')!));
  // the first selection's URL waits for its quotes (600 ms); the second comes before them
  await keys.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel').or(page.getByTestId('detail-loading')).first()).toBeVisible();
  await page.getByTestId('timeline-keys').locator(`button[data-id="${b}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', b);
  await expect(page.getByTestId('evidence').first()).toBeVisible();
  await expect.poll(() => eventIn(page.url())).toBe(b);
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', a);
  expect(eventIn(page.url())).toBe(a);
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  expect(eventIn(page.url())).toBeNull();
  await page.goForward();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', a);
});

test('back at once after two quick selections shows the first; back again the page before them, still the explorer', async ({ page }) => {
  // the quotes slower than the hold (HOLD_MAX_MS): back comes while Next's router has not been told of them
  await slowQuotes(page, 5000);
  await page.goto('/');
  await waitForCharts(page);
  const start = page.url();
  const keys = page.getByTestId('timeline-keys').locator('button[data-id]');
  const [a, b] = await keys.evaluateAll((bs) => bs.slice(0, 2).map((x) => x.getAttribute('data-id')!));
  await keys.first().focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('timeline-keys').locator(`button[data-id="${b}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', b);
  expect(eventIn(page.url())).toBe(b);
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', a);
  expect(eventIn(page.url())).toBe(a);
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  expect(page.url()).toBe(start);
  await expect(page.getByTestId('timeline-keys')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', a);
  await page.goForward();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', b);
  expect(eventIn(page.url())).toBe(b);
  // and the same event selected again is no new entry
  await page.getByTestId('timeline-keys').locator(`button[data-id="${b}"]`).focus();
  await page.keyboard.press('Enter');
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', a);
});

test('the URL is written even when the quotes cannot be loaded', async ({ page }) => {
  await page.route('**/data/events/*.json', (route) => route.abort());
  await page.goto('/');
  await waitForCharts(page);
  const first = page.getByTestId('timeline-keys').locator('button[data-id]').first();
  const id = (await first.getAttribute('data-id'))!;
  await first.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => eventIn(page.url())).toBe(id);
  await expect(page.getByText('could not be loaded')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('a tapped row shows its quote, then its URL; back returns to the event before', async ({ page }) => {
    await slowQuotes(page, 300);
    await page.goto('/');
    const list = page.getByTestId('window-events');
    const rows = list.locator('button[data-id]');
    await expect(rows.first()).toBeVisible();
    const [a, b] = await rows.evaluateAll((bs) => bs.slice(0, 2).map((x) => x.getAttribute('data-id')!));
    await rows.first().tap();
    // the details at once (the pane switches), the quote when it is in, and the URL after it
    await expect(page.getByTestId('event-panel').or(page.getByTestId('detail-loading')).first()).toBeVisible();
    await expect(page.getByTestId('evidence').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${a}.*pane=details|pane=details.*event=${a}`));
    // back on the list, the tapped row is marked and holds the Tab stop; another row
    await page.getByTestId('pane-timeline').tap();
    await expect(list.locator(`button[data-id="${a}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(list.locator(`button[data-id="${a}"]`)).toHaveAttribute('tabindex', '0');
    await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
    await list.locator(`button[data-id="${b}"]`).tap();
    await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', b);
    await expect.poll(() => eventIn(page.url())).toBe(b);
    await page.goBack();
    await expect.poll(() => eventIn(page.url())).toBe(a);
    // the list marks the event of the URL gone back to
    await page.getByTestId('pane-timeline').tap();
    await expect(list.locator(`button[data-id="${a}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(list.locator(`button[data-id="${b}"]`)).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('a phone’s list, by keyboard', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('arrows move the focus and the one Tab stop through the rows; Enter selects', async ({ page }) => {
    await page.goto('/');
    const list = page.getByTestId('window-events');
    const rows = list.locator('button[data-id]');
    await expect(rows.first()).toBeVisible();
    test.skip((await rows.count()) < 3, 'fewer than three events in the window');
    const ids = await rows.evaluateAll((bs) => bs.slice(0, 3).map((x) => x.getAttribute('data-id')!));
    await expect(list.locator('button[tabindex="0"]')).toHaveAttribute('data-id', ids[0]);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(list.locator(`button[data-id="${ids[2]}"]`)).toBeFocused();
    await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(list.locator('button[tabindex="0"]')).toHaveAttribute('data-id', ids[2]);
    await page.keyboard.press('ArrowUp');
    await expect(list.locator(`button[data-id="${ids[1]}"]`)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', ids[1]);
    await expect.poll(() => eventIn(page.url())).toBe(ids[1]);
  });
});
