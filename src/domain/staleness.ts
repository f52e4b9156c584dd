import { TZDate } from '@date-fns/tz';
import { addQuarters, startOfQuarter } from 'date-fns';

/**
 * Staleness by calendar quarter, in the product's time zone: an item is stale when nobody touched
 * or discussed it during the last N complete quarters (the quarter under way does not count).
 */

export interface QuarterName {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: Date, timeZone: string): QuarterName {
  const local = new TZDate(date.getTime(), timeZone);
  return {
    year: local.getFullYear(),
    quarter: (Math.floor(local.getMonth() / 3) + 1) as QuarterName['quarter'],
  };
}

export function quarterLabel(quarter: QuarterName): string {
  return `Q${quarter.quarter} ${quarter.year}`;
}

/** The instant the quarter under way began, in the zone. */
export function currentQuarterStart(now: Date, timeZone: string): Date {
  return new Date(startOfQuarter(new TZDate(now.getTime(), timeZone)).getTime());
}

/** Last activity before this instant makes an item stale: the start of the Nth quarter back. */
export function staleCutoff(now: Date, timeZone: string, quarters: number): Date {
  return new Date(addQuarters(startOfQuarter(new TZDate(now.getTime(), timeZone)), -quarters).getTime());
}

/** The cutoff that will hold once the quarter under way is complete: what goes stale at its end. */
export function nextStaleCutoff(now: Date, timeZone: string, quarters: number): Date {
  return staleCutoff(
    new Date(addQuarters(new TZDate(now.getTime(), timeZone), 1).getTime()),
    timeZone,
    quarters,
  );
}

export function isStale(lastActivityAt: Date, now: Date, timeZone: string, quarters: number): boolean {
  return lastActivityAt < staleCutoff(now, timeZone, quarters);
}

/** Whether `now` is in a different quarter from `last` (the stale rule runs once per quarter). */
export function isNewQuarter(last: Date | null, now: Date, timeZone: string): boolean {
  if (!last) return true;
  const a = quarterOf(last, timeZone);
  const b = quarterOf(now, timeZone);
  return a.year !== b.year || a.quarter !== b.quarter;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
