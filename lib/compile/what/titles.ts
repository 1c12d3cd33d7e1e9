/**
 * Short human titles: "Anna Alder and Boris Birch speak by phone",
 * "Boris Birch meets Carla Cedar in Avalon", "Carla Cedar: statement …".
 */
import type { EventStatus, EventType } from '../../schema';

export interface TitleInput {
  type: EventType;
  status: EventStatus;
  /** display names, main participants first */
  names: string[];
  location: string | null;
  /** for statements: the names of those answered */
  respondsTo?: string[];
  /** for statements: a quoted phrase or the first words, if any */
  gist?: string | null;
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function where(location: string | null): string {
  return location ? ` in ${location}` : '';
}

/** The name a title uses for an actor id with no entry: the id made readable ("ana-kovac" → "Ana Kovac"). */
export function readableId(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function eventTitle(t: TitleInput): string {
  const n = t.names;
  let title: string;
  switch (t.type) {
    case 'call':
      title = n.length >= 2 ? `${list(n.slice(0, 3))} speak by phone` : n.length === 1 ? `${n[0]}: phone call` : 'Phone call';
      break;
    case 'meeting':
      title =
        n.length === 2
          ? `${n[0]} meets ${n[1]}${where(t.location)}`
          : n.length > 2
            ? `${n[0]} meets ${n[1]}${where(t.location)}, with ${n.length - 2} other${n.length > 3 ? 's' : ''}`
            : n.length === 1
              ? `${n[0]}: meeting${where(t.location)}`
              : `Meeting${where(t.location)}`;
      break;
    case 'visit':
      title = `${n.length ? list(n.slice(0, 2)) : 'Visit'}${n.length ? (n.length > 1 ? ' visit' : ' visits') : ''}${t.location ? ` ${t.location.split(',')[0].trim()}` : ''}`;
      break;
    case 'agreement':
      title = n.length ? `${list(n.slice(0, 3))} ${n.length > 1 ? 'agree' : 'agrees'}` : 'Agreement';
      break;
    case 'statement': {
      const who = n[0] ?? 'Statement';
      if (t.respondsTo && t.respondsTo.length) title = `${who} responds to ${list(t.respondsTo.slice(0, 2))}`;
      else if (t.gist) title = `${who}: “${t.gist}”`;
      else title = `${who}: statement`;
      break;
    }
  }
  if (t.status === 'planned') return `Planned: ${title}`;
  if (t.status === 'cancelled') return `Called off: ${title}`;
  if (t.status === 'denied') return `Denied: ${title}`;
  return title;
}

/** A short gist of a statement: its first quoted words, else null. */
export function statementGist(text: string, maxWords = 8): string | null {
  const m = /[“"]([^”"]{8,})[”"]/.exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  const cut = words.slice(0, maxWords).join(' ').replace(/[,;:.]+$/, '');
  return words.length > maxWords ? `${cut}…` : cut;
}
