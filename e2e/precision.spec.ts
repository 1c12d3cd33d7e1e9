import { expect, test } from '@playwright/test';
import { item as itemOf, loadDataset, routeDataset, waitForCharts, type E2eDataset } from './helpers';

test('a month- or year-precision event is a range over the whole period', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const partial = d.events.find((e) => e.date && e.date.length < 10);
  test.skip(!partial, 'the real dataset has no month- or year-precision event');
  await page.goto(`/?event=${encodeURIComponent(partial!.id)}`);
  await waitForCharts(page);
  const item = itemOf(page, partial!.id);
  await expect(item).toHaveClass(/vis-range/);
  await expect(item).toHaveClass(/precision-(month|year)/);
  await expect(page.getByTestId('event-date')).toHaveText(partial!.date!.length === 7 ? /^[A-Z][a-z]+ \d{4}$/ : /^\d{4}$/);
});

test('undated events are listed beside the timeline, never dropped', async ({ page }) => {
  // on a fixture: the shipped dataset plus two undated events (the shipped one may have none)
  const real = (await (await page.request.get('/data/dataset.json')).json()) as E2eDataset & { events: Record<string, unknown>[] };
  const template = real.events[0];
  const undatedFixture = ['fixture-undated-talks', 'fixture-undated-call'].map((id, i) => ({
    ...template,
    id,
    title: i === 0 ? 'Talks on an unknown day' : 'A call on an unknown day',
    date: null,
    dateInfo: { expression: null, reference: null, precision: null },
  }));
  const fixture = { ...real, events: [...real.events, ...undatedFixture] };
  // the explorer reads the index and its chunks (lib/data/split.ts): serve them from the fixture
  await routeDataset(page, fixture);
  await page.goto('/');
  await waitForCharts(page);
  const undated = fixture.events.filter((e) => !e.date);
  expect(undated.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('undated')).toContainText(`Undated (${undated.length})`);
  const btn = page.getByTestId('undated').locator('button[data-event="fixture-undated-talks"]');
  await btn.click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', 'fixture-undated-talks');
  await expect(page.getByTestId('event-date')).toHaveText('Undated');
});
