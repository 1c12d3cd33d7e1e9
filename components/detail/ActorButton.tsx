import type { DatasetActor } from '@/lib/schema';

export function ActorButton({ actor, onSelect }: { actor: DatasetActor; onSelect: (id: string) => void }) {
  return (
    <button
      type="button"
      onClick={() => onSelect(actor.id)}
      className="rounded-full border border-slate-400 bg-white px-2 py-0.5 text-sm text-slate-900 hover:bg-slate-100"
      data-actor={actor.id}
    >
      {actor.name}
    </button>
  );
}
