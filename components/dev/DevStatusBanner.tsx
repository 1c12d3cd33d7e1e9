'use client';
/**
 * Development only (`npm run dev`): polls /data/status.json, written by the
 * dev loop after every compile, and shows the data problems of a failed
 * compile over the page — which keeps showing the last good dataset. When the
 * first good dataset appears after a start without one, the page reloads.
 */
import { useEffect, useRef, useState } from 'react';

interface DevStatus {
  ok: boolean;
  hash: string | null;
  errors: number;
  warnings: number;
  problems: string[];
}

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const SHOWN = 12;

export default function DevStatusBanner() {
  const [status, setStatus] = useState<DevStatus | null>(null);
  const firstHash = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'development') return;
    let alive = true;
    let busy = false;
    const poll = async () => {
      if (busy) return;
      busy = true;
      try {
        const res = await fetch(`${BASE}/data/status.json`, { cache: 'no-store' });
        const next = res.ok ? ((await res.json()) as DevStatus) : null;
        if (!alive) return;
        if (next && firstHash.current === null && next.hash) window.location.reload();
        if (next && firstHash.current === undefined) firstHash.current = next.hash;
        setStatus(next && !next.ok ? next : null);
      } catch {
        // the dev server is restarting: try again on the next tick
      } finally {
        busy = false;
      }
    };
    void poll();
    const timer = setInterval(poll, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  if (!status) return null;
  const more = status.problems.length - SHOWN;
  return (
    <div
      role="alert"
      data-testid="dev-status"
      className="fixed inset-x-2 bottom-2 z-50 max-h-[40vh] overflow-auto rounded border-2 border-red-700 bg-red-50 p-3 text-sm text-red-950 shadow-lg"
    >
      <p className="font-semibold">
        {status.errors} error{status.errors === 1 ? '' : 's'} in data/:{' '}
        {status.hash ? 'the page shows the last good dataset' : 'there is no good dataset to show yet'} — fix and save to retry.
      </p>
      <ul className="mt-1 list-disc pl-5 font-mono text-xs">
        {status.problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-1 text-xs">…and {more} more (see the terminal)</p> : null}
    </div>
  );
}
