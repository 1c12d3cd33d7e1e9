import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { loadDataset } from './helpers';

const STORY = 'road-to-riyadh';
const file = parse(readFileSync(`data/stories/${STORY}.yaml`, 'utf8')) as { title: string; steps: { event?: string; caption?: string }[] };

test('a story page lists its steps with quotes and sources, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto(`/stories/${STORY}/`);
  expect(res?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.title);
  const steps = page.getByTestId('story-step');
  await expect(steps).toHaveCount(file.steps.length);
  for (const [i, s] of file.steps.entries()) if (s.caption) await expect(steps.nth(i)).toContainText(s.caption);
  expect(await page.locator('[data-testid="story-step"] blockquote').count()).toBeGreaterThanOrEqual(file.steps.length - 1);
  expect(await page.getByTestId('source-list').locator('li').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('present-link')).toHaveAttribute('href', `/present/?story=${STORY}`);
  await context.close();
});

test('a story step quotes its event verbatim', async ({ page }) => {
  const d = await loadDataset(page);
  await page.goto(`/stories/${STORY}/`);
  const i = file.steps.findIndex((s) => s.event);
  const ev = d.events.find((e) => e.id === file.steps[i].event)!;
  await expect(page.getByTestId('story-step').nth(i).locator('blockquote')).toHaveText(`“${ev.evidence[0].quote}”`);
});

test('the stories index links each story and its presentation', async ({ page }) => {
  await page.goto('/stories/');
  await expect(page.getByRole('link', { name: file.title })).toHaveAttribute('href', `/stories/${STORY}/`);
  await page.getByRole('link', { name: file.title }).click();
  await page.getByTestId('present-link').click();
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-step', '1');
});

test('a story prints as a handout: steps in order, quotes, numbered sources, no controls', async ({ page }) => {
  await page.goto(`/stories/${STORY}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('present-link')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('story-step')).toHaveCount(file.steps.length);
  await expect(page.getByTestId('story-step').first()).toBeVisible();
  await expect(page.getByTestId('source-list')).toBeVisible();
  expect(await page.getByRole('link', { name: /Present from step/ }).first().isVisible()).toBe(false);
});

test('the explorer prints the visible events as a handout', async ({ page }) => {
  const d = await loadDataset(page);
  const from = '2025-02-17';
  const to = '2025-02-18';
  await page.goto(`/?from=${from}&to=${to}`);
  await expect(page.getByTestId('charts-view')).toBeVisible();
  await expect(page.getByTestId('handout')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('handout')).toBeVisible();
  await expect(page.getByTestId('charts-view')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const visible = d.events.filter((e) => e.date && e.date >= from && e.date <= to);
  await expect(page.getByTestId('handout-event')).toHaveCount(visible.length);
  const docs = new Set(visible.flatMap((e) => e.evidence.map((v) => v.documentId)));
  await expect(page.getByTestId('handout-sources').locator('li')).toHaveCount(docs.size);
  const dates = await page.getByTestId('handout-event').locator('p.font-semibold').allTextContents();
  expect(dates.length).toBe(visible.length);
});

test('the story page has no axe violations (WCAG AA)', async ({ page }) => {
  await page.goto(`/stories/${STORY}/`);
  await expect(page.getByTestId('story-step').first()).toBeVisible();
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
