'use client';
import { useState } from 'react';
import { SLICE_LABEL, SLICE_MODES, type SliceMode } from '@/lib/ui/slice';

/** What the network shows of time: everything, up to the window's end, or the window only. */
export function SliceControl({ slice: fromUrl, onSlice: report }: { slice: SliceMode; onSlice: (s: SliceMode) => void }) {
  // the choice shows at once; the URL follows a moment later and then wins again
  const [pending, setPending] = useState<{ base: SliceMode; value: SliceMode } | null>(null);
  const slice = pending && pending.base === fromUrl ? pending.value : fromUrl;
  const onSlice = (m: SliceMode) => {
    setPending({ base: fromUrl, value: m });
    report(m);
  };
  return (
    <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs" data-testid="slice">
      <legend className="sr-only">The network shows events</legend>
      <span aria-hidden="true" className="font-semibold">
        Shows:
      </span>
      {SLICE_MODES.map((m) => (
        <label key={m} className="inline-flex items-center gap-1">
          <input
            type="radio"
            name="network-slice"
            value={m}
            checked={slice === m}
            onChange={() => onSlice(m)}
            className="accent-slate-900"
            data-testid={m === 'window' ? 'follow' : `slice-${m}`}
          />
          {SLICE_LABEL[m]}
        </label>
      ))}
    </fieldset>
  );
}
