import { useEffect, useRef, useState } from 'react';

/**
 * A text field's draft that is committed a moment after the person stops typing. A change of
 * `value` from elsewhere (a reload, "clear filters") replaces the draft; the echo of our own
 * commit does not, so typing is never overwritten.
 */
export function useDebouncedText(
  value: string,
  commit: (text: string) => void,
  delayMs = 200,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  const timer = useRef<number | undefined>(undefined);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      window.clearTimeout(timer.current);
      setDraft(value);
    }
  }, [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (text: string) => {
    setDraft(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      committed.current = text;
      latestCommit.current(text);
    }, delayMs);
  };
  return [draft, change];
}
