import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectErrors, datedEvent, loadDataset } from './helpers';

const STORY = 'road-to-riyadh';

/** The story's step titles, as its static page lists them. */
async function storyTitles(page: Page): Promise<string[]> {
  await page.goto(`/stories/${STORY}/`);
  return page.getByTestId('story-step').locator('h2').allTextContents();
}

async function atStep(page: Page, n: number, title?: string) {
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-step', String(n));
  await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
  if (title !== undefined) await expect(page.getByTestId('step-title')).toHaveText(title);
}

test('presents a story with the keyboard from the first step to the last', async ({ page }) => {
  const errors = collectErrors(page);
  const titles = await storyTitles(page);
  expect(titles.length).toBeGreaterThan(2);
  await page.goto(`/present/?story=${STORY}`);
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-total', String(titles.length));
  await atStep(page, 1, titles[0]);
  await expect(page.getByTestId('progress-text')).toHaveText(`1 / ${titles.length}`);
  const forward = ['ArrowRight', 'Space', 'PageDown'];
  for (let n = 2; n <= titles.length; n++) {
    await page.keyboard.press(forward[n % forward.length]);
    await atStep(page, n, titles[n - 1]);
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
  }
  await page.keyboard.press('ArrowRight'); // stays on the last step
  await atStep(page, titles.length);
  await page.keyboard.press('PageUp');
  await atStep(page, titles.length - 1);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, titles.length - 2);
  await page.keyboard.press('Home');
  await atStep(page, 1, titles[0]);
  await page.keyboard.press('End');
  await atStep(page, titles.length, titles.at(-1));
  await page.keyboard.press('2');
  await expect(page.getByTestId('jump-buffer')).toContainText('2');
  await page.keyboard.press('Enter');
  await atStep(page, 2, titles[1]);
  expect(errors).toEqual([]);
});

test('every step has its own URL: a link opens that step', async ({ page }) => {
  const titles = await storyTitles(page);
  const n = Math.min(4, titles.length);
  await page.goto(`/present/?story=${STORY}&step=${n}`);
  await atStep(page, n, titles[n - 1]);
  await expect(page.getByTestId('step-quote')).toBeVisible();
  await expect(page.getByTestId('present-network')).toBeVisible();
  // the step's actors are highlighted in the network and its date marked on the timeline
  expect((await page.getByTestId('present-network').getAttribute('data-highlighted'))!.length).toBeGreaterThan(0);
  await expect(page.getByTestId('present-timeline-span')).toBeVisible();
});

test('from the explorer: presents the visible events from the selected one; Esc returns to the same selection', async ({ page }) => {
  const d = await loadDataset(page);
  const ev = datedEvent(d)!;
  const from = '2025-02-10';
  const to = '2025-02-28';
  await page.goto(`/?event=${ev.id}&from=${from}&to=${to}`);
  await page.getByTestId('present-explorer').click();
  await expect(page).toHaveURL(/\/present\/\?/);
  await expect(page.getByTestId('step-title')).toHaveText(ev.title);
  const inWindow = d.events.filter((e) => e.date && e.date.length === 10 && e.date >= from && e.date <= to).length;
  expect(Number(await page.getByTestId('presentation').getAttribute('data-total'))).toBeGreaterThanOrEqual(inWindow);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  const u = new URL(page.url());
  expect(u.searchParams.get('event')).toBe(ev.id);
  expect(u.searchParams.get('from')).toBe(from);
  expect(u.searchParams.get('to')).toBe(to);
  await expect(page.getByTestId('detail')).toContainText(ev.title);
});

test('the presenter view follows the projected window and steers it', async ({ page, context }) => {
  const titles = await storyTitles(page);
  await page.goto(`/present/?story=${STORY}&step=2`);
  await atStep(page, 2);
  const presenter = await context.newPage();
  await presenter.goto(`/present/presenter/?story=${STORY}&step=1`);
  // on opening it asks the projected window where it is
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-step', '2');
  await expect(presenter.getByTestId('presenter-current')).toHaveText(titles[1]);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(titles[2]);
  await expect(presenter.getByTestId('presenter-notes')).not.toHaveText('');
  await expect(presenter.getByTestId('elapsed')).toHaveText(/^\d\d:\d\d$/);
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await atStep(page, 3);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-step', '3');
  await expect(presenter.getByTestId('presenter-current')).toHaveText(titles[2]);
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-step', '4');
  await atStep(page, 4, titles[3]);
  await presenter.close();
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} every step fits: nothing cut off or overlapping, large type`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`/present/?story=${STORY}`);
    const total = Number(await page.getByTestId('presentation').getAttribute('data-total'));
    const boxOf = async (id: string) => (await page.getByTestId(id).boundingBox())!;
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await atStep(page, n);
      const parts = ['present-header', 'step-text', 'step-network', 'present-footer'];
      const boxes = await Promise.all(parts.map(boxOf));
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(height + 0.5);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
          expect(overlap, `${parts[i]} overlaps ${parts[j]} at step ${n}`).toBe(false);
        }
      // the words are not cut off: their box holds its content
      const fits = await page.getByTestId('step-text').evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
      expect(fits, `step ${n} text overflows`).toBe(true);
      // header items do not overlap one another
      const title = await boxOf('deck-title');
      const progress = await boxOf('progress-text');
      expect(title.x + title.width).toBeLessThanOrEqual(progress.x);
      // network labels stay apart
      const labels = await page.locator('[data-testid="present-network"] text').evaluateAll((ts) =>
        ts.map((t) => t.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
      );
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i], labels[j]];
          expect(a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1).toBe(false);
        }
      if (width === 1920) {
        const size = await page.getByTestId('step-text').locator('blockquote, [data-testid="step-caption"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(28);
      }
    }
    // no page scrolling either way
    const overflow = await page.evaluate(() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight]);
    expect(overflow[0]).toBeLessThanOrEqual(0);
    expect(overflow[1]).toBeLessThanOrEqual(0);
    await page.close();
  });
}

test('contrast and accessibility: no axe violations in the presentation (WCAG AA)', async ({ page }) => {
  await page.goto(`/present/?story=${STORY}&step=4`);
  await expect(page.getByTestId('step-title')).toBeVisible();
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
