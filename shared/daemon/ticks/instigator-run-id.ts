/**
 * Run ids derived from what a run was requested for (instigator, run key, scheduled time), so the same
 * request delivered twice names the same run and storage refuses the second (RUN_CONFLICT).
 * @module
 */

/** A UUID-shaped id hashed (SHA-256) from `parts`; the same parts always give the same id. Never throws. */
export async function instigatorRunId(...parts: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(parts)));
  const hex = [...new Uint8Array(digest).slice(0, 16)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
