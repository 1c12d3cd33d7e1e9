import { compile } from '../lib/compile';
import { buildSet, type SetName } from '../lib/eval/sets';
const [setName, docId] = process.argv.slice(2);
const set = buildSet(setName as SetName, process.cwd(), {});
set.inputs.documents = set.inputs.documents.filter((d: any) => !docId || d.id === docId);
const r = compile(set.inputs);
for (const e of (r.dataset as any).events) console.log(e.type, e.status, e.date?.value ?? e.date, JSON.stringify(e.participants?.map((p: any) => p.actor ?? p.id ?? p)), '|', (e.evidence?.[0]?.quote ?? '').slice(0, 140));
