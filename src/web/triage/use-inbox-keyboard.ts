import { useEffect, useRef } from 'react';
import { commandFor, type InboxCommand } from './inbox-shortcuts.ts';

/** Calls `onCommand` for the inbox's shortcut keys, wherever the focus is, except while typing. */
export function useInboxKeyboard(onCommand: (command: InboxCommand) => void, isActive = true) {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    if (!isActive) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: event.target instanceof HTMLElement ? event.target : null,
      });
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isActive]);
}
