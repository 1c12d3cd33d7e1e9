'use client';
/**
 * Keeps the projected window ("screen") and the presenter view on the same
 * step through a BroadcastChannel. Each announces the steps its own user moves
 * to and follows the other's; a presenter view that opens asks the screen
 * where it is (the screen is the one that answers). A followed step is never
 * re-announced, so the two cannot ping-pong.
 */
import { useCallback, useEffect, useRef } from 'react';

export type Role = 'screen' | 'presenter';
export type SyncMessage = { type: 'step'; deck: string; step: number; from: Role } | { type: 'hello'; deck: string; from: Role };

export const CHANNEL = 'parley-present';

export function useStepSync(deck: string | null, role: Role, step: number, onStep: (n: number) => void): (n: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ step, onStep });
  useEffect(() => {
    latest.current = { step, onStep };
  });
  useEffect(() => {
    if (!deck || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<SyncMessage>) => {
      const m = e.data;
      if (!m || m.deck !== deck || m.from === role) return;
      if (m.type === 'hello') {
        if (role === 'screen') ch.postMessage({ type: 'step', deck, step: latest.current.step, from: role } satisfies SyncMessage);
      } else if (m.type === 'step' && m.step !== latest.current.step) latest.current.onStep(m.step);
    };
    if (role === 'presenter') ch.postMessage({ type: 'hello', deck, from: role } satisfies SyncMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deck, role]);
  return useCallback(
    (n: number) => {
      if (deck) channel.current?.postMessage({ type: 'step', deck, step: n, from: role } satisfies SyncMessage);
    },
    [deck, role],
  );
}
