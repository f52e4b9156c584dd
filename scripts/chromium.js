import { existsSync } from 'node:fs';

/** Debian's Chromium (never a downloaded browser), or the one ORDO_CHROMIUM names. */
export function chromiumPath() {
  const candidates = [process.env.ORDO_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
