import { buildSet } from '/work/main/lib/eval/sets';
import { clean } from '/work/main/lib/compile/clean';
const set = buildSet('blind-2' as any, '/work/main', {});
for (const d of set.inputs.documents as any[]) { const c = clean(d); console.log(d.id, d.meta?.kind, c.removed.filter((r: any) => r.reason === 'timecode').map((r: any) => JSON.stringify(d.body.slice(r.start, r.end))).slice(0, 3).join(' '), c.removed.filter((r: any) => r.reason === 'timecode').length); }
