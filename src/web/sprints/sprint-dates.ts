import type { Sprint } from './sprints-api.ts';

const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMs = 86_400_000;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Mar 3 – Mar 16": a sprint's days. */
export const sprintDates = (sprint: Pick<Sprint, 'startsOn' | 'endsOn'>) =>
  `${dayFormat.format(asDate(sprint.startsOn))} – ${dayFormat.format(asDate(sprint.endsOn))}`;

/** A day as YYYY-MM-DD, `days` after another (or after today). */
export function addDays(day: string | Date, days: number): string {
  const from =
    typeof day === 'string'
      ? asDate(day)
      : new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  return new Date(from.getTime() + days * dayMs).toISOString().slice(0, 10);
}

/**
 * The dates and capacity a new sprint starts from: the day after the last open sprint ends (or
 * today, when every sprint is closed), as long as the last sprint, with its capacity (or two
 * weeks, and the velocity).
 */
export function nextSprintDefaults(
  sprints: readonly Pick<Sprint, 'startsOn' | 'endsOn' | 'capacityPoints' | 'state'>[],
  today: Date,
  velocity: number | null,
): { startsOn: string; endsOn: string; capacityPoints: number } {
  const byEnd = [...sprints].sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  const latest = byEnd[0];
  const lastOpen = byEnd.find((sprint) => sprint.state !== 'closed');
  const todayDay = addDays(today, 0);
  const startsOn = lastOpen && lastOpen.endsOn >= todayDay ? addDays(lastOpen.endsOn, 1) : todayDay;
  const length = latest
    ? Math.max(0, Math.round((asDate(latest.endsOn).getTime() - asDate(latest.startsOn).getTime()) / dayMs))
    : 13;
  return {
    startsOn,
    endsOn: addDays(startsOn, length),
    capacityPoints: latest?.capacityPoints ?? Math.round(velocity ?? 20),
  };
}
