import type { KeyItem } from './KeyboardList';

/**
 * What a list's button shows of an item (the charts' keyboard lists, a phone's list of the window's events): its
 * type's glyph on its colour (colour plus shape), its label and its second line.
 */
export function ItemFace({ item, glyphClassName = '' }: { item: KeyItem; glyphClassName?: string }) {
  return (
    <>
      {item.glyph && (
        <span aria-hidden="true" className={`inline-flex h-4 w-4 shrink-0 items-center justify-center rounded text-[10px] text-white ${glyphClassName}`} style={{ backgroundColor: item.color }}>
          {item.glyph}
        </span>
      )}
      <span>
        {item.label}
        {item.sub && <span className="block text-xs font-normal text-slate-700">{item.sub}</span>}
      </span>
    </>
  );
}
