import type { MetadataRoute } from 'next';
import { getDataset } from '@/lib/data/server';
import { absoluteUrl, actorPath, documentPath, eventPath } from '@/lib/pages/seo';

export const dynamic = 'force-static';

/** Every page a reader can cite: the explorer, and one page per event, actor and document. */
export default function sitemap(): MetadataRoute.Sitemap {
  const d = getDataset();
  return [
    { url: absoluteUrl('/') },
    ...d.events.map((e) => ({ url: absoluteUrl(eventPath(e.id))})),
    ...d.actors.map((a) => ({ url: absoluteUrl(actorPath(a.id)) })),
    ...d.documents.map((doc) => ({ url: absoluteUrl(documentPath(doc.id)), lastModified: doc.published })),
  ];
}
