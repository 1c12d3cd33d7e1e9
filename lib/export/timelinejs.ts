/**
 * The visible events in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html):
 * one slide per dated event with its key quote and source. TimelineJS renders
 * `text` as HTML, so everything from the documents is escaped.
 */
import { escapeHtml, formatPartialDate, isHttpUrl } from '../format';
import { TYPE_STYLE } from '../ui/theme';
import type { Subset } from './subset';

export interface TjsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TjsSlide {
  unique_id: string;
  start_date: TjsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TjsSlide[];
}

export function tjsDate(date: string): TjsDate {
  const [y, m, d] = date.split('-').map(Number);
  const out: TjsDate = { year: y };
  if (m) out.month = m;
  if (d) out.day = d;
  out.display_date = formatPartialDate(date);
  return out;
}

export function toTimelineJs(s: Subset, title = 'Parley'): TimelineJs {
  const docs = new Map(s.documents.map((d) => [d.id, d]));
  const names = new Map(s.actors.map((a) => [a.id, a.name]));
  const events: TjsSlide[] = s.events
    .filter((e): e is typeof e & { date: string } => !!e.date)
    .map((e) => {
      const q = e.evidence[0];
      const d = q ? docs.get(q.documentId) : undefined;
      const who = e.participants.map((p) => names.get(p) ?? p).join(', ');
      const source = d
        ? `${escapeHtml(d.outlet)}, ${isHttpUrl(d.url) ? `<a href="${escapeHtml(d.url)}">${escapeHtml(d.title)}</a>` : `<i>${escapeHtml(d.title)}</i>`}, ${escapeHtml(formatPartialDate(d.published))}`
        : '';
      const parts = [
        who ? `<p>${escapeHtml(who)}${e.location ? ` · ${escapeHtml(e.location)}` : ''}</p>` : '',
        q ? `<blockquote>“${escapeHtml(q.quote)}”</blockquote>` : '',
        source ? `<p>— ${source}</p>` : '',
      ];
      return {
        unique_id: e.id,
        start_date: tjsDate(e.date),
        text: { headline: escapeHtml(e.title), text: parts.join('') },
        group: TYPE_STYLE[e.type].label,
      };
    });
  return { title: { text: { headline: escapeHtml(title), text: `<p>${events.length} events compiled by Parley from ${s.documents.length} documents.</p>` } }, events };
}
