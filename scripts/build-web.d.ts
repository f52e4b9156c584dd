/** Types of build-web.js, which `npm start` runs as plain JavaScript. */
export function isWebStale(): boolean;
export function buildWebIfStale(say?: (line: string) => void): void;
