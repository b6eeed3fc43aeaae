/**
 * `.dev.vars`, the file wrangler reads local secrets from (dotenv format), so the offline check sees the
 * same variables `wrangler dev` gives the Worker.
 * @module
 */

/** `KEY=VALUE` lines; blank lines and `#` comments are skipped; matching surrounding quotes are removed. */
export function parseDevVars(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] === undefined || line.trimStart().startsWith("#")) continue;
    const value = match[2] ?? "";
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
    vars[match[1]] = quoted ? value.slice(1, -1) : value;
  }
  return vars;
}
