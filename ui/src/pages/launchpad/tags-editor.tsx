/**
 * Run tags as editable key = value rows: add, remove, and a problem shown on the row it concerns (a value
 * without a key, a key used twice). Typing `key=value` into a key field splits it. The job's own tags,
 * which every run gets, are listed read-only above.
 * @module
 */
import { useId } from "react";
import { TagList, type Tag } from "../../components/tag-list";
import ui from "../../components/ui.module.css";
import styles from "./launchpad.module.css";

export type TagRow = { readonly id: number; readonly key: string; readonly value: string };

/** The rows' tags, or the first row with a problem and what it is. */
export function checkTags(rows: readonly TagRow[]): { tags: Tag[]; problems: ReadonlyMap<number, string> } {
  const problems = new Map<number, string>();
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    if (key === "" && row.value.trim() === "") continue;
    if (key === "") problems.set(row.id, "Enter a key for this tag.");
    else if (seen.has(key)) problems.set(row.id, `Tag key "${key}" is used twice.`);
    else {
      seen.add(key);
      tags.push({ key, value: row.value });
    }
  }
  return { tags, problems };
}

let nextRowId = 1;
export const newTagRow = (key = "", value = ""): TagRow => ({ id: nextRowId++, key, value });

export function TagsEditor({
  rows,
  onChange,
  jobTags,
  problems,
}: {
  rows: readonly TagRow[];
  onChange: (rows: TagRow[]) => void;
  jobTags: readonly Tag[];
  problems: ReadonlyMap<number, string>;
}) {
  const baseId = useId();
  const update = (id: number, change: Partial<TagRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const setKey = (row: TagRow, key: string) => {
    const split = key.indexOf("=");
    if (split > 0 && row.value === "")
      update(row.id, { key: key.slice(0, split), value: key.slice(split + 1) });
    else update(row.id, { key });
  };
  const add = () => {
    const row = newTagRow();
    onChange([...rows, row]);
    requestAnimationFrame(() => document.getElementById(`${baseId}-key-${row.id}`)?.focus());
  };
  return (
    <div className={styles.tagsEditor}>
      {jobTags.length ? (
        <p className={`${styles.tagsEditorJob} ${ui.muted}`}>
          From the job: <TagList tags={jobTags} />
        </p>
      ) : null}
      {rows.length ? (
        <ul className={styles.tagsEditorRows}>
          {rows.map((row, index) => {
            const problem = problems.get(row.id);
            const problemId = `${baseId}-problem-${row.id}`;
            return (
              <li key={row.id}>
                <div className={styles.tagsEditorRow}>
                  <label className={styles.tagsEditorField}>
                    <span className={ui.srOnly}>Tag {index + 1} key</span>
                    <input
                      id={`${baseId}-key-${row.id}`}
                      value={row.key}
                      placeholder="key"
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? problemId : undefined}
                      onChange={(event) => setKey(row, event.target.value)}
                    />
                  </label>
                  <span aria-hidden="true">=</span>
                  <label className={styles.tagsEditorField}>
                    <span className={ui.srOnly}>Tag {index + 1} value</span>
                    <input
                      value={row.value}
                      placeholder="value"
                      onChange={(event) => update(row.id, { value: event.target.value })}
                    />
                  </label>
                  <button
                    type="button"
                    aria-label={`Remove tag ${index + 1}${row.key ? ` (${row.key})` : ""}`}
                    title="Remove tag"
                    onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
                  >
                    ×
                  </button>
                </div>
                {problem ? (
                  <div id={problemId} className={ui.fieldError}>
                    {problem}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className={`${ui.muted} ${styles.tagsEditorEmpty}`}>No extra tags.</p>
      )}
      <button type="button" onClick={add}>
        + Add tag
      </button>
    </div>
  );
}
