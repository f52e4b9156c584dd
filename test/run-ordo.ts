import { spawn } from 'node:child_process';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `ordo …` as a child process with this environment and standard input, as a person runs it. */
export function runOrdo(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  const child = spawn(process.execPath, ['bin/ordo.js', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
