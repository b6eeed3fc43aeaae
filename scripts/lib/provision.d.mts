/** Something a command needs from the machine and the Debian package that provides it. */
export interface DebianNeed {
  /** The Debian package that provides it, e.g. "chromium", "postgresql", "python3-graphql-core". */
  package: string;
  /** Why it is needed, read after "needed": "by the ui project's browser tests". */
  why: string;
  /** An absolute path to an executable; `*` segments match any name (/usr/lib/postgresql/<asterisk>/bin/postgres). */
  binary?: string;
  /** Instead of a binary: whether it is present (e.g. python3 can import graphql). */
  check?: () => boolean;
  /** A human name for messages, e.g. "Chromium". */
  label?: string;
  /** A variable that, when set, names the binary to use instead (e.g. CHROMIUM_PATH). */
  pathVariable?: string;
}
export class ProvisionError extends Error {}
/** The path the need was found at (newest glob match), or `true` for a need given as a check. */
export function ensureDebianPackage(need: DebianNeed): string | true;
export function ensureDebianPackages(needs: DebianNeed[]): Array<string | true>;
