import { AppError } from '../app/errors.ts';

/** `If-Match: 3` or `If-Match: "3"`: the version the writer read. */
export function versionFrom(ifMatch: string | undefined): number {
  const match = ifMatch ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim()) : null;
  if (!match?.[1]) {
    throw new AppError('invalid_input', 'If-Match: send the version you read, as If-Match: "<version>"', [
      { field: 'If-Match', message: 'required: the item version you read' },
    ]);
  }
  return Number(match[1]);
}
