import { z } from 'zod';
import type { PublicFormAnswer } from '../../app/intake/send-public-form.ts';
import type { Product } from '../../app/products/product-queries.ts';
import { requestLimits } from '../../domain/request.ts';
import { email, requiredText } from '../fields.ts';
import { requestText } from './requests.schema.ts';

/** The public form and the status page: what people without an account send and see. */

export const publicRequestBody = z.strictObject({
  ...requestText,
  name: requiredText(requestLimits.nameLength),
  email,
  website: z
    .string()
    .optional()
    .describe(
      'Leave it out. A field people never see: a form that fills it is a robot’s (answered as a ' +
        'success, and stored nowhere). Any text is taken, so that no refusal tells a robot what to change.',
    ),
});

export const statusTokenParam = z.object({
  token: z.string().regex(/^req_[A-Za-z0-9_-]{43}$/, 'not a status link'),
});

export const publicFormSchema = z
  .object({ key: z.string(), name: z.string(), isOpen: z.literal(true) })
  .meta({ id: 'PublicForm', description: 'A product’s public form: a closed one is not found' });

export const publicFormAnswerSchema = z
  .object({
    key: z.string().describe('The request’s reference, like PAY-R12'),
    statusUrl: z.string().describe('The status page’s link: the only way back to it'),
  })
  .meta({ id: 'PublicFormAnswer', description: 'What the sender of a public request is told' });

export function presentPublicForm(product: Product): z.input<typeof publicFormSchema> {
  return { key: product.key, name: product.name, isOpen: true };
}

export function presentPublicFormAnswer(answer: PublicFormAnswer): z.input<typeof publicFormAnswerSchema> {
  return { key: answer.key, statusUrl: answer.statusUrl };
}
