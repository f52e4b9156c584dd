import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { credentialsPath, loadCredentials, readCredentialsFile, saveCredentials } from './credentials.ts';
import { CliError, exitCodes } from './exit-codes.ts';

let home: string;
const envWith = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ HOME: home, ...more });

afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('credentials', () => {
  it('reads a file saved before profiles as the profile "default"', () => {
    home = mkdtempSync(join(tmpdir(), 'ordo-credentials-'));
    const path = credentialsPath(envWith());
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ url: 'http://old.test', token: 'ordo_t_old' }));
    expect(loadCredentials(envWith())).toEqual({ url: 'http://old.test', token: 'ordo_t_old' });
    expect(readCredentialsFile(envWith()).profiles).toEqual({
      default: { url: 'http://old.test', token: 'ordo_t_old' },
    });
    // Saving another profile keeps the old login, now under its name.
    saveCredentials({ url: 'http://work.test', token: 'ordo_t_work' }, envWith({ ORDO_PROFILE: 'work' }));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      default: 'default',
      profiles: {
        default: { url: 'http://old.test', token: 'ordo_t_old' },
        work: { url: 'http://work.test', token: 'ordo_t_work' },
      },
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('makes the first profile saved the default, and lets ORDO_URL and ORDO_TOKEN win', () => {
    home = mkdtempSync(join(tmpdir(), 'ordo-credentials-'));
    saveCredentials({ url: 'http://work.test', token: 'ordo_t_work' }, envWith({ ORDO_PROFILE: 'work' }));
    saveCredentials({ url: 'http://home.test', token: 'ordo_t_home' }, envWith({ ORDO_PROFILE: 'home' }));
    expect(loadCredentials(envWith()).url).toBe('http://work.test');
    expect(loadCredentials(envWith({ ORDO_PROFILE: 'home' })).url).toBe('http://home.test');
    expect(loadCredentials(envWith({ ORDO_URL: 'http://env.test' }))).toEqual({
      url: 'http://env.test',
      token: 'ordo_t_work',
    });
  });

  it('says what is missing, with the exit code it means', () => {
    home = mkdtempSync(join(tmpdir(), 'ordo-credentials-'));
    expect(() => loadCredentials(envWith())).toThrow(
      expect.objectContaining({
        exitCode: exitCodes.forbidden,
        message: expect.stringContaining('ordo login'),
      }),
    );
    saveCredentials({ url: 'http://work.test', token: 'ordo_t_work' }, envWith());
    expect(() => loadCredentials(envWith({ ORDO_PROFILE: 'nowhere' }))).toThrow(CliError);
  });
});
