/** Types of build-server.js, which bin/ordo.js runs as plain JavaScript. */
import type { BuildOptions } from 'esbuild';

export const serverOutDir: string;
export const serverEntry: string;
export const serverBuildOptions: BuildOptions;
export function isServerStale(): boolean;
export function buildServer(): Promise<void>;
export function buildServerIfStale(say?: (line: string) => void): Promise<void>;
