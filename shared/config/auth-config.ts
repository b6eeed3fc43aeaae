/**
 * `auth` in dagflare.yaml: who may reach the deployment and with which role. Absent, only requests to
 * localhost are served (anyone there acts as admin, as with Dagster OSS); `public: true` says explicitly
 * that a deployment is open to everyone. Otherwise callers sign in with an API token (tokens.enabled, the
 * bootstrap admin token being the Worker secret DAGFLARE_ADMIN_TOKEN) or through Cloudflare Access
 * (`access`), and `grants` give Access users their roles by email or Access group, for the whole
 * deployment and per code location.
 * @module
 */
import { z } from "zod";
import { ROLES } from "../auth/roles";
import { booleanField, httpUrlField, integerField, listOf, secondsField, stringField } from "./config-fields";
import { envable, type Resolved } from "./pending-env-value";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

const roleField = () => envable(z.enum(ROLES, { error: `expected one of ${ROLES.join(", ")}` }));

/** A team domain such as `myteam.cloudflareaccess.com` (no scheme, no path). */
const TEAM_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export const AccessConfigSchema = yamlMapping({
  team_domain: stringField({
    regex: TEAM_DOMAIN,
    expected: "expected a team domain such as myteam.cloudflareaccess.com",
  }),
  /** The Access application's Application Audience (AUD) tag. */
  audience: stringField(),
  /** Where the team's signing keys are; by default https://<team_domain>/cdn-cgi/access/certs. */
  jwks_url: httpUrlField().optional(),
});

/** A role for an Access user (by email) or everyone in an Access group; `locations` raise it per code location. */
export const RoleGrantSchema = yamlMapping({
  email: stringField().optional(),
  group: stringField().optional(),
  role: roleField().optional(),
  locations: z.record(z.string(), roleField(), NOT_A_MAPPING).default({}),
}).refine((grant) => (grant.email === undefined) !== (grant.group === undefined), {
  error: "a grant names exactly one of email or group",
});

export const AuthConfigSchema = yamlMapping({
  /** true: no sign-in at all, anyone who reaches the URL may do everything. */
  public: booleanField().default(false),
  tokens: yamlMapping({ enabled: booleanField().default(true) }).prefault({}),
  access: AccessConfigSchema.optional(),
  grants: listOf(RoleGrantSchema).default([]),
  /** The role of an Access user no grant names (absent: such a user is refused). */
  default_role: roleField().optional(),
  /** Failed sign-ins allowed per client address per window before it is refused with 429. */
  rate_limit: yamlMapping({
    max_failures: integerField(1).default(20),
    window_seconds: secondsField("positive").default(60),
  }).prefault({}),
});

export type AuthConfig = Resolved<z.output<typeof AuthConfigSchema>>;
export type AccessConfig = NonNullable<AuthConfig["access"]>;
export type RoleGrantConfig = AuthConfig["grants"][number];
