import { createInterface } from 'node:readline/promises';

/**
 * The one question before a destructive or bulk change. At a terminal it asks (on stderr, so
 * `--json` output stays clean); without one it goes ahead only with `--yes`, since a script
 * cannot answer and must say so explicitly.
 */
export async function confirm(question: string, options: { yes?: boolean }): Promise<void> {
  if (options.yes) return;
  if (!process.stdin.isTTY) throw new Error(`${question} Not at a terminal: pass --yes to go ahead`);
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new Error('cancelled: nothing was changed');
  } finally {
    prompt.close();
  }
}

export const yesOption = ['--yes', 'do it without asking (needed when not at a terminal)'] as const;
