/**
 * The runs list's filters: statuses (several at once), a job and `key=value` tags, shown as removable
 * chips once applied. Every change goes straight to the URL through `onChange`.
 * @module
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { FILTERABLE_STATUSES, type RunStatus } from "./run-status";
import { formatTag, hasCriteria, parseTag, type RunsFilterState } from "./runs-filter";
import type { FilterOptionsData } from "./runs-query";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

type Change = Partial<Omit<RunsFilterState, "cursor">>;

export function RunsFilterBar({
  filter,
  options,
  onChange,
}: {
  filter: RunsFilterState;
  options: FilterOptionsData | undefined;
  onChange: (change: Change) => void;
}) {
  const jobs = [
    ...new Set([
      ...(options?.repositoriesOrError.nodes ?? []).flatMap((node) => node.pipelines.map((job) => job.name)),
      ...(filter.job ? [filter.job] : []),
    ]),
  ].sort();
  const tagSuggestions = (options?.runTagsOrError?.tags ?? []).flatMap(({ key, values }) =>
    values.map((value) => formatTag({ key, value })),
  );
  const statusMenu = useRef<HTMLDetailsElement>(null);
  useCloseOnOutsideClick(statusMenu);
  const toggleStatus = (status: RunStatus) =>
    onChange({
      statuses: filter.statuses.includes(status)
        ? filter.statuses.filter((each) => each !== status)
        : [...filter.statuses, status],
    });

  return (
    <div className={styles.runsFilters}>
      <div className={`${ui.toolbar} ${styles.toolbar}`}>
        <details className={styles.dropdown} ref={statusMenu}>
          <summary className={ui.button}>
            Status{filter.statuses.length ? ` (${filter.statuses.length})` : ""}{" "}
            <span aria-hidden="true">▾</span>
          </summary>
          <fieldset className={styles.dropdownMenu}>
            <legend className={ui.srOnly}>Run status</legend>
            {FILTERABLE_STATUSES.map((status) => (
              <label key={status} className={`${ui.check} ${styles.check}`}>
                <input
                  type="checkbox"
                  checked={filter.statuses.includes(status)}
                  onChange={() => toggleStatus(status)}
                />
                {status.replaceAll("_", " ")}
              </label>
            ))}
          </fieldset>
        </details>
        <label>
          Job
          <select
            value={filter.job ?? ""}
            onChange={(event) => onChange({ job: event.target.value || null })}
          >
            <option value="">All jobs</option>
            {jobs.map((job) => (
              <option key={job} value={job}>
                {job}
              </option>
            ))}
          </select>
        </label>
        <TagInput
          suggestions={tagSuggestions}
          onAdd={(tag) =>
            onChange({
              tags: [...filter.tags.filter((each) => each.key !== tag.key || each.value !== tag.value), tag],
            })
          }
        />
      </div>
      {hasCriteria(filter) ? (
        <div className={styles.activeFilters} aria-label="Active filters">
          {filter.statuses.map((status) => (
            <Chip key={status} label={`status: ${status}`} onRemove={() => toggleStatus(status)} />
          ))}
          {filter.job ? <Chip label={`job: ${filter.job}`} onRemove={() => onChange({ job: null })} /> : null}
          {filter.tags.map((tag) => (
            <Chip
              key={formatTag(tag)}
              label={`tag: ${formatTag(tag)}`}
              onRemove={() => onChange({ tags: filter.tags.filter((each) => each !== tag) })}
            />
          ))}
          <button
            type="button"
            className={ui.linkButton}
            onClick={() => onChange({ statuses: [], job: null, tags: [] })}
          >
            Clear all
          </button>
        </div>
      ) : null}
    </div>
  );
}

function TagInput({
  suggestions,
  onAdd,
}: {
  suggestions: readonly string[];
  onAdd: (tag: { key: string; value: string }) => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tag = parseTag(text);
    if (!tag) {
      setError(`Tag filter "${text}": write it as key=value`);
      return;
    }
    setError(null);
    setText("");
    onAdd(tag);
  };
  return (
    <form className={styles.tagInput} onSubmit={submit}>
      <label>
        Tag
        <input
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="key=value"
          list="run-tag-suggestions"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "run-tag-error" : undefined}
        />
      </label>
      <datalist id="run-tag-suggestions">
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <button type="submit" disabled={text.trim() === ""}>
        Add tag filter
      </button>
      {error ? (
        <span id="run-tag-error" className={ui.fieldError} role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className={styles.filterChip}>
      {label}
      <button type="button" aria-label={`Remove filter ${label}`} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

/** A `<details>` menu closes when the pointer goes down elsewhere or Escape is pressed, as menus do. */
function useCloseOnOutsideClick(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !menu.contains(event.target as Node))
        menu.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, [ref]);
}
