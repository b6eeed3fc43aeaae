/**
 * A python3 with graphql-core 3.2, what DagsterGraphQLClient builds our schema with (graphene pins
 * graphql-core below 3.3). DAGFLARE_PYTHON names one; otherwise `python3` on PATH, then /usr/bin/python3.
 * When none has it, Debian's python3-graphql-core is installed if it is a 3.2 release (trixie on) and we
 * may install it; bookworm's is 2.3.2, so there the test stops at once saying what to install.
 */
import { spawnSync } from "node:child_process";
import { ensureDebianPackage } from "../../scripts/lib/provision.mjs";

const DEBIAN_PACKAGE = "python3-graphql-core";
const SYSTEM_PYTHON = "/usr/bin/python3";
const isGraphQLCore32 = (version: string | undefined) => version?.startsWith("3.2.") ?? false;

/** The graphql-core version `python` imports, or undefined when it cannot run or import it. */
function graphqlCoreVersion(python: string): string | undefined {
  const result = spawnSync(python, ["-c", "import graphql; print(graphql.__version__)"], {
    encoding: "utf8",
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** What `python` has, for the message when none will do. */
function describePython(python: string, version: string | undefined): string {
  if (version) return `${python} has graphql-core ${version}`;
  return spawnSync(python, ["--version"]).error
    ? `${python} is not installed`
    : `${python} has no graphql-core`;
}

/** The version apt would install, or undefined without apt or the package. */
function debianCandidate(): string | undefined {
  const result = spawnSync("apt-cache", ["policy", DEBIAN_PACKAGE], { encoding: "utf8" });
  const candidate = /Candidate:\s*(\S+)/.exec(result.stdout ?? "")?.[1];
  return candidate && candidate !== "(none)" ? candidate : undefined;
}

/** The python3 to run graphql-core 3.2 with; throws, naming what to install, when there is none. */
export function graphqlCorePython(): string {
  const chosen = process.env.DAGFLARE_PYTHON;
  if (chosen) {
    const version = graphqlCoreVersion(chosen);
    if (isGraphQLCore32(version)) return chosen;
    throw new Error(
      `DAGFLARE_PYTHON: ${describePython(chosen, version)}; point it to a python3 with graphql-core 3.2.`,
    );
  }
  const seen: string[] = [];
  for (const python of ["python3", SYSTEM_PYTHON]) {
    const version = graphqlCoreVersion(python);
    if (isGraphQLCore32(version)) return python;
    seen.push(describePython(python, version));
  }
  const candidate = debianCandidate();
  if (isGraphQLCore32(candidate)) {
    ensureDebianPackage({
      package: DEBIAN_PACKAGE,
      label: `graphql-core 3.2 for ${SYSTEM_PYTHON}`,
      why: "by the integration tests that build our schema as DagsterGraphQLClient does",
      check: () => isGraphQLCore32(graphqlCoreVersion(SYSTEM_PYTHON)),
    });
    return SYSTEM_PYTHON;
  }
  throw new Error(
    [
      `These tests need python3 with graphql-core 3.2 (what DagsterGraphQLClient uses), but ${seen.join(" and ")}.`,
      `Install it with: python3 -m pip install 'graphql-core>=3.2,<3.3'  (or set DAGFLARE_PYTHON to a python3 that has it).`,
      `Debian's ${DEBIAN_PACKAGE} is ${candidate ? `${candidate} here` : "not available here"}; it is 3.2 only from Debian 13 (trixie) on.`,
    ].join("\n"),
  );
}
