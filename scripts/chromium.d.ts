/** Types of chromium.js, which `npm test` runs as plain JavaScript. */
export function chromiumPath(): string | null;
export const chromiumArgs: string[];
