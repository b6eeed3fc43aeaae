/** Who is signed in and their role, in the top navigation; signing out forgets the pasted token. */
import { useQuery } from "../api/use-query";
import { graphql } from "../gql";
import { sessionToken, setSessionToken } from "./session-token";
import styles from "./auth.module.css";

const ViewerQuery = graphql(`
  query Viewer {
    dagflareViewer {
      principal
      method
      role
      signInRequired
    }
  }
`);

export function ViewerBadge() {
  const { data } = useQuery(ViewerQuery, {});
  const viewer = data?.dagflareViewer;
  if (!viewer) return null;
  return (
    <span className={styles.viewer} data-testid="viewer">
      <span>
        {viewer.method === "LOCAL"
          ? viewer.signInRequired
            ? "anonymous"
            : "local (no sign-in)"
          : viewer.principal}
      </span>
      {viewer.role ? <span className={styles.role}>{viewer.role}</span> : null}
      {sessionToken() ? (
        <button
          type="button"
          className={styles.signOut}
          onClick={() => {
            setSessionToken(null);
            window.location.reload();
          }}
        >
          Sign out
        </button>
      ) : null}
    </span>
  );
}
