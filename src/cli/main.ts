import { exitCodeOf, failureMessage } from './exit-codes.ts';
import { buildProgram } from './program.ts';
import { red } from './terminal.ts';

const { program, saidWhy } = buildProgram();

try {
  await program.parseAsync();
} catch (error) {
  const message = failureMessage(error);
  if (message && !saidWhy()) console.error(`${red('ordo:', process.stderr)} ${message}`);
  process.exit(exitCodeOf(error));
}
