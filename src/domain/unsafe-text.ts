/**
 * Text no field may carry: a NUL character (the database cannot store one, and nobody types it)
 * and an unpaired UTF-16 surrogate (half a character: it has no UTF-8 form, so it would be stored
 * as U+FFFD or refused).
 */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `text`, or null when any field may hold it. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (loneSurrogate.test(text)) return 'must not contain an unpaired surrogate';
  return null;
}

export interface UnsafeText {
  /** Where it is: object keys and array indexes from the top; a bad key ends the path. */
  path: string[];
  problem: string;
}

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathTo(visit: Visit | null): string[] {
  const path: string[] = [];
  for (let at = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The first string in `value` — object keys and array entries included, depth first — that no
 * field may carry, and where it is. Iterative, so deeply nested input cannot exhaust the stack.
 */
export function findUnsafeText(value: unknown): UnsafeText | null {
  const pending: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    if (typeof visit.value === 'string') {
      const problem = textProblem(visit.value);
      if (problem) return { path: pathTo(visit), problem };
    } else if (Array.isArray(visit.value)) {
      for (let index = visit.value.length - 1; index >= 0; index--) {
        pending.push({ value: visit.value[index], key: String(index), parent: visit });
      }
    } else if (visit.value !== null && typeof visit.value === 'object') {
      const entries = Object.entries(visit.value);
      for (const [key] of entries) {
        const problem = textProblem(key);
        if (problem) return { path: [...pathTo(visit), JSON.stringify(key)], problem: `its name ${problem}` };
      }
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown];
        pending.push({ value: child, key, parent: visit });
      }
    }
  }
  return null;
}
