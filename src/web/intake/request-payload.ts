import type { NewRequest } from '../../client/ordo-client.ts';
import type { ItemSource } from '../../domain/item.ts';
import type { Role } from '../../domain/permissions.ts';
import type { Urgency } from '../../domain/request.ts';

/** The stakeholder intake form as typed: numbers stay text until they are sent. */
export interface IntakeForm {
  title: string;
  problem: string;
  source: ItemSource;
  accountsAffected: string;
  dealValue: string;
  urgency: Urgency | '';
}

/** The form's fields, by the names the API gives them in its error details. */
export const intakeFields = [
  'title',
  'problem',
  'source',
  'accountsAffected',
  'dealValue',
  'urgency',
] as const;

/** Stakeholders speak for clients; the product team asks for itself. */
export const defaultSource = (role: Role | undefined): ItemSource =>
  role === 'stakeholder' ? 'client_facing' : 'internal';

export const emptyIntakeForm = (role: Role | undefined): IntakeForm => ({
  title: '',
  problem: '',
  source: defaultSource(role),
  accountsAffected: '',
  dealValue: '',
  urgency: '',
});

/** Commercial impact (accounts, deal value, urgency) is asked of client-facing teams only. */
export const asksCommercialImpact = (source: ItemSource) => source === 'client_facing';

/** Blank is "not given"; anything else goes as a number, so the API can say what is wrong with it. */
const numberOrNothing = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

/** What `submitRequest` is sent: trimmed text, and commercial impact only where it belongs. */
export function requestPayload(form: IntakeForm): NewRequest {
  const payload: NewRequest = { title: form.title.trim(), source: form.source };
  if (form.problem.trim()) payload.problem = form.problem.trim();
  if (!asksCommercialImpact(form.source)) return payload;
  const accountsAffected = numberOrNothing(form.accountsAffected);
  const dealValue = numberOrNothing(form.dealValue);
  return {
    ...payload,
    ...(accountsAffected !== undefined && { accountsAffected }),
    ...(dealValue !== undefined && { dealValue }),
    ...(form.urgency && { urgency: form.urgency }),
  };
}
