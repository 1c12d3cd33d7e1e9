import type { Pane } from '@/lib/url-state';

const PANES: { id: Pane; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'network', label: 'Network' },
  { id: 'details', label: 'Details' },
];

/** On a phone the explorer shows one pane at a time; these tabs switch (hidden from sm up). */
export function PaneTabs({ pane, onPane, hasDetail }: { pane: Pane; onPane: (p: Pane) => void; hasDetail: boolean }) {
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = PANES.findIndex((p) => p.id === pane);
    const to = e.key === 'ArrowRight' ? (i + 1) % PANES.length : e.key === 'ArrowLeft' ? (i + PANES.length - 1) % PANES.length : -1;
    if (to < 0) return;
    e.preventDefault();
    onPane(PANES[to].id);
    requestAnimationFrame(() => document.getElementById(`pane-tab-${PANES[to].id}`)?.focus());
  };
  return (
    <div role="tablist" aria-label="Explorer views" className="flex border-b border-slate-300 bg-slate-50 sm:hidden" onKeyDown={onKeyDown} data-testid="pane-tabs">
      {PANES.map((p) => (
        <button
          key={p.id}
          id={`pane-tab-${p.id}`}
          type="button"
          role="tab"
          aria-selected={pane === p.id}
          aria-controls={`pane-${p.id}`}
          tabIndex={pane === p.id ? 0 : -1}
          onClick={() => onPane(p.id)}
          className={`flex-1 px-2 py-2 text-sm font-semibold ${pane === p.id ? 'border-b-4 border-slate-900 text-slate-900' : 'text-slate-700'}`}
          data-testid={`pane-${p.id}`}
        >
          {p.label}
          {p.id === 'details' && hasDetail ? ' •' : ''}
        </button>
      ))}
    </div>
  );
}
