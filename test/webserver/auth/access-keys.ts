/**
 * Signing Cloudflare Access JWTs as a team would, with RSA keys generated per test run: the global setup
 * serves the public keys (JWKS) from loopback and hands the private ones to the tests through `inject`.
 * @module
 */
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";

export const TEAM_DOMAIN = "dagflare-test.cloudflareaccess.com";
export const AUDIENCE = "aud-tag-of-the-dagflare-app";

export type TeamKeys = {
  signing: JWK & { kid: string };
  rotated: JWK & { kid: string };
  unknown: JWK & { kid: string };
};

export async function generateTeamKeys(): Promise<TeamKeys> {
  const make = async (kid: string) => {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    return { ...(await exportJWK(privateKey)), kid, alg: "RS256" };
  };
  return {
    signing: await make("key-1"),
    rotated: await make("key-2"),
    unknown: await make("never-published"),
  };
}

/** The public half of a private JWK. */
export function publicJwk({ kid, alg, kty, n, e }: JWK): JWK {
  return { kid, alg, kty, n, e, use: "sig" };
}

export type Claims = { email?: string; groups?: string[]; aud?: string; iss?: string; exp?: number };

/** An Access JWT for `claims` (valid for an hour from now unless `exp` says), signed with `key`. */
export async function accessJwt(key: JWK & { kid: string }, claims: Claims = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { aud = AUDIENCE, iss = `https://${TEAM_DOMAIN}`, exp = now + 3600, ...rest } = claims;
  return new SignJWT({ ...rest, type: "app" })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now - 10)
    .setExpirationTime(exp)
    .setSubject(claims.email ?? "service")
    .sign(await importJWK(key, "RS256"));
}

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedJwt(claims: Claims): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replaceAll("=", "").replaceAll("+", "-").replaceAll("/", "_");
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: "none", typ: "JWT" })}.${encode({ aud: AUDIENCE, iss: `https://${TEAM_DOMAIN}`, exp: now + 3600, iat: now, ...claims })}.`;
}
