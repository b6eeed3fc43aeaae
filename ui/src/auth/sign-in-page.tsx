/**
 * Shown instead of the page when the server asks for sign-in (401): paste an API token, kept in this
 * tab's sessionStorage only. Behind Cloudflare Access the browser is signed in by Access and never sees this.
 */
import { useState, type FormEvent } from "react";
import { setSessionToken } from "./session-token";
import styles from "./auth.module.css";

export function SignInPage({ message }: { message: string }) {
  const [token, setToken] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSessionToken(token.trim());
    window.location.reload();
  };
  return (
    <form className={styles.signIn} onSubmit={submit} data-testid="sign-in">
      <h1>Sign in</h1>
      <p className={styles.error}>{message}</p>
      <label htmlFor="api-token">API token</label>
      <input
        id="api-token"
        type="password"
        autoComplete="off"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        placeholder="dagflare_…"
      />
      <button type="submit" disabled={token.trim() === ""}>
        Sign in
      </button>
      <p>The token stays in this browser tab only (sessionStorage) and is sent as Authorization: Bearer.</p>
    </form>
  );
}
