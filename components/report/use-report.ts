'use client';
/**
 * Fetches `${basePath}/data/report.json`; in development polls
 * /data/version.json about every second and refetches when it changes.
 */
import { useEffect, useState } from 'react';
import type { Report } from '@/lib/editor/report-schema';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export type ReportState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; report: Report };

function looksLikeReport(j: unknown): j is Report {
  if (!j || typeof j !== 'object') return false;
  const r = j as Record<string, unknown>;
  return r.schemaVersion === 1 && Array.isArray(r.documents) && Array.isArray(r.discovered) && Array.isArray(r.problems) && typeof r.summary === 'object';
}

export function useReport(): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let version: string | null = null;
    const fetchReport = async () => {
      try {
        const res = await fetch(`${BASE}/data/report.json`, { cache: 'no-store' });
        if (!res.ok) throw new Error(`could not load ${BASE}/data/report.json (HTTP ${res.status}); run “npm run compile”`);
        const json: unknown = await res.json();
        if (!looksLikeReport(json)) throw new Error('report.json is not a Parley report; run “npm run compile” again');
        if (!cancelled) setState({ status: 'ready', report: json });
      } catch (e) {
        if (!cancelled) setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    };
    void fetchReport();
    if (process.env.NODE_ENV !== 'development') return () => void (cancelled = true);
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`${BASE}/data/version.json`, { cache: 'no-store' });
        if (!res.ok) return;
        const v = (await res.json()) as { hash?: unknown };
        const hash = typeof v.hash === 'string' ? v.hash : null;
        if (hash && version && hash !== version) void fetchReport();
        version = hash ?? version;
      } catch {
        /* the dev server is restarting */
      }
    }, 1000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);
  return state;
}
