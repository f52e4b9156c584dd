import { sql } from 'kysely';

/**
 * Marks a statement whose best plan depends on its parameters' values, such as a full-text
 * search (a word in most items wants a scan; a rare one, the index). The embedded database keeps
 * a statement's plan once it has run a few times (see `PreparedStatements`); one marked so is
 * planned afresh on every run. It is a comment: PostgreSQL ignores it.
 */
export const planEachRunMark = '/* ordo: plan each run */';
export const planEachRun = sql.raw(planEachRunMark);
