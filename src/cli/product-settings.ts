import type { Command } from 'commander';
import type { OrdoClient, Product, ProductChanges } from '../client/ordo-client.ts';
import { integer, list, onOff } from './options.ts';

/**
 * A product's settings as `ordo products edit` takes them: the same ones as the settings page
 * (intake form, Definition of Ready, refinement, planning, the stale rule).
 */

/** The Definition of Ready's switches, by the names people type. */
const readyChecks = {
  problem: 'problem',
  serves: 'serves',
  outcome: 'outcome',
  estimate: 'estimate',
  timebox: 'timeboxForSpikes',
  deadline: 'deadlineForCompliance',
} as const;

const noneOr =
  <T>(parse: (value: string) => T) =>
  (value: string) =>
    value === 'none' ? null : parse(value);

export function withSettingOptions(command: Command): Command {
  return command
    .option('--public-intake <on|off>', 'the public intake form for requesters without an account', onOff)
    .option(
      '--ready <checks>',
      `what the Definition of Ready asks: ${Object.keys(readyChecks).join(',')} (or none)`,
    )
    .option('--ready-min-criteria <n>', 'acceptance criteria it asks for', integer)
    .option('--split-threshold <points>', 'an estimate above this suggests a split', integer)
    .option('--refuse-unready <on|off>', 'refuse (not just warn) committing an item that is not ready', onOff)
    .option('--cadence <days>', 'refinement every 7 or 14 days', integer)
    .option(
      '--next-refinement <instant>',
      'the next refinement, like 2026-12-08T10:00:00Z, or none',
      noneOr(String),
    )
    .option('--velocity <points>', 'points a sprint, until closed sprints tell (or none)', noneOr(integer))
    .option('--time-zone <zone>', 'the product’s time zone, like Europe/Paris')
    .option('--stale-quarters <n>', 'quarters untouched before an item is stale', integer)
    .option('--stale-automatic <on|off>', 'the stale rule runs by itself each day', onOff)
    .option('--stale-exempt-tags <tags>', 'tags the stale rule leaves alone (comma-separated)', list)
    .option('--stale-exempt-types <types>', 'types the stale rule leaves alone (comma-separated)', list);
}

/** The settings the options name; the Definition of Ready is sent whole, so it starts from the product's. */
export async function settingsFrom(
  client: OrdoClient,
  key: string,
  options: Record<string, unknown>,
): Promise<ProductChanges> {
  const staleRule = {
    ...(options.staleQuarters !== undefined && { quarters: options.staleQuarters as number }),
    ...(options.staleAutomatic !== undefined && { isAutomatic: options.staleAutomatic as boolean }),
    ...(options.staleExemptTags !== undefined && { exemptTags: options.staleExemptTags as string[] }),
    ...(options.staleExemptTypes !== undefined && { exemptTypes: options.staleExemptTypes as string[] }),
  };
  const changesReady = options.ready !== undefined || options.readyMinCriteria !== undefined;
  return {
    ...(options.publicIntake !== undefined && { publicIntakeOpen: options.publicIntake as boolean }),
    ...(changesReady && { definitionOfReady: definitionOfReady(await client.getProduct(key), options) }),
    ...(options.splitThreshold !== undefined && { splitThreshold: options.splitThreshold as number }),
    ...(options.refuseUnready !== undefined && { refuseUnreadyCommitment: options.refuseUnready as boolean }),
    ...(options.cadence !== undefined && { refinementCadenceDays: options.cadence as 7 | 14 }),
    ...(options.nextRefinement !== undefined && {
      nextRefinementAt: options.nextRefinement as string | null,
    }),
    ...(options.velocity !== undefined && { velocityPoints: options.velocity as number | null }),
    ...(options.timeZone !== undefined && { timeZone: options.timeZone as string }),
    ...(Object.keys(staleRule).length > 0 && { staleRule }),
  } as ProductChanges;
}

function definitionOfReady(product: Product, options: Record<string, unknown>) {
  const current = product.definitionOfReady;
  if (options.ready === undefined) return { ...current, minCriteria: options.readyMinCriteria as number };
  const named = options.ready === 'none' ? [] : list(options.ready as string);
  const unknown = named.filter((name) => !(name in readyChecks));
  if (unknown.length)
    throw new Error(`--ready knows ${Object.keys(readyChecks).join(', ')}, not ${unknown.join(', ')}`);
  const switches = Object.fromEntries(
    Object.entries(readyChecks).map(([name, field]) => [field, named.includes(name)]),
  );
  return {
    ...current,
    ...switches,
    ...(options.readyMinCriteria !== undefined && { minCriteria: options.readyMinCriteria as number }),
  };
}
