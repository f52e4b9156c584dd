import type { OrdoClient, RefinementSession, Release, Sprint } from './ordo-client.ts';

/**
 * People name sprints and refinement sessions by their number in a product (PAY sprint 3) and
 * releases by name; the API names them by id. These turn the one into the other.
 */

export async function sprintNumbered(
  client: OrdoClient,
  productKey: string,
  number: string,
): Promise<Sprint> {
  const sprint = (await client.listSprints(productKey)).data.find(
    (s) => String(s.number) === number || s.id === number,
  );
  if (!sprint) throw new Error(`${productKey} has no sprint ${number}`);
  return sprint;
}

export async function sessionNumbered(
  client: OrdoClient,
  productKey: string,
  number: string,
): Promise<RefinementSession> {
  const session = (await client.listSessions(productKey)).data.find(
    (s) => String(s.number) === number || s.id === number,
  );
  if (!session) throw new Error(`${productKey} has no refinement session ${number}`);
  return session;
}

export async function releaseNamed(client: OrdoClient, productKey: string, name: string): Promise<Release> {
  const release = (await client.releases(productKey)).find((r) => r.name === name || r.id === name);
  if (!release) throw new Error(`${productKey} has no release named ${name}`);
  return release;
}
