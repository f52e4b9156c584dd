import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ordo-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(shell: string): string {
  const run = spawnSync(process.execPath, ['bin/ordo.js', 'completion', shell], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** What bash offers after `words` (the last one being typed), with the script sourced. */
function bashOffers(words: string[]): string[] {
  const file = join(dir, 'ordo.bash');
  writeFileSync(file, script('bash'));
  const line = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _ordo; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', line], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean);
}

describe('ordo completion', () => {
  it('prints scripts that name the real commands and their options', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const text = script(shell);
      const flag = (name: string) => (shell === 'fish' ? `-l ${name}` : `--${name}`);
      for (const word of [
        'serve',
        'items',
        'profiles',
        'completion',
        'move',
        flag('before'),
        flag('profile'),
      ]) {
        expect(text, `${shell}: ${word}`).toContain(word);
      }
    }
  });

  it('writes bash that bash reads, and that completes commands, subcommands and options', () => {
    const file = join(dir, 'syntax.bash');
    writeFileSync(file, script('bash'));
    expect(spawnSync('bash', ['-n', file], { encoding: 'utf8' }).status).toBe(0);
    expect(bashOffers(['ordo', 'it'])).toEqual(['items']);
    expect(bashOffers(['ordo', 'items', 'mo'])).toEqual(['move']);
    expect(bashOffers(['ordo', 'items', 'move', 'PAY-1', '--be'])).toEqual(['--before']);
  });

  it.skipIf(!existsSync('/usr/bin/zsh'))('writes zsh that zsh reads', () => {
    const file = join(dir, 'syntax.zsh');
    writeFileSync(file, script('zsh'));
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
  });

  it('refuses a shell it does not know, as a usage mistake', () => {
    expect(spawnSync(process.execPath, ['bin/ordo.js', 'completion', 'tcsh']).status).toBe(2);
  });
});
