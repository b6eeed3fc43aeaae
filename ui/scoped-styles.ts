// Keeps class names collision-free: a build fails when a stylesheet other than a CSS module declares a
// class (only theme variables, the reset and element defaults may be global), when a component names
// a class its CSS module does not define (`styles.ganttRwo` would otherwise be a silent `undefined`),
// and when no module imports a stylesheet at all.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Plugin } from "vite";

const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;

/** The class names a stylesheet declares, leaving out declarations, comments and `:global(...)` names. */
export function declaredClasses(css: string): Set<string> {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/:global\([^)]*\)/g, "")
    .replace(/\{[^{}]*\}/g, "{}");
  return new Set([...selectors.matchAll(CLASS)].map((match) => match[1] as string));
}

const camelCase = (name: string) => name.replace(/[-_]+(\w)/g, (_, letter: string) => letter.toUpperCase());

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Problems with the UI's styles under `root`/src, each naming the file and the class. */
export function styleProblems(root: string): string[] {
  const files = filesUnder(join(root, "src"));
  const problems: string[] = [];
  for (const file of files.filter((name) => name.endsWith(".css") && !name.endsWith(".module.css"))) {
    for (const name of declaredClasses(readFileSync(file, "utf8"))) {
      problems.push(`${relative(root, file)}: global class .${name}; move it to a component's *.module.css`);
    }
  }
  const sources = files.filter((name) => /\.tsx?$/.test(name));
  const imported = new Set(
    sources.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^import (?:\w+ from )?"(\.[^"]+\.css)";$/gm)].map((match) =>
        resolve(dirname(file), match[1] as string),
      ),
    ),
  );
  for (const file of files.filter((name) => name.endsWith(".css") && !imported.has(name))) {
    problems.push(`${relative(root, file)}: no module imports this stylesheet, so none of it applies`);
  }
  for (const file of sources) {
    const source = readFileSync(file, "utf8");
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const [, binding, path] of source.matchAll(/^import (\w+) from "([^"]+\.module\.css)";$/gm)) {
      const classes = declaredClasses(readFileSync(resolve(dirname(file), path as string), "utf8"));
      const known = new Set([...classes, ...[...classes].map(camelCase)]);
      for (const [, name] of code.matchAll(new RegExp(`(?<![\\w/.-])${binding}\\.(\\w+)`, "g"))) {
        if (!known.has(name as string))
          problems.push(`${relative(root, file)}: ${binding}.${name} is not a class of ${path}`);
      }
    }
  }
  return problems;
}

export function scopedStyles(root: string): Plugin {
  return {
    name: "dagflare-scoped-styles",
    buildStart() {
      const problems = styleProblems(root);
      if (problems.length > 0) this.error(`UI styles:\n${problems.join("\n")}`);
    },
  };
}
