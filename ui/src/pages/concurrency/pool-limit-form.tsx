/**
 * Sets a pool's limit (a new pool, or an existing one's): the server checks the name and the bounds and
 * its message is shown as it answers.
 * @module
 */
import { useState, type FormEvent } from "react";
import { request } from "../../api/graphql";
import ui from "../../components/ui.module.css";
import { SET_LIMIT } from "./concurrency-query";
import styles from "./concurrency.module.css";

export function PoolLimitForm({ min, max, onChanged }: { min: number; max: number; onChanged: () => void }) {
  const [pool, setPool] = useState("");
  const [limit, setLimit] = useState("1");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await request(SET_LIMIT, { concurrencyKey: pool.trim(), limit: Number(limit) });
      setPool("");
      onChanged();
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.limitForm} onSubmit={(event) => void submit(event)} aria-label="Set a pool limit">
      <label>
        Pool
        <input
          value={pool}
          onChange={(event) => setPool(event.target.value)}
          placeholder="e.g. warehouse"
          required
        />
      </label>
      <label>
        Limit
        <input
          type="number"
          min={min}
          max={max}
          value={limit}
          onChange={(event) => setLimit(event.target.value)}
          required
        />
      </label>
      <button type="submit" className={ui.primary} disabled={saving}>
        {saving ? "Saving…" : "Set limit"}
      </button>
      {error ? (
        <span className={ui.fieldError} role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
