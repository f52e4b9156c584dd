import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The guard against server-side request forgery: a webhook may not reach the machine Ordo runs
 * on, its private network, link-local addresses or a cloud's metadata service. It is checked on
 * the address the name resolves to when a delivery is sent (the connection then goes to that
 * very address, so a name that resolves elsewhere a moment later gains nothing).
 * `ORDO_WEBHOOKS_ALLOW_PRIVATE=1` lifts it, for a receiver on the same network (and for tests).
 */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 one.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return privateRanges.check(mapped[1], 'ipv4');
  return privateRanges.check(address, 'ipv6');
}

export const privateAddressesAllowed = (env: NodeJS.ProcessEnv = process.env) =>
  ['1', 'true', 'yes', 'on'].includes((env.ORDO_WEBHOOKS_ALLOW_PRIVATE ?? '').toLowerCase());

export class RefusedAddress extends Error {}

/**
 * The address to connect to for `hostname`: its first resolved address, when none of them is
 * private. Throws `RefusedAddress` naming the problem otherwise.
 */
export async function resolvePublicAddress(
  hostname: string,
  allowPrivate = privateAddressesAllowed(),
): Promise<{ address: string; family: number }> {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await lookup(bare, { all: true, verbatim: true }).catch(() => {
        throw new RefusedAddress(`${hostname} does not resolve to an address`);
      });
  const first = addresses[0];
  if (!first) throw new RefusedAddress(`${hostname} does not resolve to an address`);
  if (!allowPrivate) {
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) {
      throw new RefusedAddress(
        `${hostname} resolves to ${refused.address}, a loopback, private, link-local or metadata address: ` +
          'webhooks may only call public addresses (ORDO_WEBHOOKS_ALLOW_PRIVATE=1 lifts this)',
      );
    }
  }
  return first;
}
