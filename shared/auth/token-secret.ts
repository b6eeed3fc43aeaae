/**
 * API token secrets: 32 random bytes (256 bits) shown once, stored only as their SHA-256. A fast hash is
 * enough here, unlike for passwords: a slow hash (bcrypt, argon2) only protects secrets guessable by
 * brute force, and nobody can enumerate 2^256 secrets, so the hash of a leaked table reveals nothing;
 * being fast and deterministic, it is also the indexed key a request's token is looked up by.
 * @module
 */

/** Prefix naming what the secret is (so secret scanners and people recognise a leaked one). */
export const TOKEN_PREFIX = "dagflare_";

const toHex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

export function generateTokenSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return TOKEN_PREFIX + base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}

export async function hashTokenSecret(secret: string): Promise<string> {
  return toHex(await sha256(secret));
}

/**
 * Whether `given` is `expected`, in time independent of where they differ: both are hashed to 32 bytes
 * first (so lengths leak nothing), then every byte is compared.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  const left = new Uint8Array(a);
  const right = new Uint8Array(b);
  let difference = 0;
  for (let index = 0; index < left.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}
