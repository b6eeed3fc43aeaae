/** Loading, empty and error states, shown where the data would have been. */
import type { ReactNode } from "react";
import ui from "./ui.module.css";

export function Loading({ what }: { what: string }) {
  return (
    <div className={ui.state} role="status">
      <span className={ui.spinner} aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={ui.state}>
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

export function ErrorBox({
  title = "Something went wrong",
  error,
}: {
  title?: string;
  error: Error | string;
}) {
  return (
    <div className={`${ui.state} ${ui.stateError}`} role="alert">
      <strong>{title}</strong>
      <pre>{typeof error === "string" ? error : error.message}</pre>
    </div>
  );
}
