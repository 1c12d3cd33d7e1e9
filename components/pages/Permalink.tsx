import { PageLink } from './PageLink';
import { actorPath, documentPath, eventPath } from '@/lib/pages/seo';

/** A real link to the page of what is open in the detail panel: citable. Not prefetched (one request per selection otherwise). */
export function Permalink({ event, actor, doc }: { event: string | null; actor: string | null; doc: string | null }) {
  const [href, what] = doc ? [documentPath(doc), 'document'] : event ? [eventPath(event), 'event'] : actor ? [actorPath(actor), 'actor'] : [null, null];
  if (!href) return null;
  return (
    <p className="mb-2 text-right text-xs">
      <PageLink href={href} className="text-blue-800 underline" data-testid="permalink">
        Page of this {what} ↗
      </PageLink>
    </p>
  );
}
