/**
 * The CLI's GraphQL client: POSTs to `<url>/graphql` with the token as `Authorization: Bearer`, so the
 * same commands work against `dagflare dev` and a deployment. Top-level errors and unreachable servers
 * become CliErrors naming the URL; in-band union errors are the caller's to read (see `expectType`).
 * @module
 */
import { CliError } from "../output/cli-error";

export type Connection = { url: string; token?: string | undefined };

export class GraphQLClient {
  constructor(readonly connection: Connection) {}

  get endpoint(): string {
    return `${this.connection.url.replace(/\/+$/, "")}/graphql`;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    if (this.connection.token) headers.authorization = `Bearer ${this.connection.token}`;
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new CliError(`cannot reach Dagflare at ${this.connection.url} (${cause})`, [
        "start it with `dagflare dev`, or point at another instance with --url / DAGFLARE_URL",
      ]);
    }
    const text = await response.text();
    let body: { data?: T; errors?: { message: string; path?: (string | number)[] }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new CliError(
        `${this.endpoint} answered ${response.status} with something other than GraphQL JSON`,
        [text.slice(0, 300)],
      );
    }
    if (body.errors?.length) {
      throw new CliError(
        `the GraphQL API answered with ${body.errors.length === 1 ? "an error" : `${body.errors.length} errors`}`,
        body.errors.map((error) =>
          error.path?.length ? `${error.path.join(".")}: ${error.message}` : error.message,
        ),
      );
    }
    if (!body.data) throw new CliError(`${this.endpoint} answered ${response.status} without data`);
    return body.data;
  }
}

/** A GraphQL union member, as selected with `__typename`. */
export type Typed = { __typename: string; message?: string; [field: string]: unknown };

/**
 * Returns `result` when it is one of `expected`; otherwise throws the API's error in its words: a
 * RunConfigValidationInvalid's errors each with its run-config path, any other error type with its message.
 */
export function expectType<T extends Typed>(result: Typed, expected: readonly string[], what: string): T {
  if (expected.includes(result.__typename)) return result as T;
  const errors = Array.isArray(result.errors)
    ? (result.errors as { message: string; path?: string[]; reason?: string }[])
    : [];
  const details = errors.map(
    (error) =>
      `${error.path?.length ? `at ${error.path.join(".")}` : "at the root"}: ${error.message}${error.reason ? ` (${error.reason})` : ""}`,
  );
  if (typeof result.invalidStepKey === "string") details.push(`step key: ${result.invalidStepKey}`);
  throw new CliError(`${what}: ${result.__typename}${result.message ? `: ${result.message}` : ""}`, details);
}

/** The selection every union read by `expectType` needs: its type name and, for error members, their message. */
export const ERROR_FIELDS = "__typename ... on Error { message }";

/** What a launch can answer besides success: config errors with their paths, bad step keys or outputs. */
export const LAUNCH_ERROR_FIELDS = `${ERROR_FIELDS}
  ... on RunConfigValidationInvalid { errors { message path reason } }
  ... on InvalidStepError { invalidStepKey }
  ... on InvalidOutputError { stepKey invalidOutputName }`;
