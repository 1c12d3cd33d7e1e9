import { expect, test, type Page } from '@playwright/test';
import { busiestActor, collectErrors, loadDataset, mainMeeting, type E2eDataset } from './helpers';

/** The pages of the sample's main meeting, its busiest actor and the document with the most quotes. */
async function targets(page: Page) {
  const d = (await loadDataset(page)) as E2eDataset & { documents: { id: string; title: string; outlet: string; kind: string }[] };
  const event = mainMeeting(d)!;
  const actor = busiestActor(d)!;
  const quotes = new Map<string, number>();
  for (const e of d.events) for (const q of e.evidence) quotes.set(q.documentId, (quotes.get(q.documentId) ?? 0) + 1);
  const doc = [...d.documents].sort((a, b) => (quotes.get(b.id) ?? 0) - (quotes.get(a.id) ?? 0) || a.id.localeCompare(b.id))[0];
  return { d, event, actor, doc };
}

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const raw = await page.locator('script[type="application/ld+json"]').first().textContent();
  return JSON.parse(raw!) as Record<string, unknown>;
}

for (const js of [false, true]) {
  test.describe(`reader pages with JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    test('an event page: facts, participants as links, quotes with originals first, JSON-LD Event, back to the explorer', async ({ page }) => {
      const errors = collectErrors(page);
      const { event, d } = await targets(page);
      await page.goto(`/events/${event.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      await expect(page).toHaveTitle(new RegExp(event.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(event.title);
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/og\.png$/);
      expect((await page.request.get('/og.png')).ok()).toBe(true);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      const ld = await jsonLd(page);
      expect(ld['@type']).toBe('Event');
      if (event.date) expect(ld.startDate).toBe(event.date);
      if (event.location) expect((ld.location as { name: string }).name).toBe(event.location);
      // every participant is a real link to their page
      for (const p of event.participants) await expect(page.locator(`a[href$="/actors/${p}/"]`).first()).toBeVisible();
      // every quote is there; original reports come before paraphrased copies and transcripts
      await expect(page.getByTestId('evidence')).toHaveCount(new Set(event.evidence.map((q) => `${q.documentId}:${q.quote}`)).size);
      const sources = await page.getByTestId('evidence-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
      const rank = { original: 0, paraphrase: 1, transcript: 2 } as Record<string, number>;
      expect(sources.map((s) => rank[s!])).toEqual([...sources.map((s) => rank[s!])].sort());
      if (sources.some((s) => s !== 'original')) await expect(page.getByTestId('source-label').first()).toBeVisible();
      // the explorer at this selection
      const back = page.getByTestId('open-in-explorer');
      expect(await back.getAttribute('href')).toBe(`/?event=${event.id}`);
      if (js) {
        await back.click();
        await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', event.id);
      }
      expect(d.events.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    test('an actor page: names used, events in order, counterparts ranked, contacts drawn, JSON-LD Person', async ({ page }) => {
      const errors = collectErrors(page);
      const { actor, d } = await targets(page);
      await page.goto(`/actors/${actor.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
      const ld = await jsonLd(page);
      expect(['Person', 'Organization', 'Country']).toContain(ld['@type']);
      const theirs = d.events.filter((e) => e.participants.includes(actor.id));
      await expect(page.getByTestId('actor-events').locator('li')).toHaveCount(theirs.length);
      const dates = await page.getByTestId('actor-events').locator('a[data-event]').evaluateAll((as) => as.map((a) => a.getAttribute('data-event')));
      const order = theirs.filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!)).map((e) => e.date);
      const shown = dates.map((id) => theirs.find((e) => e.id === id)!.date).filter(Boolean);
      expect(shown).toEqual(order);
      const counts = await page.getByTestId('counterparts').locator('li').evaluateAll((lis) => lis.map((li) => Number(li.textContent!.match(/— (\d+) event/)![1])));
      expect(counts.length).toBeGreaterThan(0);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      await expect(page.getByTestId('ego-network')).toBeVisible();
      // a counterpart's link leads to their page
      const first = page.getByTestId('counterparts').locator('a').first();
      const href = await first.getAttribute('href');
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/\//g, '\\/')}$`));
      await expect(page.getByTestId('actor-page')).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('a document page: the text as published, set-aside parts dimmed, quotes highlighted and linked, names linked', async ({ page }) => {
      const errors = collectErrors(page);
      const { doc, d } = await targets(page);
      await page.goto(`/documents/${doc.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title);
      expect((await jsonLd(page))['@type']).toBe('NewsArticle');
      const full = (await page.request.get('/data/dataset.json').then((r) => r.json())) as { documents: { id: string; text: string; kept: [number, number][] }[] };
      const text = full.documents.find((x) => x.id === doc.id)!;
      // the whole text is there, exactly
      const shown = await page.getByTestId('document-text').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.doc-event-link').forEach((a) => a.remove());
        return copy.textContent;
      });
      expect(shown).toBe(text.text);
      const keptChars = text.kept.reduce((s, [a, b]) => s + b - a, 0);
      if (keptChars < text.text.trim().length) await expect(page.locator('[data-testid="document-text"] .doc-aside').filter({ hasText: /\w/ }).first()).toBeVisible();
      const events = d.events.filter((e) => e.evidence.some((q) => q.documentId === doc.id));
      await expect(page.getByTestId('document-events').locator('li')).toHaveCount(events.length);
      await expect(page.locator('[data-testid="document-text"] mark.doc-quote').first()).toBeVisible();
      for (const e of events) await expect(page.locator(`[data-testid="document-text"] a.doc-event-link[data-event="${e.id}"]`).first()).toBeAttached();
      await expect(page.locator('[data-testid="document-text"] a.doc-mention').first()).toBeVisible();
      // a highlighted quote's link opens its event
      const link = page.locator('[data-testid="document-text"] a.doc-event-link').first();
      const id = await link.getAttribute('data-event');
      await link.click();
      await expect(page.getByTestId('event-page')).toHaveAttribute('data-event-id', id!);
      expect(errors).toEqual([]);
    });
  });
}

test('the sitemap lists every event, actor and document page', async ({ page }) => {
  const d = await loadDataset(page);
  const xml = await (await page.request.get('/sitemap.xml')).text();
  for (const e of d.events) expect(xml).toContain(`/events/${e.id}/`);
  for (const a of d.actors) expect(xml).toContain(`/actors/${a.id}/`);
  for (const doc of d.documents) expect(xml).toContain(`/documents/${doc.id}/`);
  expect((await page.request.get('/robots.txt')).ok()).toBe(true);
});

test('the explorer links what is open to its page', async ({ page }) => {
  const d = await loadDataset(page);
  const event = mainMeeting(d)!;
  await page.goto(`/?event=${event.id}`);
  const link = page.getByTestId('permalink');
  await expect(link).toHaveAttribute('href', `/events/${event.id}/`);
  await link.click();
  await expect(page.getByTestId('event-page')).toHaveAttribute('data-event-id', event.id);
});
