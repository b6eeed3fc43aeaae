// Provisions the system packages a command needs from Debian's archive, so `npm test` passes on a new
// machine that has only Node: what is missing is installed when we are root and have apt-get; otherwise
// we stop before running anything and say exactly what to install. Each need names what must exist (a
// binary path, a glob such as /usr/lib/postgresql/*/bin/postgres, or a check), the Debian package that
// provides it, why it is needed, and optionally the variable that points elsewhere (CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";

export class ProvisionError extends Error {
  name = "ProvisionError";
}

/** Provisions one need (see ensureDebianPackages) and returns where it was found. */
export function ensureDebianPackage(need) {
  return ensureDebianPackages([need])[0];
}

/**
 * Makes every need present, installing the missing ones with one `apt-get update` and one `apt-get install`,
 * and returns, per need, the path it was found at (or `true` for a need given as a check).
 * Throws a ProvisionError naming every missing package when they cannot be installed here.
 */
export function ensureDebianPackages(needs) {
  const found = needs.map(locate);
  const missing = needs.filter((_, index) => !found[index]);
  if (missing.length === 0) return found;
  const packages = [...new Set(missing.map((need) => need.package))];
  const cannot = whyWeCannotInstall();
  if (cannot) throw new ProvisionError(missingMessage(missing, packages, cannot));
  console.log(`Installing from Debian's archive: ${missing.map(describe).join("; ")}.`);
  apt(["update"]);
  // The lock timeout lets a concurrent apt run (another shell, unattended upgrades) finish instead of failing us.
  apt(["-o", "DPkg::Lock::Timeout=300", "install", "-y", ...packages]);
  return needs.map((need, index) => {
    if (found[index]) return found[index];
    const now = locate(need);
    if (!now)
      throw new ProvisionError(`apt-get installed ${need.package}, but ${what(need)} is still missing.`);
    return now;
  });
}

/** Where the need is met: the override variable's path, the binary (the newest version when a glob matches several), or the check. */
function locate(need) {
  const override = need.pathVariable && process.env[need.pathVariable];
  if (override) {
    if (!isExecutable(override))
      throw new ProvisionError(
        `${need.pathVariable}=${override} is not an executable file (it should point to ${what(need)}, needed ${need.why}).`,
      );
    return override;
  }
  if (need.check) return need.check() ? true : undefined;
  return expand(need.binary).filter(isExecutable).at(-1);
}

/** The files an absolute path with `*` segments names, in version order (postgresql/15 before postgresql/16). */
function expand(pattern) {
  let paths = ["/"];
  for (const segment of pattern.split("/").filter(Boolean)) {
    if (!segment.includes("*")) {
      paths = paths.map((path) => join(path, segment));
      continue;
    }
    const matcher = new RegExp(
      `^${segment
        .split("*")
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    paths = paths.flatMap((path) =>
      existsSync(path)
        ? readdirSync(path)
            .filter((name) => matcher.test(name))
            .sort(byVersion)
            .map((name) => join(path, name))
        : [],
    );
  }
  return paths;
}

const byVersion = (a, b) => a.localeCompare(b, "en", { numeric: true });

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Undefined when we can install packages here, else the reason we cannot. */
function whyWeCannotInstall() {
  if (!onPath("apt-get")) return "This machine has no apt-get";
  if (process.getuid?.() !== 0) return "Installing packages needs root";
  return undefined;
}

function onPath(command) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

function apt(args) {
  const command = ["apt-get", ...args];
  console.log(`$ ${command.join(" ")}`);
  const result = spawnSync(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0)
    throw new ProvisionError(
      `\`${command.join(" ")}\` failed (exit ${result.status ?? result.signal}); see its output above.`,
    );
}

function missingMessage(missing, packages, cannot) {
  const overrides = missing
    .filter((need) => need.pathVariable)
    .map((need) => `set ${need.pathVariable} to ${need.label ?? need.package} installed elsewhere`);
  const them = missing.length === 1 ? "it" : "them";
  return [
    `Missing: ${missing.map(describe).join("; ")}.`,
    `${cannot}, so install ${them} yourself:`,
    `  sudo apt-get install -y ${packages.join(" ")}`,
    ...(overrides.length ? [`or ${overrides.join(", or ")}.`] : []),
  ].join("\n");
}

const what = (need) =>
  need.label ? `${need.label} (${need.binary ?? need.package})` : (need.binary ?? need.package);
const describe = (need) => `${what(need)} from Debian's package ${need.package}, needed ${need.why}`;
