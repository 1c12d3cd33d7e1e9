import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

interface E2eReport {
  documents: { id: string; title: string; events: { id: string }[] }[];
  discovered: { id: string; name: string }[];
  summary: { documents: number; events: number };
}

test('the report page lists the documents and the people discovered, without console errors', async ({ page }) => {
  const errors = collectErrors(page);
  const res = await page.request.get('/data/report.json');
  expect(res.ok()).toBe(true);
  const report = (await res.json()) as E2eReport;

  await page.goto('/report/');
  await expect(page.getByRole('heading', { level: 1, name: 'Editors’ report' })).toBeVisible();

  const docs = page.getByTestId('report-document');
  await expect(docs).toHaveCount(report.documents.length);
  for (const d of report.documents) await expect(docs.filter({ hasText: d.title }).first()).toBeVisible();

  const people = page.getByTestId('report-discovered');
  await expect(people).toHaveCount(report.discovered.length);
  if (report.discovered.length === 0) await expect(page.getByText('Nobody new.')).toBeVisible();
  for (const p of report.discovered.slice(0, 10)) {
    const link = people.filter({ hasText: p.name }).first().getByRole('link', { name: p.name });
    await expect(link).toHaveAttribute('href', new RegExp(`\\?actor=${encodeURIComponent(p.id)}$`));
  }

  // an event link leads to the main page with that event selected
  const withEvent = report.documents.find((d) => d.events.length > 0);
  if (withEvent) {
    const id = withEvent.events[0].id;
    await docs.filter({ hasText: withEvent.title }).first().locator(`a[href$="?event=${encodeURIComponent(id)}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${encodeURIComponent(id)}`));
  }
  expect(errors).toEqual([]);
});
