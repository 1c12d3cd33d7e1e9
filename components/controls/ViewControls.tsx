import type { View } from '@/lib/url-state';

interface Props {
  view: View;
  follow?: boolean;
  onView: (v: View) => void;
  /** without it, no checkbox (the network section has its own slice control) */
  onFollow?: (f: boolean) => void;
}

export function ViewControls({ view, follow, onView, onFollow }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <div role="group" aria-label="View" className="inline-flex overflow-hidden rounded border border-slate-500">
        {(['charts', 'table'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => onView(v)}
            data-testid={`view-${v}`}
            className={`px-3 py-1 ${view === v ? 'bg-slate-900 text-white' : 'bg-white text-slate-900 hover:bg-slate-100'}`}
          >
            {v === 'charts' ? 'Charts' : 'Table'}
          </button>
        ))}
      </div>
      {view === 'charts' && onFollow && (
        <label className="inline-flex items-center gap-1.5 text-slate-900">
          <input type="checkbox" checked={follow} onChange={(e) => onFollow(e.target.checked)} className="h-4 w-4 accent-slate-900" data-testid="follow" />
          Network follows timeline
        </label>
      )}
    </div>
  );
}
