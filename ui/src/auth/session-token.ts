/**
 * The API token a user pasted on the sign-in page, kept in this tab's sessionStorage only (gone when the
 * tab closes, never in localStorage or a cookie), and the event requests fire when the server asks for
 * sign-in.
 * @module
 */
const KEY = "dagflare.apiToken";

/** Fired on window when the server answers 401: the shell then shows the sign-in page. */
export const SIGN_IN_REQUIRED = "dagflare:sign-in-required";

export function sessionToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setSessionToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export function authHeaders(): Record<string, string> {
  const token = sessionToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
