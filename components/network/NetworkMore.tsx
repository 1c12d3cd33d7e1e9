/** "Showing 150 of 1,338 actors — show 150 more": the network draws the most active actors first. */
interface Props {
  shown: number;
  total: number;
  step: number;
  onMore: () => void;
}

export function NetworkMore({ shown, total, step, onMore }: Props) {
  if (total <= shown) return null;
  const more = Math.min(step, total - shown);
  return (
    <p className="flex items-center gap-2 px-2 py-1 text-xs text-slate-700 lg:absolute lg:bottom-1 lg:left-1 lg:z-10 lg:rounded lg:bg-white/90" data-testid="network-more">
      <span role="status">
        The {shown.toLocaleString('en-GB')} most active of {total.toLocaleString('en-GB')} actors
      </span>
      <button type="button" onClick={onMore} className="rounded border border-slate-500 px-1.5 py-0.5 font-semibold text-slate-900 hover:bg-slate-100">
        Show {more.toLocaleString('en-GB')} more
      </button>
    </p>
  );
}
