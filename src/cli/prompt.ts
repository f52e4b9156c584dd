import { usageError } from './exit-codes.ts';
import { isInputAllowed } from './terminal.ts';

/** The password: typed at the terminal (not echoed), or the whole of standard input. */
export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return (await readStdin()).replace(/\r?\n$/, '');
  return readHidden('Password: ', 'pass the password with --password-stdin');
}

/**
 * Several secrets, one per question: typed at the terminal (not echoed), or one per line of
 * standard input when it is not a terminal (or `fromStdin`).
 */
export async function readSecrets(questions: string[], fromStdin: boolean): Promise<string[]> {
  if (fromStdin || !process.stdin.isTTY) {
    const lines = (await readStdin()).split(/\r?\n/);
    if (lines.length < questions.length || lines.slice(0, questions.length).some((line) => line === '')) {
      throw usageError(`expected ${questions.length} lines on standard input: ${questions.join(', ')}`);
    }
    return lines.slice(0, questions.length);
  }
  const answers: string[] = [];
  for (const question of questions) {
    answers.push(await readHidden(question, 'pass them, a line each, with --password-stdin'));
  }
  return answers;
}

/** A second-factor code typed at the terminal; without one, `--code` is the way. */
export function readCode(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw usageError('this account asks for a two-factor code: pass it with --code');
  }
  return readHidden('Code from your authenticator app (or a recovery code): ', 'pass it with --code');
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/**
 * A line typed at the terminal, not echoed: the terminal is put in raw mode while it is typed.
 * With --no-input (ORDO_NO_INPUT) nothing is asked: a usage error says `instead` what to do.
 */
async function readHidden(question: string, instead: string): Promise<string> {
  if (!isInputAllowed()) throw usageError(`would ask "${question.trim()}" but input is off: ${instead}`);
  const input = process.stdin;
  // Raw first, then the prompt: what is typed once the prompt shows is never echoed.
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}
