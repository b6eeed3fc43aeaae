/**
 * Admin (`/admin`): API tokens (create, with the secret shown this once; revoke), the role grants in
 * dagflare.yaml, and the audit log of every state change asked for, newest first, paged. Non-admins see
 * why they may not.
 * @module
 */
import { useState, type FormEvent } from "react";
import { request } from "../../api/graphql";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { ErrorBox, Loading } from "../../components/states";
import { Timestamp } from "../../components/timestamp";
import ui from "../../components/ui.module.css";
import type { DagflareRole } from "../../gql/graphql";
import type { PageProps } from "../../page-props";
import { ADMIN_QUERY, CREATE_TOKEN, REVOKE_TOKEN } from "./admin-query";
import styles from "./admin.module.css";

const ROLES: DagflareRole[] = ["VIEWER", "LAUNCHER", "EDITOR", "ADMIN"];

const roles = (
  role: string | null | undefined,
  locationRoles: readonly { locationName: string; role: string }[],
) => [role ?? "none", ...locationRoles.map((entry) => `${entry.role} on ${entry.locationName}`)].join(", ");

export function AdminPage(_props: PageProps) {
  const [cursor, setCursor] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(ADMIN_QUERY, { cursor });
  const [name, setName] = useState("");
  const [role, setRole] = useState<DagflareRole>("VIEWER");
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = (await request(CREATE_TOKEN, { name, role })).createApiToken;
    if (result.__typename === "CreatedApiToken") {
      setSecret(result.secret);
      setName("");
      refetch();
    } else setProblem(result.message);
  };
  const revoke = async (id: string) => {
    const result = (await request(REVOKE_TOKEN, { id })).revokeApiToken;
    if (result.__typename !== "RevokedApiToken") setProblem(result.message);
    refetch();
  };

  const tokens = data?.apiTokensOrError;
  const grants = data?.roleGrantsOrError;
  const audit = data?.auditLogOrError;
  return (
    <>
      <PageHeader title="Admin" />
      {error && !data ? <ErrorBox title="Could not load the admin page" error={error} /> : null}
      {loading ? <Loading what="tokens and the audit log" /> : null}
      {tokens && tokens.__typename !== "ApiTokens" ? (
        <p className={styles.refused}>{tokens.message}</p>
      ) : null}
      {tokens?.__typename === "ApiTokens" ? (
        <section aria-label="API tokens">
          <h2>API tokens</h2>
          <form className={styles.createForm} onSubmit={(event) => void create(event)}>
            <label>
              Name
              <input
                aria-label="Token name"
                value={name}
                onChange={(event) => setName(event.target.value)}
                required
              />
            </label>
            <label>
              Role
              <select
                aria-label="Token role"
                value={role}
                onChange={(event) => setRole(event.target.value as DagflareRole)}
              >
                {ROLES.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            </label>
            <button type="submit" className={ui.button}>
              Create token
            </button>
          </form>
          {secret ? (
            <p data-testid="new-token-secret">
              Copy this token now; it is not shown again: <span className={styles.secret}>{secret}</span>
            </p>
          ) : null}
          {problem ? <p className={styles.refused}>{problem}</p> : null}
          <DataTable
            label="API tokens"
            rows={tokens.tokens}
            rowKey={(token) => token.id}
            columns={[
              { header: "Name", cell: (token) => token.name },
              { header: "Roles", cell: (token) => roles(token.role, token.locationRoles) },
              { header: "Status", cell: (token) => token.status },
              { header: "Created", cell: (token) => <Timestamp value={token.createdAt} /> },
              {
                header: "Last used",
                cell: (token) => (token.lastUsedAt ? <Timestamp value={token.lastUsedAt} /> : "never"),
              },
              { header: "Created by", cell: (token) => token.createdBy },
              {
                header: "",
                cell: (token) =>
                  token.status === "REVOKED" ? null : (
                    <button type="button" className={ui.button} onClick={() => void revoke(token.id)}>
                      Revoke
                    </button>
                  ),
              },
            ]}
          />
        </section>
      ) : null}
      {grants?.__typename === "RoleGrants" ? (
        <section aria-label="Role grants">
          <h2>Role grants (auth.grants in dagflare.yaml)</h2>
          <p className={ui.muted}>Users no grant names: {grants.defaultRole ?? "refused"}.</p>
          <DataTable
            label="Role grants"
            rows={grants.grants}
            rowKey={(grant) => `${grant.email ?? ""}|${grant.group ?? ""}`}
            columns={[
              { header: "Who", cell: (grant) => grant.email ?? `group ${grant.group}` },
              { header: "Roles", cell: (grant) => roles(grant.role, grant.locationRoles) },
            ]}
          />
        </section>
      ) : null}
      {audit?.__typename === "AuditLog" ? (
        <section aria-label="Audit log">
          <h2>Audit log</h2>
          <DataTable
            label="Audit log"
            rows={audit.entries}
            rowKey={(entry) => entry.id}
            columns={[
              { header: "When", cell: (entry) => <Timestamp value={entry.timestamp} /> },
              { header: "Who", cell: (entry) => entry.principal },
              { header: "Action", cell: (entry) => entry.action },
              { header: "Target", cell: (entry) => <code>{entry.target}</code> },
              {
                header: "Outcome",
                cell: (entry) => (entry.allowed ? "allowed" : `refused: ${entry.reason ?? ""}`),
              },
            ]}
          />
          {audit.cursor ? (
            <button type="button" className={ui.button} onClick={() => setCursor(audit.cursor ?? null)}>
              Older entries
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
