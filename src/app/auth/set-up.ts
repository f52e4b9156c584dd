import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { insertPerson } from '../people/insert-person.ts';
import type { Person } from '../people/person.ts';

export interface SetUpInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

export async function isSetUp(ctx: Ctx): Promise<boolean> {
  const row = await ctx.trx.selectFrom('people').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** First run on an empty database: the workspace and its first admin. Refused once anyone exists. */
export async function setUp(ctx: Ctx, input: SetUpInput): Promise<Person> {
  await sql`select pg_advisory_xact_lock(7420114)`.execute(ctx.trx);
  if (await isSetUp(ctx)) throw new AppError('setup_done', 'Ordo is already set up: sign in instead');
  const workspace = await ctx.trx
    .insertInto('workspaces')
    .values({ name: input.workspaceName.trim(), created_at: ctx.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return insertPerson(ctx.trx, workspace.id, { ...input, isAdmin: true }, ctx.now());
}
