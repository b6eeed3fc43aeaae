/**
 * The application shell: the top navigation and the page the URL names. `/` opens the overview, as
 * Dagster's UI does.
 * @module
 */
import { useEffect, useState } from "react";
import { SIGN_IN_REQUIRED } from "./auth/session-token";
import { SignInPage } from "./auth/sign-in-page";
import { ViewerBadge } from "./auth/viewer-badge";
import { EmptyState } from "./components/states";
import { Link, matchPath, navigate, paths, useLocation } from "./router";
import { routes, type Section } from "./routes";
import styles from "./app.module.css";

const sections: ReadonlyArray<{ section: Section; label: string; to: string }> = [
  { section: "overview", label: "Overview", to: paths.overview() },
  { section: "runs", label: "Runs", to: paths.runs() },
  { section: "jobs", label: "Jobs", to: paths.jobs() },
  { section: "schedules", label: "Schedules", to: paths.schedules() },
  { section: "sensors", label: "Sensors", to: paths.sensors() },
  { section: "deployment", label: "Deployment", to: paths.deployment() },
  { section: "concurrency", label: "Concurrency", to: paths.concurrency() },
  { section: "resources", label: "Resources", to: paths.resources() },
  { section: "admin", label: "Admin", to: paths.admin() },
];

export function App() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === "/") navigate(paths.overview(), { replace: true });
  }, [pathname]);
  const matched = routes
    .map((route) => ({ route, params: matchPath(route.pattern, pathname) }))
    .find((entry) => entry.params !== null);
  const Page = matched?.route.page;
  const [signIn, setSignIn] = useState<string | null>(null);
  useEffect(() => {
    const onSignInRequired = (event: Event) => setSignIn((event as CustomEvent<string>).detail);
    window.addEventListener(SIGN_IN_REQUIRED, onSignInRequired);
    return () => window.removeEventListener(SIGN_IN_REQUIRED, onSignInRequired);
  }, []);
  return (
    <div className={styles.shell}>
      <nav className={styles.topnav} aria-label="Main">
        <Link to={paths.overview()} className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" /> Dagflare
        </Link>
        {sections.map((entry) => (
          <Link
            key={entry.section}
            to={entry.to}
            className={matched?.route.section === entry.section ? styles.active : undefined}
            aria-current={matched?.route.section === entry.section ? "page" : undefined}
          >
            {entry.label}
          </Link>
        ))}
        <ViewerBadge />
        <a href="/graphql" className={styles.graphiqlLink} target="_blank" rel="noreferrer">
          GraphiQL
        </a>
      </nav>
      <main className={styles.page}>
        {signIn !== null ? (
          <SignInPage message={signIn} />
        ) : Page && matched?.params ? (
          <Page key={pathname} params={matched.params} />
        ) : pathname === "/" ? null : (
          <EmptyState title="Page not found">
            Nothing lives at <code>{pathname}</code>. <Link to={paths.overview()}>Go to the overview</Link>.
          </EmptyState>
        )}
      </main>
    </div>
  );
}
