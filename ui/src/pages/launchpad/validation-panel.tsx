/**
 * The launchpad's problem list: YAML syntax errors with their line and column, or the server's config
 * errors with their run config path; clicking one puts the editor's cursor on it. Also the two fixes
 * (scaffold missing config, remove extra config) when validation reported something they fix.
 * @module
 */
import { formatConfigPath, type ConfigProblem } from "./config-problems";
import type { YamlProblem } from "./run-config-yaml";
import type { ValidationResult } from "./use-run-config-validation";
import ui from "../../components/ui.module.css";
import styles from "./launchpad.module.css";

const REASON_LABELS: Readonly<Record<string, string>> = {
  MISSING_REQUIRED_FIELD: "Missing field",
  MISSING_REQUIRED_FIELDS: "Missing fields",
  FIELD_NOT_DEFINED: "Unexpected field",
  FIELDS_NOT_DEFINED: "Unexpected fields",
  RUNTIME_TYPE_MISMATCH: "Wrong type",
  SELECTOR_FIELD_ERROR: "Choose one",
};

export type ValidationPanelProps = {
  readonly syntaxProblems: readonly YamlProblem[];
  readonly configProblems: readonly ConfigProblem[];
  readonly result: ValidationResult | undefined;
  readonly pending: boolean;
  readonly onJump: (offset: number) => void;
  readonly onScaffold?: () => void;
  readonly onRemoveExtra?: () => void;
};

export function ValidationPanel({
  syntaxProblems,
  configProblems,
  result,
  pending,
  onJump,
  onScaffold,
  onRemoveExtra,
}: ValidationPanelProps) {
  return (
    <section className={`${ui.panel} ${styles.panel}`} aria-labelledby="launchpad-validation-title">
      <div className={styles.launchpadPanelHead}>
        <h2 id="launchpad-validation-title">Config check</h2>
        <ValidationStatus syntaxErrors={syntaxProblems.length} result={result} pending={pending} />
      </div>
      {syntaxProblems.length ? (
        <ul className={styles.launchpadProblems} aria-label="YAML syntax errors">
          {syntaxProblems.map((problem) => (
            <li key={`${problem.from}-${problem.message}`}>
              <button type="button" className={styles.launchpadProblem} onClick={() => onJump(problem.from)}>
                <span className={styles.launchpadProblemWhere}>
                  YAML syntax error · line {problem.line}, column {problem.column}
                </span>
                <span className={styles.launchpadProblemMessage}>{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <ResultDetails result={result} problems={configProblems} onJump={onJump} />
      )}
      {onScaffold || onRemoveExtra ? (
        <div className={styles.launchpadFixes}>
          {onScaffold ? (
            <button type="button" onClick={onScaffold}>
              Scaffold missing config
            </button>
          ) : null}
          {onRemoveExtra ? (
            <button type="button" onClick={onRemoveExtra}>
              Remove extra config
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function ResultDetails({
  result,
  problems,
  onJump,
}: {
  result: ValidationResult | undefined;
  problems: readonly ConfigProblem[];
  onJump: (offset: number) => void;
}) {
  if (!result) return <p className={ui.muted}>Checking the config…</p>;
  if (result.kind === "valid")
    return (
      <p className={styles.launchpadValid}>
        The config is valid{result.selectedOps ? ` for the ${result.selectedOps.length} selected ops` : ""}.
      </p>
    );
  if (result.kind === "subset")
    return <p className={ui.muted}>Fix the op selection to check the config against it.</p>;
  if (result.kind === "error")
    return <p className={ui.fieldError}>Could not check the config: {result.message}</p>;
  return (
    <ul className={styles.launchpadProblems} aria-label="Config errors">
      {problems.map((problem, index) => (
        <li key={`${index}-${problem.path.join(".")}`}>
          <button
            type="button"
            className={styles.launchpadProblem}
            onClick={() => onJump(problem.from)}
            title="Show in the editor"
          >
            <span className={styles.launchpadProblemWhere}>
              <code className={styles.launchpadProblemPath}>{formatConfigPath(problem.path)}</code>
              <span className={styles.launchpadProblemReason}>
                {REASON_LABELS[problem.reason] ?? problem.reason}
              </span>
            </span>
            <span className={styles.launchpadProblemMessage}>{problem.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ValidationStatus({
  syntaxErrors,
  result,
  pending,
}: {
  syntaxErrors: number;
  result: ValidationResult | undefined;
  pending: boolean;
}) {
  const [className, text] =
    syntaxErrors > 0
      ? ["bad", "Invalid YAML"]
      : !result || (pending && result.kind === "valid")
        ? ["pending", "Checking…"]
        : result.kind === "valid"
          ? ["good", "Valid"]
          : result.kind === "invalid"
            ? ["bad", `${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}`]
            : result.kind === "subset"
              ? ["bad", "Op selection invalid"]
              : ["bad", "Not checked"];
  return (
    <span
      className={`${styles.launchpadStatus} ${styles[`launchpad-status-${className}`]}`}
      role="status"
      data-testid="config-status"
    >
      {pending && className !== "pending" ? <span className={ui.spinner} aria-hidden="true" /> : null} {text}
    </span>
  );
}
