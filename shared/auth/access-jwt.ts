/**
 * Cloudflare Access: the `Cf-Access-Jwt-Assertion` header Access adds to every request it lets through,
 * verified with jose against the team's signing keys. The key set is fetched once per isolate and URL and
 * cached; jose fetches it again when a token names a key id it does not have (Access rotates its keys),
 * at most every 30 seconds, so a forged key id cannot make it fetch on every request.
 * @module
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { AccessConfig } from "../config/auth-config";

export const ACCESS_JWT_HEADER = "cf-access-jwt-assertion";

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export function accessJwksUrl(config: AccessConfig): string {
  return config.jwksUrl ?? `https://${config.teamDomain}/cdn-cgi/access/certs`;
}

function keySet(url: string) {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url));
    keySets.set(url, set);
  }
  return set;
}

export type AccessIdentity = { email: string; groups: string[] };

export type AccessVerification = { ok: true; identity: AccessIdentity } | { ok: false; reason: string };

/** Access signs with RS256; anything else (`none` above all) is refused before any key is looked at. */
const ALGORITHMS = ["RS256"];

/**
 * Verifies `jwt` at `now` (epoch seconds): signature by a key of the team, `iss` the team domain, `aud`
 * the application's audience tag, not expired, and an email. Groups are read from a `groups` claim (top
 * level or under `custom`, where an identity provider's OIDC claims are passed through) when present.
 */
export async function verifyAccessJwt(
  jwt: string,
  config: AccessConfig,
  now: number,
): Promise<AccessVerification> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, keySet(accessJwksUrl(config)), {
      issuer: `https://${config.teamDomain}`,
      audience: config.audience,
      algorithms: ALGORITHMS,
      currentDate: new Date(now * 1000),
    }));
  } catch (thrown) {
    return { ok: false, reason: refusalReason(thrown) };
  }
  const email = payload.email;
  if (typeof email !== "string" || email === "")
    return {
      ok: false,
      reason: "the token carries no email (a service token is not a user; use an API token)",
    };
  return { ok: true, identity: { email, groups: groupsOf(payload) } };
}

function groupsOf(payload: JWTPayload): string[] {
  const custom = payload.custom as { groups?: unknown } | undefined;
  const groups = payload.groups ?? custom?.groups;
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === "string") : [];
}

function refusalReason(thrown: unknown): string {
  if (thrown instanceof errors.JWTExpired) return "the token has expired";
  if (thrown instanceof errors.JWTClaimValidationFailed) return `its ${thrown.claim} claim is wrong`;
  if (thrown instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify";
  if (thrown instanceof errors.JWKSNoMatchingKey) return "it is signed by a key the team does not have";
  if (thrown instanceof errors.JOSEAlgNotAllowed) return "it is not signed with RS256";
  if (thrown instanceof errors.JWKSTimeout || thrown instanceof errors.JWKSInvalid)
    return "the team's signing keys could not be fetched";
  if (thrown instanceof errors.JOSEError) return `it is malformed (${thrown.message})`;
  throw thrown;
}
