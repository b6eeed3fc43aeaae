import type { DebianNeed } from "./provision.mjs";
export const POSTGRES_NEED: DebianNeed;
export function freeLoopbackPort(): Promise<number>;
export type PostgresServer = {
  url: string;
  port: number;
  /** Fast shutdown (open connections cut), then a start on the same port after `downMs`. */
  restart(options?: { downMs?: number }): void;
  stop(): void;
};
export function startPostgresServer(options?: {
  port?: number;
  settings?: Record<string, string | number>;
}): Promise<PostgresServer>;
