/**
 * One launchpad session: the config text, op selection and tags being edited, their live checks, and
 * the launch. Problems are shown where they belong: YAML and config errors in the editor (marked lines)
 * and the problem list, an op selection error under its field, a tag problem on its row, and any other
 * launch failure beside the Launch button.
 * @module
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { request } from "../../api/graphql";
import { ConfigSchemaView } from "../../components/config-schema-view";
import { configTypeLookup, type ConfigType } from "../../components/config-types";
import { PageHeader } from "../../components/page-header";
import type { Tag } from "../../components/tag-list";
import { YamlEditor, type EditorProblem, type YamlEditorHandle } from "../../components/yaml-editor";
import { navigate, paths } from "../../router";
import type { JobSelector } from "../jobs/use-job-selector";
import { locateConfigErrors } from "./config-problems";
import { defaultRunConfigYaml } from "./default-run-config";
import { addMissingConfig, extraFields, missingFields, removeExtraConfig } from "./edit-run-config";
import { launchRun } from "./launch";
import { SCAFFOLD_QUERY, type ConfigError } from "./launchpad-query";
import { parseRunConfigYaml } from "./run-config-yaml";
import { checkTags, TagsEditor, type TagRow } from "./tags-editor";
import { useRunConfigValidation } from "./use-run-config-validation";
import { ValidationPanel } from "./validation-panel";
import ui from "../../components/ui.module.css";
import styles from "./launchpad.module.css";

export type LaunchpadSessionProps = {
  readonly selector: JobSelector;
  readonly crumbs: ReactNode;
  readonly jobTags: readonly Tag[];
  readonly opCount: number;
  readonly rootTypeKey: string;
  /** The run config schema's `allConfigTypes`. */
  readonly configTypes: readonly ConfigType[];
};

type Failure = { readonly title: string; readonly message: string };

const NO_ERRORS: readonly ConfigError[] = [];

/** Dagster's op selection is a list of clauses; the field takes them separated by commas or spaces. */
const splitSelection = (text: string) => text.split(/[\s,]+/).filter(Boolean);

