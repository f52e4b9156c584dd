import type { NewPublicRequest } from '../../client/ordo-client.ts';

/** The public intake form as typed. `website` is the honeypot: people never see it. */
export interface PublicRequestForm {
  name: string;
  email: string;
  title: string;
  problem: string;
  website: string;
}

export const emptyPublicRequestForm: PublicRequestForm = {
  name: '',
  email: '',
  title: '',
  problem: '',
  website: '',
};

/** The form's fields, by the names the API gives them in its error details. */
export const publicRequestFields = ['name', 'email', 'title', 'problem'] as const;

/** What `submitPublicRequest` is sent; a filled honeypot goes too: the server answers it as a
 * success and stores nothing. */
export function publicRequestPayload(form: PublicRequestForm): NewPublicRequest {
  return {
    name: form.name.trim(),
    email: form.email.trim(),
    title: form.title.trim(),
    ...(form.problem.trim() && { problem: form.problem.trim() }),
    ...(form.website && { website: form.website }),
  };
}
