import { existsSync } from 'node:fs';

/** Debian's Chromium (never a downloaded browser), or the one ORDO_CHROMIUM names. */
export function chromiumPath() {
  const candidates = [process.env.ORDO_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Headless and quiet on the network: the machines have no internet, so Chromium must not look for it. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
