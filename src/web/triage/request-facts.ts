import type { Urgency } from '../../domain/request.ts';

/** Past this many days a waiting request is shown as overdue: triage is a daily habit. */
export const overdueAfterDays = 7;

/** How long a request has waited, for the inbox: "today", "1 day", "9 days". */
export function ageWording(days: number): string {
  if (days < 1) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

export const isOverdue = (days: number) => days >= overdueAfterDays;

const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en');

/** A client-facing request's commercial impact, in short phrases; none when it carries none. */
export function commercialImpact(request: {
  accountsAffected: number | null;
  dealValue: number | null;
  urgency: Urgency | null;
}): string[] {
  const facts: string[] = [];
  if (request.accountsAffected !== null) {
    facts.push(
      `${count.format(request.accountsAffected)} account${request.accountsAffected === 1 ? '' : 's'}`,
    );
  }
  if (request.dealValue !== null) facts.push(`${euros.format(request.dealValue)} in deals`);
  if (request.urgency) facts.push(`${request.urgency} urgency`);
  return facts;
}
