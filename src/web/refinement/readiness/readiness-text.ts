/** Words for readiness: what an item lacks, as a person would say it. */

interface Lack {
  label: string;
}

/** "a problem statement", "a problem statement and an estimate", "a, b and c". */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The tooltip of a readiness badge. */
export function readinessTitle(readiness: { isReady: boolean; lacks: readonly Lack[] }): string {
  if (readiness.isReady) return 'Ready: meets the Definition of Ready';
  return `Not ready: lacks ${listInWords(readiness.lacks.map((lack) => lack.label))}`;
}

/** Ticks or unticks a custom readiness check, keeping the others in their order. */
export function toggleCheck(readyChecks: readonly string[], id: string): string[] {
  return readyChecks.includes(id) ? readyChecks.filter((check) => check !== id) : [...readyChecks, id];
}
