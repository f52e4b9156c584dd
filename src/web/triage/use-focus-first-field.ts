import { type RefObject, useEffect, useRef } from 'react';

/** A form that opened for a decision takes the focus in its first field, so typing can start. */
export function useFocusFirstField<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, []);
  return ref;
}
