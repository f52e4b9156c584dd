/** Types of staleness.js, which bin/ordo.js and npm start run as plain JavaScript. */
export function newestChange(path: string, skip?: string[]): number;
export function isStale(built: string, sources: string[], skip?: string[]): boolean;
