/**
 * Presentation keys, as clickers and keyboards send them: → Space PageDown
 * next, ← PageUp Shift+Space previous, Home/End first/last, digits then Enter
 * to jump, Esc leave. Pure: key + typed digits → what to do.
 */
export type KeyAction =
  | { kind: 'go'; step: number }
  | { kind: 'digits'; buffer: string }
  | { kind: 'exit' }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
}

export function keyAction(k: KeyInput, current: number, total: number, buffer: string): KeyAction {
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, total));
  if (/^[0-9]$/.test(k.key)) return { kind: 'digits', buffer: (buffer + k.key).replace(/^0+/, '').slice(0, 5) };
  if (k.key === 'Backspace' && buffer) return { kind: 'digits', buffer: buffer.slice(0, -1) };
  if (k.key === 'Enter' && buffer) return { kind: 'go', step: clamp(Number(buffer)) };
  if (k.key === 'Escape') return buffer ? { kind: 'digits', buffer: '' } : { kind: 'exit' };
  switch (k.key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'ArrowDown':
      return { kind: 'go', step: clamp(current + 1) };
    case ' ':
      return { kind: 'go', step: clamp(current + (k.shiftKey ? -1 : 1)) };
    case 'ArrowLeft':
    case 'PageUp':
    case 'ArrowUp':
      return { kind: 'go', step: clamp(current - 1) };
    case 'Home':
      return { kind: 'go', step: 1 };
    case 'End':
      return { kind: 'go', step: clamp(total) };
    default:
      return { kind: 'none' };
  }
}
