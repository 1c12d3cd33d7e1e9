import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures';
import { initialWindow, toTimelineItem, toTimelineItems, windowAround } from './timeline';

const none = { event: null, actor: null };

describe('toTimelineItems', () => {
  it('keeps dated events as items and returns undated ones apart', () => {
    const { items, undated } = toTimelineItems(FIXTURE, none);
    expect(items.map((i) => i.id).sort()).toEqual(
      ['agreement-2025-anna-berg-trade-bloc', 'call-2025-02-anna-berg-ivan-petrov', 'meeting-2025-03-04-anna-berg-ivan-petrov'].sort(),
    );
    expect(undated.map((e) => e.id)).toEqual(['statement-ivan-petrov-rejects']);
  });

  it('shows a day as a box and a month or year as a range over the whole period', () => {
    const { items } = toTimelineItems(FIXTURE, none);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('meeting-2025-03-04-anna-berg-ivan-petrov')).toMatchObject({ type: 'box', start: '2025-03-04' });
    expect(byId.get('meeting-2025-03-04-anna-berg-ivan-petrov')?.end).toBeUndefined();
    expect(byId.get('call-2025-02-anna-berg-ivan-petrov')).toMatchObject({ type: 'range', group: 'period', start: '2025-02-01', end: '2025-03-01' });
    expect(byId.get('call-2025-02-anna-berg-ivan-petrov')?.className).toContain('precision-month');
    expect(byId.get('agreement-2025-anna-berg-trade-bloc')).toMatchObject({ type: 'range', start: '2025-01-01', end: '2026-01-01' });
  });

  it('classes items by type and status', () => {
    const { items } = toTimelineItems(FIXTURE, none);
    const agreement = items.find((i) => i.id.startsWith('agreement'))!;
    expect(agreement.className).toContain('type-agreement');
    expect(agreement.className).toContain('status-planned');
    expect(agreement.content).toContain('(planned)');
  });

  it('escapes HTML in titles so it stays inert', () => {
    const { items } = toTimelineItems(FIXTURE, none);
    const call = items.find((i) => i.id.startsWith('call'))!;
    expect(call.content).not.toContain('<img');
    expect(call.content).toContain('&lt;img');
    expect(call.title).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(call.title).not.toContain('<img');
  });

  it('marks the selected actor’s events as related and the selected event', () => {
    const { items } = toTimelineItems(FIXTURE, { event: 'meeting-2025-03-04-anna-berg-ivan-petrov', actor: 'trade-bloc' });
    const related = items.filter((i) => i.className.split(' ').includes('is-related')).map((i) => i.id);
    expect(related).toEqual(['agreement-2025-anna-berg-trade-bloc']);
    expect(items.find((i) => i.id.startsWith('meeting'))!.className).toContain('is-selected');
  });

  it('fits an initial window around day events', () => {
    const { items } = toTimelineItems(FIXTURE, none);
    expect(initialWindow(items)).toEqual({ start: '2025-03-02', end: '2025-03-07' });
    expect(initialWindow([])).toBeNull();
  });

  it('picks the busiest stretch when exact days spread over months', () => {
    const box = (id: string, start: string) => ({ id, content: id, start, type: 'box' as const, group: 'day' as const, className: '', title: '' });
    const items = [box('a', '2025-01-02'), box('b', '2025-02-10'), box('c', '2025-02-12'), box('d', '2025-02-18'), box('e', '2025-05-01')];
    expect(initialWindow(items)).toEqual({ start: '2025-02-08', end: '2025-02-21' });
    expect(windowAround(box('x', '2025-02-18'))).toEqual({ start: '2025-02-11', end: '2025-02-25' });
  });
});

describe('itemClass', () => {
  it('names the event with a safe class', async () => {
    const { itemClass } = await import('./timeline');
    expect(itemClass('a.b:c d')).toBe('ev-a_b_c_d');
  });
});

describe('week-precision events', () => {
  it('spans the stated week instead of a fake day', () => {
    const e = {
      ...FIXTURE.events[0],
      id: 'call-week',
      date: '2025-02-12',
      dateInfo: { expression: 'last week', reference: 'published 2025-02-18', precision: 'week' as const, range: { from: '2025-02-10', to: '2025-02-16' } },
    };
    const item = toTimelineItem(e, { event: null, actor: null });
    expect(item).toMatchObject({ type: 'range', group: 'period', start: '2025-02-10', end: '2025-02-17' });
    expect(item?.className).toContain('precision-week');
  });
});
