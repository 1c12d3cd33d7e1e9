/** Test helper of the statement passes: one invented document compiled with the given actors, its statements read back. */
import { compile } from '../index';
import type { CompileInputs, SourceDoc } from '../types';

export type TestActor = CompileInputs['actors'][number];

/** a person of the invented cast, known by their surname too */
export function person(id: string, name: string): TestActor {
  return { id, name, kind: 'person', aliases: [name.split(' ').pop()!], titles: [] };
}

/** the statements compiled from one document (`body`, published 2025-03-04): speaker first, and the rules that fired */
export function compiledStatements(
  body: string,
  actors: TestActor[],
  meta: { title?: string; kind?: string } = {},
): { speaker: string; participants: string[]; rules: string[] }[] {
  const inputs: CompileInputs = {
    documents: [
      {
        id: 't',
        file: 'data/documents/t.md',
        meta: { title: meta.title ?? 't', outlet: 'o', published: '2025-03-04', kind: meta.kind ?? 'article' } as SourceDoc['meta'],
        body: `${body}\n`,
        bodyLine: 7,
      },
    ],
    actors,
    places: [],
    lexicon: { outlets: [], notPeople: [] },
    corrections: [],
    problems: [],
  };
  const r = compile(inputs);
  return (r.dataset.events as { type: string; participants: string[]; rules?: { rule: string }[] }[])
    .filter((e) => e.type === 'statement')
    .map((e) => ({ speaker: e.participants[0], participants: e.participants, rules: (e.rules ?? []).map((w) => w.rule) }));
}
