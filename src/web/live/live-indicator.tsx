import type { LiveState } from './use-live-updates.ts';

const words: Record<LiveState, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline: reload to see changes',
};

/** Whether changes by others are arriving. */
export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <span className={`live-indicator live-${state}`} data-testid="live-indicator" data-state={state}>
      <span className="live-dot" aria-hidden="true" />
      {words[state]}
    </span>
  );
}
