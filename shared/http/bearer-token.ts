/**
 * Bearer-token checks for the HTTP faces of Dagflare's run infrastructure (the webserver's instance API,
 * a run-worker service). Both tokens are hashed before comparing, so the comparison takes the same time
 * whatever the token sent, its length included.
 * @module
 */

/** The `Authorization` header value for `token`. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/** True when `authorization` is `Bearer <expected>`; compares in constant time. */
export async function bearerTokenMatches(
  expected: string,
  authorization: string | null | undefined,
): Promise<boolean> {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  const [expectedDigest, givenDigest] = await Promise.all([sha256(expected), sha256(given)]);
  let difference = given === "" ? 1 : 0;
  for (let index = 0; index < expectedDigest.length; index++)
    difference |= (expectedDigest[index] ?? 0) ^ (givenDigest[index] ?? 0);
  return difference === 0;
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
