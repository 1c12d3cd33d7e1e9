import { expect, test } from '@playwright/test';
import { waitForCharts } from './helpers';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('on a phone the views are tabs, one at a time, full width', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('pane-tabs')).toBeVisible();
  for (const [tab, pane] of [['pane-timeline', 'timeline-section'], ['pane-network', 'network'], ['pane-details', 'detail']] as const) {
    await page.getByTestId(tab).click();
    // the tab writes the URL; the pane shows once the page has read it
    await expect(page.getByTestId(pane)).toBeVisible();
    const b = await page.getByTestId(pane).boundingBox();
    expect(b).toBeTruthy();
    expect(b!.width).toBeLessThanOrEqual(376);
    // the other two panes are hidden (app/globals.css: the pane the explorer's grid names is the one shown)
    for (const other of ['timeline-section', 'network', 'detail'].filter((p) => p !== pane)) await expect(page.getByTestId(other)).toBeHidden();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('at 1280×800 timeline and network are both visible without scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('/');
  await waitForCharts(page);
  const tl = await page.getByTestId('timeline').boundingBox();
  const net = await page.getByTestId('network').boundingBox();
  expect(tl!.y + tl!.height).toBeLessThanOrEqual(800);
  expect(net!.y + 100).toBeLessThanOrEqual(800);
  expect(tl!.height).toBeGreaterThan(150);
  await page.close();
});

test('on a phone the table view does not widen the page', async ({ page }) => {
  await page.goto('/?view=table');
  await expect(page.getByTestId('events-table')).toBeVisible();
  // the table view has no panes: the details show below it
  await expect(page.getByTestId('detail')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
