import { expect, test } from '@playwright/test';
import { collectErrors, loadDataset, mainMeeting } from './helpers';

/**
 * The first load goes without Next's prefetch scheduler (lib/adapters/next-trim.js): a reader page's links fetch
 * nothing while in view or hovered; a click still navigates inside the page (Next fetches the next page's payload
 * then), and the back button returns.
 */
test('a reader page prefetches none of its links; a click navigates in place and back returns', async ({ page }) => {
  const errors = collectErrors(page);
  const d = await loadDataset(page);
  const event = mainMeeting(d)!;
  const actor = event.participants[0];
  // the pages' payloads (Next's .txt files, whole-page or per-segment): not robots.txt
  const payloads: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.txt') && !path.endsWith('/robots.txt')) payloads.push(path);
  });
  await page.goto(`/events/${event.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  const link = page.locator(`a[href$="/actors/${actor}/"]`).first();
  await expect(link).toBeVisible();
  await page.waitForLoadState('networkidle');
  await link.hover();
  await page.waitForLoadState('networkidle');
  expect(payloads).toEqual([]);
  // a navigation inside the page: what was set on this window is still there on the actor's page
  await page.evaluate(() => ((window as unknown as { parleyMark: number }).parleyMark = 17));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/actors/${actor}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(d.actors.find((a) => a.id === actor)!.name);
  expect(await page.evaluate(() => (window as unknown as { parleyMark?: number }).parleyMark)).toBe(17);
  expect(payloads.length).toBeGreaterThan(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  expect(errors).toEqual([]);
});
