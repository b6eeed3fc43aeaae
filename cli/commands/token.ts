/**
 * `dagflare token create | list | revoke`: API tokens for scripts and CI, managed by an admin.
 * @module
 */
import { Command, InvalidArgumentError } from "commander";
import pc from "picocolors";
import { contextOf } from "../context";
import { createToken, listTokens, revokeToken, ROLES, type ApiToken, type Role } from "../graphql/tokens";
import type { GraphQLClient } from "../graphql/client";
import { CliError } from "../output/cli-error";
import { emit, formatTime, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { positiveInteger } from "../options";

const DAY_SECONDS = 86_400;

function parseRole(text: string): Role {
  const role = text.toLowerCase();
  if (!(ROLES as readonly string[]).includes(role))
    throw new InvalidArgumentError(`unknown role "${text}"; one of ${ROLES.join(", ")}`);
  return role as Role;
}

type LocationRole = { locationName: string; role: Role };

/** `--location name=role`, repeatable. */
function collectLocationRole(text: string, roles: LocationRole[] = []): LocationRole[] {
  const at = text.lastIndexOf("=");
  if (at <= 0) throw new InvalidArgumentError(`expected <location>=<role>, got "${text}"`);
  return [...roles, { locationName: text.slice(0, at), role: parseRole(text.slice(at + 1)) }];
}

const rolesOf = (token: ApiToken) =>
  [
    ...(token.role ? [token.role.toLowerCase()] : []),
    ...token.locationRoles.map((grant) => `${grant.locationName}=${grant.role.toLowerCase()}`),
  ].join(" ");

const colorTokenStatus = (text: string) =>
  text.trim() === "ACTIVE" ? pc.green(text) : text.trim() === "REVOKED" ? pc.red(text) : pc.yellow(text);

/**
 * The token `idOrName` names: its id, or else the name of a token not yet revoked. An unknown one is passed
 * on as an id, so the API's own ApiTokenNotFoundError reports it.
 */
async function resolveTokenId(client: GraphQLClient, idOrName: string): Promise<string> {
  const tokens = await listTokens(client);
  if (tokens.some((token) => token.id === idOrName)) return idOrName;
  const named = tokens.filter((token) => token.name === idOrName && token.status !== "REVOKED");
  if (named.length > 1)
    throw new CliError(
      `${named.length} tokens are named ${idOrName}; revoke one by its id`,
      named.map((token) => `${token.id}  created ${formatTime(token.createdAt)} by ${token.createdBy}`),
    );
  return named[0]?.id ?? idOrName;
}

export function tokenCommand(): Command {
  const token = new Command("token").description("create, list and revoke API tokens (needs the admin role)");
  token
    .command("create <name>")
    .description("create an API token; its secret is printed this once (only its hash is kept)")
    .option("-r, --role <role>", `the role on the whole deployment: ${ROLES.join(", ")}`, parseRole)
    .option("-l, --location <location=role>", "a role on one code location (repeatable)", collectLocationRole)
    .option("--expires-in-days <days>", "expire after this many days (default: never)", positiveInteger)
    .addHelpText(
      "after",
      [
        "\nExamples:",
        "  dagflare token create ci --role launcher --expires-in-days 90",
        "  dagflare token create billing-bot --location billing=editor --location etl=viewer",
      ].join("\n"),
    )
    .action(
      async (
        name: string,
        options: { role?: Role; location?: LocationRole[]; expiresInDays?: number },
        command: Command,
      ) => {
        const context = contextOf(command);
        const created = await withProgress(
          `Creating API token ${name}`,
          () =>
            createToken(context.client, {
              name,
              role: options.role,
              locationRoles: options.location ?? [],
              expiresAt:
                options.expiresInDays === undefined
                  ? undefined
                  : Math.floor(Date.now() / 1000) + options.expiresInDays * DAY_SECONDS,
            }),
          (result) => `Created API token ${result.token.name} (${result.token.id})`,
        );
        emit(context.json, created, () => console.log(created.secret));
        // On stderr, so that stdout stays the secret (or JSON) alone for a script to capture.
        console.error(
          pc.yellow("This secret is shown only once: store it now (pass it as --token or DAGFLARE_TOKEN)."),
        );
      },
    );
  token
    .command("list")
    .description("every API token with its roles, status and times (never its secret)")
    .addHelpText("after", "\nExample:\n  dagflare token list --json")
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const tokens = await withProgress("Reading API tokens", () => listTokens(context.client));
      emit(context.json, tokens, () =>
        printTable(
          tokens,
          [
            { header: "ID", value: (row) => row.id },
            { header: "NAME", value: (row) => row.name },
            { header: "ROLES", value: rolesOf },
            { header: "STATUS", value: (row) => row.status, color: colorTokenStatus },
            { header: "CREATED", value: (row) => formatTime(row.createdAt) },
            { header: "BY", value: (row) => row.createdBy },
            { header: "EXPIRES", value: (row) => formatTime(row.expiresAt) },
            { header: "LAST USED", value: (row) => formatTime(row.lastUsedAt) },
          ],
          "(no API tokens)",
        ),
      );
    });
  token
    .command("revoke <id-or-name>")
    .description("revoke an API token at once, by its id or its name")
    .addHelpText("after", "\nExample:\n  dagflare token revoke ci")
    .action(async (idOrName: string, _options, command: Command) => {
      const context = contextOf(command);
      const revoked = await withProgress(
        `Revoking API token ${idOrName}`,
        async () => revokeToken(context.client, await resolveTokenId(context.client, idOrName), idOrName),
        (result) => `Revoked API token ${result.name} (${result.id})`,
      );
      if (context.json) emit(true, revoked, () => undefined);
    });
  return token;
}
