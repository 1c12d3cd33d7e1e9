import type { DatasetEvent } from '@/lib/schema';

const STAGE_LABEL: Record<string, string> = {
  trigger: 'Trigger',
  participants: 'Participants',
  respondsTo: 'Responds to',
  status: 'Status',
  date: 'Date',
  place: 'Place',
  role: 'Kind',
  cluster: 'Grouped',
  occasion: 'Occasion',
  merge: 'Merged',
};

/**
 * Why the event exists: the compiler's rules that fired, by stage
 * ("Trigger met-with · Participants subject-object · Date weekday-before-publication").
 * A native disclosure (keyboard and screen readers for free), closed by default.
 */
export function WhyList({ rules }: { rules: DatasetEvent['rules'] }) {
  if (!rules || !rules.length) return null;
  const byStage = new Map<string, string[]>();
  for (const r of rules) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), r.rule]);
  return (
    <details className="text-xs text-slate-700" data-testid="why-list">
      <summary className="cursor-pointer font-semibold uppercase tracking-wide text-slate-600">Why this event ({rules.length} rules)</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {[...byStage].map(([stage, ids]) => (
          <div key={stage} className="contents">
            <dt className="text-slate-600">{STAGE_LABEL[stage] ?? stage}</dt>
            <dd>
              {ids.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <code className="rounded bg-slate-100 px-1">{id}</code>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
