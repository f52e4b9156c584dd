import { OrdoClient } from '../client/ordo-client.ts';

/** `ordo ready`: the server's readiness, a check a line; exits 1 when it is not ready (for scripts). */
export async function ready(url: string): Promise<void> {
  const readiness = await new OrdoClient({ baseUrl: url }).readiness();
  for (const [name, check] of Object.entries(readiness.checks)) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${name}: ${check.detail}`);
  }
  console.log(readiness.status === 'ready' ? 'ready' : 'not ready');
  if (readiness.status !== 'ready') process.exitCode = 1;
}
