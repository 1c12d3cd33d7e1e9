import { describe, expect, it } from 'vitest';
import { keyAction } from './keys';

describe('presentation keys', () => {
  it('moves with clicker keys and stays within the deck', () => {
    expect(keyAction({ key: 'ArrowRight' }, 1, 5, '')).toEqual({ kind: 'go', step: 2 });
    expect(keyAction({ key: ' ' }, 5, 5, '')).toEqual({ kind: 'go', step: 5 });
    expect(keyAction({ key: ' ', shiftKey: true }, 3, 5, '')).toEqual({ kind: 'go', step: 2 });
    expect(keyAction({ key: 'PageDown' }, 2, 5, '')).toEqual({ kind: 'go', step: 3 });
    expect(keyAction({ key: 'PageUp' }, 1, 5, '')).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'ArrowLeft' }, 4, 5, '')).toEqual({ kind: 'go', step: 3 });
    expect(keyAction({ key: 'Home' }, 4, 5, '')).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'End' }, 1, 5, '')).toEqual({ kind: 'go', step: 5 });
  });

  it('jumps to a typed number on Enter; Esc clears the number, then leaves', () => {
    expect(keyAction({ key: '1' }, 1, 20, '')).toEqual({ kind: 'digits', buffer: '1' });
    expect(keyAction({ key: '2' }, 1, 20, '1')).toEqual({ kind: 'digits', buffer: '12' });
    expect(keyAction({ key: 'Enter' }, 1, 20, '12')).toEqual({ kind: 'go', step: 12 });
    expect(keyAction({ key: 'Enter' }, 1, 20, '99')).toEqual({ kind: 'go', step: 20 });
    expect(keyAction({ key: 'Escape' }, 1, 20, '9')).toEqual({ kind: 'digits', buffer: '' });
    expect(keyAction({ key: 'Escape' }, 1, 20, '')).toEqual({ kind: 'exit' });
    expect(keyAction({ key: 'x' }, 1, 20, '')).toEqual({ kind: 'none' });
  });
});
