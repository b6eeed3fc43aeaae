/** The title row of every page: a title, optional breadcrumbs above it and actions at the right. */
import type { ReactNode } from "react";

export function PageHeader({ title, crumbs, actions }: { title: ReactNode; crumbs?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        {crumbs ? <div className="crumbs">{crumbs}</div> : null}
        <h1>{title}</h1>
      </div>
      {actions ? <div className="actions">{actions}</div> : null}
    </header>
  );
}
