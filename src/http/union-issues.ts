/**
 * Zod reports a value that fits no alternative of a union as one issue, "Invalid input", at the
 * union, with each alternative's own issues inside it. A person is better served by the
 * alternative their input came closest to: its issues, at their full paths, name the field.
 */

export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  /** On an `invalid_union`: each alternative's issues, at paths inside the union. */
  errors?: Issue[][];
}

export interface FieldProblem {
  path: PropertyKey[];
  message: string;
}

/** How far an alternative is from the input: issues at the union itself first, then all of them. */
function distance(problems: FieldProblem[], depth: number): [number, number] {
  return [problems.filter((p) => p.path.length <= depth).length, problems.length];
}

export function problemsOf(issue: Issue, at: PropertyKey[] = []): FieldProblem[] {
  const path = [...at, ...issue.path];
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [{ path, message: issue.message }];
  const alternatives = issue.errors.map((branch) => branch.flatMap((inner) => problemsOf(inner, path)));
  let closest = alternatives[0] ?? [];
  for (const alternative of alternatives.slice(1)) {
    const [atUnion, all] = distance(alternative, path.length);
    const [bestAtUnion, bestAll] = distance(closest, path.length);
    if (atUnion < bestAtUnion || (atUnion === bestAtUnion && all < bestAll)) closest = alternative;
  }
  return closest;
}
