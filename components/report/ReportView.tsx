'use client';
/**
 * The editors' report at /report/: what the compiler found in each document,
 * who it discovered, what it was unsure of, what changed, what went wrong.
 */
import Link from 'next/link';
import { useState } from 'react';
import type { Report } from '@/lib/editor/report-schema';
import { useReport } from './use-report';
import { actorHref, Empty, eventHref, EventRow, Plural, Section } from './parts';

export default function ReportView() {
  const state = useReport();
  if (state.status === 'loading') return <p className="p-6 text-slate-600">Loading the report…</p>;
  if (state.status === 'error')
    return (
      <p role="alert" className="m-6 rounded border border-red-300 bg-red-50 p-4 text-red-900">
        {state.error}
      </p>
    );
  return <ReportBody report={state.report} />;
}

function ReportBody({ report: r }: { report: Report }) {
  const s = r.summary;
  const errors = r.problems.filter((p) => p.severity === 'error');
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-3">
        <h1 className="text-2xl font-bold">Editors’ report</h1>
        <Link href="/" className="text-sm text-blue-800 underline">
          ← back to the timeline and network
        </Link>
      </header>

      <nav aria-label="Sections" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-blue-800">
        {[
          ['problems', 'Problems'],
          ['changes', 'Changes'],
          ['documents', 'Documents'],
          ['discovered', 'New people'],
          ['undated', 'Undated'],
          ['low-confidence', 'Unsure'],
          ['merges', 'Merged'],
          ['disagreements', 'Disagreements'],
          ['corrections', 'Corrections'],
        ].map(([id, label]) => (
          <a key={id} href={`#${id}`} className="underline">
            {label}
          </a>
        ))}
      </nav>

      <section aria-label="Summary" className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="documents" value={s.documents} />
        <Stat label="events" value={s.events} detail={Object.entries(s.eventsByType).map(([k, v]) => `${v} ${k}`).join(', ')} />
        <Stat label="people & groups" value={s.actors} detail={`${s.discovered} found in no data file`} />
        <Stat label="links" value={s.edges} detail={`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`} />
      </section>

      <Section id="problems" title="Problems" count={r.problems.length} intro="Errors stop the site from updating; warnings don’t. Each names the file and line to fix.">
        {r.problems.length === 0 ? (
          <Empty>No problems.</Empty>
        ) : (
          <ul className="space-y-1 text-sm">
            {[...errors, ...warnings].map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'text-red-900' : 'text-amber-900'}>
                <span className="font-mono">
                  {p.file}
                  {p.line != null ? `:${p.line}` : ''}
                </span>{' '}
                {p.field && <span className="font-mono text-slate-600">{p.field} </span>}
                <strong>{p.severity}</strong>: {p.message}
                {p.hint && <span className="text-slate-700"> — {p.hint}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="changes" title="Since the last compile" intro="Events added, removed or changed by the last edit.">
        {!r.changes.previous ? (
          <Empty>First compile: nothing to compare with.</Empty>
        ) : r.changes.added.length + r.changes.removed.length + r.changes.changed.length === 0 ? (
          <Empty>No event changed.</Empty>
        ) : (
          <div className="space-y-3">
            {r.changes.added.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-green-800">Added</h3>
                <ul>{r.changes.added.map((e) => <EventRow key={e.id} e={e} />)}</ul>
              </div>
            )}
            {r.changes.removed.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-red-800">Removed</h3>
                <ul className="text-sm">
                  {r.changes.removed.map((e) => (
                    <li key={e.id}>
                      <span className="font-mono text-xs">{e.date ?? 'no date'}</span> {e.type}: {e.title} <span className="font-mono text-xs text-slate-400">{e.id}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {r.changes.changed.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-slate-800">Changed</h3>
                <ul className="space-y-1 text-sm">
                  {r.changes.changed.map((c) => (
                    <li key={c.id}>
                      <Link href={eventHref(c.id)} className="text-blue-800 underline">
                        {c.title}
                      </Link>
                      <ul className="ml-4 list-disc">
                        {c.fields.map((f) => (
                          <li key={f.field}>
                            {f.field}: <del className="text-red-800">{f.before}</del> → <ins className="text-green-800">{f.after}</ins>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </Section>

      <Section id="documents" title="Documents" count={r.documents.length} intro="Each document and the events found in it.">
        <ul className="space-y-4">
          {r.documents.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 p-3" data-testid="report-document">
              <div className="font-medium">{d.title}</div>
              <div className="text-xs text-slate-600">
                {d.outlet} · {d.published} · {d.kind} · <span className="font-mono">data/documents/{d.id}.md</span>
                {d.url && /^https?:\/\//i.test(d.url) && (
                  <>
                    {' · '}
                    <a href={d.url} rel="noopener noreferrer" target="_blank" className="underline">
                      original
                    </a>
                  </>
                )}
              </div>
              {d.events.length === 0 ? <Empty>No event found in this document.</Empty> : <ul className="mt-1">{d.events.map((e) => <EventRow key={e.id} e={e} />)}</ul>}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="discovered"
        title="People found in no data file"
        count={r.discovered.length}
        intro="The compiler found these names in the text. If one is right, paste its snippet into data/actors.yaml (fix the role and affiliation); if it is not a person, add the words to data/lexicon.yaml under notPeople."
      >
        {r.discovered.length === 0 ? (
          <Empty>Nobody new.</Empty>
        ) : (
          <ul className="space-y-3">
            {r.discovered.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3" data-testid="report-discovered">
                <Link href={actorHref(p.id)} className="font-medium text-blue-800 underline">
                  {p.name}
                </Link>{' '}
                <span className="font-mono text-xs text-slate-500">{p.id}</span>
                <div className="text-xs text-slate-600">
                  written as: {p.surfaceForms.join(' · ') || p.name} · <Plural n={p.eventIds.length} one="event" />
                </div>
                {p.sentences.map((q, i) => (
                  <blockquote key={i} className="mt-1 border-l-4 border-slate-300 pl-2 text-sm text-slate-800">
                    {q.text} <span className="text-xs text-slate-500">({q.documentId})</span>
                  </blockquote>
                ))}
                <Snippet text={p.yaml} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="undated" title="Events without a date" count={r.undated.length} intro="Not on the timeline. Give them a date with an edit-event correction.">
        {r.undated.length === 0 ? <Empty>Every event has a date.</Empty> : <ul>{r.undated.map((e) => <EventRow key={e.id} e={e} />)}</ul>}
      </Section>

      <Section id="low-confidence" title="Events the compiler is unsure of" count={r.lowConfidence.length} intro="Confidence below 50%: check the evidence, then keep, edit or drop them.">
        {r.lowConfidence.length === 0 ? (
          <Empty>None.</Empty>
        ) : (
          <ul>
            {r.lowConfidence.map((e) => (
              <EventRow key={e.id} e={e} extra={<span className="text-xs text-amber-800">{Math.round(e.confidence * 100)}%</span>} />
            ))}
          </ul>
        )}
      </Section>

      <Section id="merges" title="Events merged across documents" count={r.merges.length} intro="Reports of the same event in several documents, taken as one. Split one with a split-event correction if it is wrong.">
        {r.merges.length === 0 ? (
          <Empty>None.</Empty>
        ) : (
          <ul className="text-sm">
            {r.merges.map((m) => (
              <li key={m.eventId} className="py-1">
                <Link href={eventHref(m.eventId)} className="text-blue-800 underline">
                  {m.title}
                </Link>{' '}
                — from {m.documentIds.join(', ')}
                {m.reasons?.length ? <span className="block text-xs text-slate-700">why: {m.reasons.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="disagreements" title="Where sources disagree" count={r.disagreements.length}>
        {r.disagreements.length === 0 ? (
          <Empty>No disagreement between sources.</Empty>
        ) : (
          <ul className="space-y-2 text-sm">
            {r.disagreements.map((d, i) => (
              <li key={i}>
                <Link href={eventHref(d.eventId)} className="text-blue-800 underline">
                  {d.title}
                </Link>{' '}
                — {d.field}:{' '}
                {d.values.map((v, j) => (
                  <span key={j}>
                    {j > 0 && ' vs '}“{v.value ?? 'none'}” ({v.documentIds.join(', ')})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="corrections" title="Corrections (data/corrections.yaml)" count={r.corrections.length}>
        {r.corrections.length === 0 ? (
          <Empty>No corrections.</Empty>
        ) : (
          <ul className="space-y-1 text-sm">
            {r.corrections.map((c) => (
              <li key={c.index} className={c.applied ? 'text-slate-800' : 'text-red-900'}>
                <span className="font-mono text-xs">line {c.line ?? '?'}</span> <strong>{c.op}</strong> {c.applied ? '✓' : '✗ matched nothing:'} {c.message}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p className="mt-10 text-xs text-slate-500">dataset version {r.hash}</p>
    </main>
  );
}

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="rounded border border-slate-200 p-3">
      <div className="text-2xl font-bold">{value}</div>
      <div className="text-sm text-slate-700">{label}</div>
      {detail && <div className="text-xs text-slate-500">{detail}</div>}
    </div>
  );
}

function Snippet({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs text-blue-800">YAML for data/actors.yaml</summary>
      <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs">{text}</pre>
      <button
        type="button"
        className="mt-1 rounded border border-slate-300 px-2 py-0.5 text-xs"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => setCopied(true));
        }}
      >
        {copied ? 'copied' : 'copy'}
      </button>
    </details>
  );
}
