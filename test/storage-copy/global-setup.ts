/** A PostgreSQL server of its own for the storage:copy tests (an empty database: the command migrates it). */
import type { TestProject } from "vitest/node";
import { startPostgresServer } from "../../scripts/lib/postgres-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgresServer();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
