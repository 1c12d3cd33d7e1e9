/**
 * "The 150 most active of 1,338 actors — show 150 more" and "the 1,500 strongest of 5,973 links — show all":
 * the network draws the most active actors and the links with the most events first.
 */
import { formatCount } from '@/lib/format';

interface Props {
  shown: number;
  total: number;
  step: number;
  onMore: () => void;
  links: number;
  linkTotal: number;
  onAllLinks: () => void;
}

const n = formatCount;
const BUTTON = 'rounded border border-slate-500 px-1.5 py-0.5 font-semibold text-slate-900 hover:bg-slate-100';

export function NetworkMore({ shown, total, step, onMore, links, linkTotal, onAllLinks }: Props) {
  const moreActors = total > shown;
  const moreLinks = linkTotal > links;
  if (!moreActors && !moreLinks) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 px-2 py-1 text-xs text-slate-700 lg:absolute lg:bottom-1 lg:left-1 lg:z-10 lg:rounded lg:bg-white/90" data-testid="network-more">
      <span role="status">
        {moreActors ? `The ${n(shown)} most active of ${n(total)} actors` : `${n(shown)} actors`}
        {moreLinks ? `; the ${n(links)} links with the most events of ${n(linkTotal)}` : ''}
      </span>
      {moreActors && (
        <button type="button" onClick={onMore} className={BUTTON}>
          Show {n(Math.min(step, total - shown))} more
        </button>
      )}
      {moreLinks && (
        <button type="button" onClick={onAllLinks} className={BUTTON} data-testid="network-all-links">
          Show all {n(linkTotal)} links
        </button>
      )}
    </p>
  );
}
