/** Joins the class names that apply: a condition that does not hold gives `false` and is skipped. */
export function cx(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
