import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { $ZodType } from 'zod/v4/core';
import { findUnsafeText } from '../domain/unsafe-text.ts';

/**
 * Every route's input (body, path params, query) is read by its zod schema, after one rule for
 * all of its text: a NUL or an unpaired surrogate anywhere — value or key — is refused, naming
 * where it is, before any schema or operation sees it. Errors take the shape zod's do, so one
 * mapper (errors.ts) words them all.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data: unknown) => {
    const unsafe = findUnsafeText(data);
    if (!unsafe) return validate(data);
    const instancePath = unsafe.path.map((part) => `/${part}`).join('');
    return {
      error: [{ keyword: 'text', instancePath, schemaPath: '#/text', params: {}, message: unsafe.problem }],
    };
  };
};
