/**
 * Maps failures of a D1 store to DagflareError: errors Dagflare raised on purpose (NOT_FOUND,
 * RUN_CONFLICT, BAD_REQUEST...) pass through; anything else the driver threw becomes STORAGE_ERROR with
 * the original as `cause`, so callers branch on one error type.
 * @module
 */
import { DagflareError } from "../../errors/dagflare-error";

/**
 * Wraps every method of `store` so that unexpected driver errors surface as STORAGE_ERROR; `backend` names
 * the storage in the message (the PostgreSQL stores use this too).
 */
export function withStorageErrors<T extends object>(storeName: string, store: T, backend = "D1"): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]): Promise<unknown> => {
        try {
          return await Reflect.apply(value, target, args);
        } catch (error) {
          if (error instanceof DagflareError) throw error;
          throw new DagflareError(
            "STORAGE_ERROR",
            `${backend} storage failed in ${storeName}.${String(property)}: ${rootMessage(error)}`,
            { cause: error },
          );
        }
      };
    },
  });
}

/**
 * The message of the innermost cause: drizzle wraps D1's error in one whose message holds the whole
 * query and its parameters (megabytes for a bulk insert), which belongs in `cause`, not in the message.
 */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/**
 * Whether D1 rejected a write because it would repeat a value of the unique column `table`.`column`
 * (SQLite names the column in the message, whatever drizzle wraps around it).
 */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  return rootMessage(error).includes(`UNIQUE constraint failed: ${table}.${column}`);
}
