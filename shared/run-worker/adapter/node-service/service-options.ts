/**
 * The run-worker service's options, each from a command-line flag or, failing that, an environment
 * variable (containers pass environment variables): one zod schema, and errors that name both.
 * @module
 */
import { parseArgs } from "node:util";
import { z } from "zod";

/** Each option: its flag, its environment variable, and what it is. */
export const SERVICE_OPTIONS = {
  definitions: {
    flag: "definitions",
    env: "DAGFLARE_DEFINITIONS",
    help: "module exporting the code location's definitions (required)",
  },
  export: {
    flag: "export",
    env: "DAGFLARE_DEFINITIONS_EXPORT",
    help: "the export to use (default: the default export, else the only function)",
  },
  port: { flag: "port", env: "PORT", help: "port to listen on (default 8080)" },
  host: { flag: "host", env: "HOST", help: "address to listen on (default 0.0.0.0)" },
  dataDir: {
    flag: "data-dir",
    env: "DAGFLARE_DATA_DIR",
    help: "where run state and outputs are kept (default .dagflare/run-worker)",
  },
  instanceUrl: {
    flag: "instance-url",
    env: "INSTANCE_URL",
    help: "the webserver's URL, for its instance API (needed to run runs)",
  },
  instanceToken: {
    flag: "instance-token",
    env: "INSTANCE_TOKEN",
    help: "the webserver's DAGFLARE_INSTANCE_TOKEN",
  },
  token: {
    flag: "token",
    env: "RUN_WORKER_TOKEN",
    help: "bearer token every request must carry (required unless the host is loopback)",
  },
  insecureNoAuth: {
    flag: "insecure-no-auth",
    env: "DAGFLARE_INSECURE_NO_AUTH",
    help: "accept requests without a token on a non-loopback host (a flag; the variable takes 1)",
    boolean: true,
  },
  locationName: {
    flag: "location-name",
    env: "DAGFLARE_LOCATION_NAME",
    help: "the code location whose runs this service takes; others are refused (default: any)",
  },
  idleExitSeconds: {
    flag: "idle-exit-seconds",
    env: "DAGFLARE_IDLE_EXIT_SECONDS",
    help: "exit after this long with no run executing and no request in flight (containers)",
  },
} as const;

type OptionKey = keyof typeof SERVICE_OPTIONS;

const ServiceOptionsSchema = z
  .object({
    definitions: z.string({ error: "required" }).min(1),
    export: z.string().min(1).optional(),
    port: z.coerce.number({ error: "expected a port number" }).int().min(0).max(65535).default(8080),
    host: z.string().min(1).default("0.0.0.0"),
    dataDir: z.string().min(1).default(".dagflare/run-worker"),
    instanceUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
    instanceToken: z.string().min(1).optional(),
    token: z.string().min(1).optional(),
    insecureNoAuth: z.stringbool({ error: "expected 1 or 0 (or true/false, yes/no, on/off)" }).default(false),
    locationName: z.string().min(1).optional(),
    idleExitSeconds: z.coerce.number({ error: "expected a number of seconds" }).positive().optional(),
  } satisfies Record<OptionKey, z.ZodType>)
  .refine((options) => (options.instanceUrl === undefined) === (options.instanceToken === undefined), {
    path: ["instanceToken"],
    message: "give the instance URL and its token together",
  })
  // Whoever reaches the service can run the location's code and report for any run: off loopback, only
  // with a token, unless the operator says otherwise in so many words.
  .superRefine((options, ctx) => {
    if (options.token !== undefined || options.insecureNoAuth || isLoopback(options.host)) return;
    ctx.addIssue({
      code: "custom",
      path: ["token"],
      message: `required when listening on ${options.host}, which is not loopback: give a token (clients send Authorization: Bearer <token>), listen on 127.0.0.1 (--host), or accept unauthenticated requests with --${SERVICE_OPTIONS.insecureNoAuth.flag} (or ${SERVICE_OPTIONS.insecureNoAuth.env}=1)`,
    });
  });

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export type ServiceOptions = z.output<typeof ServiceOptionsSchema>;

function describe(key: OptionKey): string {
  return `--${SERVICE_OPTIONS[key].flag} (${SERVICE_OPTIONS[key].env})`;
}

export function usage(): string {
  const lines = Object.keys(SERVICE_OPTIONS).map(
    (key) => `  ${describe(key as OptionKey).padEnd(58)} ${SERVICE_OPTIONS[key as OptionKey].help}`,
  );
  return `Usage: node --import tsx shared/run-worker/adapter/node-service/main.ts --definitions <module> [options]\n${lines.join("\n")}`;
}

/**
 * @throws Error naming every bad option by flag and variable, e.g. `--port (PORT): expected a port number`.
 */
export function parseServiceOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServiceOptions {
  const keys = Object.keys(SERVICE_OPTIONS) as OptionKey[];
  const { values } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      keys.map((key) => [
        SERVICE_OPTIONS[key].flag,
        { type: "boolean" in SERVICE_OPTIONS[key] ? ("boolean" as const) : ("string" as const) },
      ]),
    ),
    strict: true,
  });
  // A boolean flag given is "true", as its variable may say.
  const given = (key: OptionKey) => {
    const value = values[SERVICE_OPTIONS[key].flag];
    return typeof value === "boolean" ? String(value) : value;
  };
  const raw = Object.fromEntries(
    keys.map((key) => [key, given(key) ?? (env[SERVICE_OPTIONS[key].env] || undefined)]),
  );
  const parsed = ServiceOptionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${describe(issue.path[0] as OptionKey)}: ${issue.message}`,
  );
  throw new Error(`invalid run worker service options:\n  ${problems.join("\n  ")}\n${usage()}`);
}
