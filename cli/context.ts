/**
 * The options every command shares (`--url`, `--token`, `--json`), read from the command line with the
 * environment as fallback, and the GraphQL client they make.
 * @module
 */
import type { Command } from "commander";
import { GraphQLClient } from "./graphql/client";

export const DEFAULT_URL = "http://localhost:3000";

export type GlobalOptions = { url: string; token?: string; json?: boolean };

export type CommandContext = { client: GraphQLClient; json: boolean };

export function contextOf(command: Command): CommandContext {
  const options = command.optsWithGlobals<GlobalOptions>();
  return {
    client: new GraphQLClient({ url: options.url, token: options.token }),
    json: options.json === true,
  };
}
