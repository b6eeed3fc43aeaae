/** The title row of every page: a title, optional breadcrumbs above it and actions at the right. */
import type { ReactNode } from "react";
import styles from "./page-header.module.css";

export function PageHeader({
  title,
  crumbs,
  actions,
}: {
  title: ReactNode;
  crumbs?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className={styles.pageHeader}>
      <div>
        {crumbs ? <div className={styles.crumbs}>{crumbs}</div> : null}
        <h1>{title}</h1>
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
