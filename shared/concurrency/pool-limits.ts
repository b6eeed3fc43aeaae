/**
 * Setting and freeing pool slots as a user does (GraphQL, the UI): arguments checked here, so every caller
 * answers the same errors.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { ConcurrencyCoordinator } from "./concurrency-coordinator";
import { poolLimitProblem, poolNameProblem } from "./pool-name";

function checkPool(pool: string, argument: string): void {
  const problem = poolNameProblem(pool);
  if (problem !== undefined) throw new DagflareError("BAD_REQUEST", `${argument}: ${problem}`);
}

/** @throws DagflareError BAD_REQUEST naming the argument (`concurrencyKey`, `limit`) that is wrong. */
export async function setPoolLimit(
  coordinator: ConcurrencyCoordinator,
  pool: string,
  limit: number,
): Promise<void> {
  checkPool(pool, "concurrencyKey");
  const problem = poolLimitProblem(limit);
  if (problem !== undefined) throw new DagflareError("BAD_REQUEST", `limit: ${problem}`);
  await coordinator.setLimit(pool, limit);
}

/** @throws DagflareError BAD_REQUEST when `concurrencyKey` is not a pool name. */
export async function deletePoolLimit(coordinator: ConcurrencyCoordinator, pool: string): Promise<void> {
  checkPool(pool, "concurrencyKey");
  await coordinator.deleteLimit(pool);
}

/** @throws DagflareError BAD_REQUEST when `concurrencyKey` is not a pool name. */
export function readPool(coordinator: ConcurrencyCoordinator, pool: string) {
  checkPool(pool, "concurrencyKey");
  return coordinator.pool(pool);
}
