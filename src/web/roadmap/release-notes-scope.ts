import type { ReleaseNotesScope, Sprint } from '../sprints/sprints-api.ts';

const isDay = (value: string | null): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

/**
 * What the release notes page shows, from its address: a sprint (`?sprint=`), a release
 * (`?release=`), two days (`?from=&to=`), or else the last sprint that delivered something
 * (closed, else the active one).
 */
export function releaseNotesScope(
  search: URLSearchParams,
  sprints: readonly Pick<Sprint, 'id' | 'state'>[],
): ReleaseNotesScope | null {
  const sprint = search.get('sprint');
  if (sprint) return { sprint };
  const release = search.get('release');
  if (release) return { release };
  const from = search.get('from');
  const to = search.get('to');
  if (isDay(from) && isDay(to)) return from <= to ? { from, to } : { from: to, to: from };
  const last = sprints.find((s) => s.state === 'closed') ?? sprints.find((s) => s.state === 'active');
  return last ? { sprint: last.id } : null;
}
