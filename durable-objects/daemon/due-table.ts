/**
 * When each sub-daemon is next due, in the Daemon object's own SQLite. A Durable Object has one alarm,
 * so every sub-daemon's timer lives here and the alarm is armed for the earliest row.
 * @module
 */

export class DueTable {
  constructor(private readonly sql: SqlStorage) {
    sql.exec("CREATE TABLE IF NOT EXISTS due_tasks (task TEXT PRIMARY KEY, due_at INTEGER NOT NULL)");
  }

  /** Epoch milliseconds the task is next due, or null for a task never run. */
  dueAt(task: string): number | null {
    const [row] = this.sql
      .exec<{ due_at: number }>("SELECT due_at FROM due_tasks WHERE task = ?", task)
      .toArray();
    return row?.due_at ?? null;
  }

  setDueAt(task: string, dueAt: number): void {
    this.sql.exec(
      "INSERT INTO due_tasks (task, due_at) VALUES (?, ?) ON CONFLICT (task) DO UPDATE SET due_at = excluded.due_at",
      task,
      Math.ceil(dueAt),
    );
  }

  /** Drops the rows of tasks no longer enabled (the config changed), so they stop arming the alarm. */
  keepOnly(tasks: readonly string[]): void {
    const placeholders = tasks.map(() => "?").join(", ");
    this.sql.exec(`DELETE FROM due_tasks WHERE task NOT IN (${placeholders})`, ...tasks);
  }

  /** The earliest due time, or null when no task is scheduled. */
  earliest(): number | null {
    const [row] = this.sql
      .exec<{ due_at: number | null }>("SELECT min(due_at) AS due_at FROM due_tasks")
      .toArray();
    return row?.due_at ?? null;
  }
}
