/**
 * A small client-side router over the History API: every page has a real URL, so a deep link to a run,
 * job, schedule or sensor works on reload (the webserver answers unknown paths with index.html).
 * @module
 */
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";

const NAVIGATE_EVENT = "dagflare:navigate";

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export type Location = { readonly pathname: string; readonly search: URLSearchParams };

function currentLocation(): Location {
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

/** The current location; re-renders on navigation and on the browser's back/forward. */
export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = () => setLocation(currentLocation());
    window.addEventListener("popstate", update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return location;
}

/** Replaces the query string (e.g. list filters) without adding a history entry per keystroke. */
export function setSearchParams(params: Record<string, string | readonly string[] | undefined>): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === "string" ? [value] : (value ?? []))
      if (item !== "") search.append(key, item);
  }
  const query = search.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { replace: true });
}

/**
 * Matches `pathname` against a pattern like `/runs/:runId`; returns the decoded params or null.
 * A trailing `*` param (`/files/:rest*`) takes the rest of the path.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split("/").filter(Boolean);
  const pathParts = pathname.split("/").filter(Boolean);
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    if (part.startsWith(":") && part.endsWith("*")) {
      params[part.slice(1, -1)] = pathParts.slice(index).map(decodeURIComponent).join("/");
      return params;
    }
    const actual = pathParts[index];
    if (actual === undefined) return null;
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return pathParts.length === patternParts.length ? params : null;
}

/** An in-app link: a real `<a href>` (open in new tab works) that navigates without a page load. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** Path builders, so pages link to each other without repeating URL shapes. */
export const paths = {
  overview: () => "/overview",
  runs: () => "/runs",
  run: (runId: string) => `/runs/${encodeURIComponent(runId)}`,
  jobs: () => "/jobs",
  job: (location: string, job: string) =>
    `/locations/${encodeURIComponent(location)}/jobs/${encodeURIComponent(job)}`,
  launchpad: (location: string, job: string) => `${paths.job(location, job)}/launchpad`,
  schedules: () => "/schedules",
  schedule: (location: string, name: string) =>
    `/locations/${encodeURIComponent(location)}/schedules/${encodeURIComponent(name)}`,
  sensors: () => "/sensors",
  sensor: (location: string, name: string) =>
    `/locations/${encodeURIComponent(location)}/sensors/${encodeURIComponent(name)}`,
  deployment: () => "/deployment",
  concurrency: () => "/concurrency",
  resources: () => "/resources",
  resource: (location: string, name: string) =>
    `/locations/${encodeURIComponent(location)}/resources/${encodeURIComponent(name)}`,
  admin: () => "/admin",
};