export function LaunchpadSession({
  selector,
  crumbs,
  jobTags,
  opCount,
  rootTypeKey,
  configTypes,
}: LaunchpadSessionProps) {
  const ids = useId();
  const editor = useRef<YamlEditorHandle>(null);
  const lookup = useMemo(() => configTypeLookup(configTypes), [configTypes]);
  const defaultYaml = useMemo(() => defaultRunConfigYaml(rootTypeKey, lookup), [rootTypeKey, lookup]);
  const [text, setText] = useState(defaultYaml);
  const [selectionText, setSelectionText] = useState("");
  const [tagRows, setTagRows] = useState<TagRow[]>([]);
  const [launching, setLaunching] = useState(false);
  const [failure, setFailure] = useState<Failure>();

  const parsed = useMemo(() => parseRunConfigYaml(text), [text]);
  const opSelection = useMemo(() => splitSelection(selectionText), [selectionText]);
  // While the YAML does not parse, the last config that did stays validated: no requests, no flicker.
  const lastParsedConfig = useRef<Record<string, unknown>>({});
  if (parsed.kind === "ok") lastParsedConfig.current = parsed.value;
  const config = lastParsedConfig.current;
  const validation = useRunConfigValidation(selector, config, opSelection);
  const result = validation.result;
  const syntaxProblems = parsed.kind === "syntax" ? parsed.problems : [];
  const configErrors = useMemo(() => (result?.kind === "invalid" ? result.errors : NO_ERRORS), [result]);
  const configProblems = useMemo(
    () => (parsed.kind === "ok" ? locateConfigErrors(parsed.document, configErrors) : []),
    [parsed, configErrors],
  );
  const editorProblems: EditorProblem[] = useMemo(
    () =>
      parsed.kind === "syntax"
        ? parsed.problems.map((problem) => ({
            from: problem.from,
            to: problem.to,
            message: `YAML syntax error (line ${problem.line}, column ${problem.column}): ${problem.message}`,
          }))
        : configProblems,
    [parsed, configProblems],
  );
  const tagCheck = useMemo(() => checkTags(tagRows), [tagRows]);
  const subsetError = result?.kind === "subset" ? result.message : undefined;

  const launch = async () => {
    if (launching) return;
    const firstSyntax = syntaxProblems[0];
    if (firstSyntax) {
      setFailure({
        title: "The run config is not valid YAML",
        message: `Line ${firstSyntax.line}, column ${firstSyntax.column}: ${firstSyntax.message}`,
      });
      editor.current?.focusAt(firstSyntax.from);
      return;
    }
    const [badTag] = tagCheck.problems;
    if (badTag) {
      setFailure({ title: "A tag needs fixing", message: badTag[1] });
      return;
    }
    setFailure(undefined);
    setLaunching(true);
    try {
      const outcome = await launchRun({ selector, config, opSelection, tags: tagCheck.tags });
      if (outcome.kind === "launched") {
        navigate(paths.run(outcome.runId));
        return;
      }
      if (outcome.kind === "config") {
        validation.report({ kind: "invalid", errors: outcome.errors });
        setFailure({
          title: "The run config is invalid",
          message: `Fix the ${outcome.errors.length === 1 ? "error" : `${outcome.errors.length} errors`} listed under “Config check”, then launch again.`,
        });
      } else if (outcome.kind === "subset") {
        validation.report({ kind: "subset", message: outcome.message });
        setFailure({ title: "The op selection is invalid", message: outcome.message });
      } else {
        setFailure({ title: outcome.title, message: outcome.message });
      }
    } catch (error) {
      setFailure({
        title: "Could not launch the run",
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setLaunching(false);
    }
  };

  // Ctrl/Cmd+Enter launches from anywhere on the page (the editor handles its own and marks it handled).
  const launchRef = useRef(launch);
  launchRef.current = launch;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      event.preventDefault();
      void launchRef.current();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const scaffold = async () => {
    const selection = opSelection.length ? { solidSelection: opSelection } : {};
    try {
      const data = await request(SCAFFOLD_QUERY, { selector: { ...selector, ...selection } });
      const schema = data.runConfigSchemaOrError;
      if (!("rootDefaultYaml" in schema)) throw new Error(schema.message);
      setText(addMissingConfig(text, schema.rootDefaultYaml, configErrors));
    } catch (error) {
      setFailure({
        title: "Could not scaffold the missing config",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const hasMissing = configErrors.some((error) => missingFields(error).length > 0);
  const hasExtra = configErrors.some((error) => extraFields(error).length > 0);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Launchpad · ${selector.pipelineName}`}
        actions={
          <>
            <span className={`${styles.launchpadShortcut} ${ui.muted}`} aria-hidden="true">
              Ctrl/⌘ + Enter
            </span>
            <button
              type="button"
              className={ui.primary}
              onClick={() => void launch()}
              disabled={launching}
              aria-keyshortcuts="Control+Enter Meta+Enter"
            >
              {launching ? "Launching…" : "Launch run"}
            </button>
          </>
        }
      />
      {failure ? (
        <div className={`${ui.state} ${ui.stateError} ${styles.launchpadFailure}`} role="alert">
          <strong>{failure.title}</strong>
          <pre>{failure.message}</pre>
        </div>
      ) : null}
      <div className={styles.launchpad}>
        <div className={styles.launchpadMain}>
          <div className={styles.launchpadOpSelection}>
            <label htmlFor={`${ids}-selection`}>Op selection</label>
            <input
              id={`${ids}-selection`}
              value={selectionText}
              onChange={(event) => setSelectionText(event.target.value)}
              placeholder="* (all ops) — e.g. extract+, *load, transform_a"
              aria-invalid={subsetError ? true : undefined}
              aria-describedby={`${ids}-selection-help${subsetError ? ` ${ids}-selection-error` : ""}`}
              spellCheck={false}
              autoComplete="off"
            />
            <div id={`${ids}-selection-help`} className={`${ui.muted} ${styles.launchpadHelp}`}>
              <code>name</code> one op, <code>*name</code> with all its upstream ops, <code>name+</code> with
              one level downstream; separate clauses with commas.{" "}
              {result && result.kind !== "subset" && result.kind !== "error" ? (
                <SelectionSummary selected={result.selectedOps} total={opCount} />
              ) : null}
            </div>
            {subsetError ? (
              <div
                id={`${ids}-selection-error`}
                className={ui.fieldError}
                role="alert"
                data-testid="op-selection-error"
              >
                {subsetError}
              </div>
            ) : null}
          </div>
          <div className={styles.launchpadEditorHead}>
            <span id={`${ids}-editor-label`} className={styles.launchpadEditorLabel}>
              Run config (YAML)
            </span>
            <button
              type="button"
              onClick={() => setText(defaultYaml)}
              disabled={text === defaultYaml}
              title="Replace the config with the schema's defaults"
            >
              Reset to defaults
            </button>
          </div>
          <YamlEditor
            ref={editor}
            value={text}
            onChange={setText}
            problems={editorProblems}
            label="Run config (YAML)"
            describedBy={`${ids}-editor-help`}
            className={styles.editor}
            onSubmit={() => void launch()}
          />
          <p id={`${ids}-editor-help`} className={`${ui.muted} ${styles.launchpadHelp}`}>
            Tab indents; press Esc then Tab to move on from the editor. Ctrl/⌘ + Enter launches.
          </p>
        </div>
        <aside className={styles.launchpadSide} aria-label="Config check, tags and reference">
          <ValidationPanel
            syntaxProblems={syntaxProblems}
            configProblems={configProblems}
            result={result}
            pending={validation.pending}
            onJump={(offset) => editor.current?.focusAt(offset)}
            onScaffold={hasMissing && parsed.kind === "ok" ? () => void scaffold() : undefined}
            onRemoveExtra={
              hasExtra && parsed.kind === "ok"
                ? () => setText(removeExtraConfig(text, configErrors))
                : undefined
            }
          />
          <section className={`${ui.panel} ${styles.panel}`} aria-labelledby={`${ids}-tags`}>
            <h2 id={`${ids}-tags`}>Tags</h2>
            <TagsEditor rows={tagRows} onChange={setTagRows} jobTags={jobTags} problems={tagCheck.problems} />
          </section>
          <details className={`${ui.panel} ${styles.panel} ${styles.launchpadReference}`}>
            <summary>Config reference</summary>
            <ConfigSchemaView typeKey={rootTypeKey} lookup={lookup} />
          </details>
        </aside>
      </div>
    </>
  );
}

function SelectionSummary({ selected, total }: { selected: readonly string[] | undefined; total: number }) {
  if (!selected)
    return (
      <span className={styles.launchpadSelectionSummary} data-testid="op-selection-summary">
        All {total} ops run.
      </span>
    );
  const shown = selected.slice(0, 6).join(", ");
  return (
    <span className={styles.launchpadSelectionSummary} data-testid="op-selection-summary">
      {selected.length} of {total} ops run: {shown}
      {selected.length > 6 ? ", …" : ""}.
    </span>
  );
}
