/**
 * Run counts by status: what is queued and in progress now, and what succeeded, failed or was canceled
 * in the window. Each card links to the runs list filtered the same way.
 * @module
 */
import { Link, paths } from "../../router";
import { IN_PROGRESS_STATUSES, type CountResult, type OverviewData } from "./overview-query";
import ui from "../../components/ui.module.css";
import styles from "./overview.module.css";

type Card = {
  key: keyof OverviewData;
  label: string;
  statuses: readonly string[];
  colour: string;
  inWindow: boolean;
};

const CARDS: readonly Card[] = [
  { key: "queuedCount", label: "Queued", statuses: ["QUEUED"], colour: "queued", inWindow: false },
  {
    key: "inProgressCount",
    label: "In progress",
    statuses: IN_PROGRESS_STATUSES,
    colour: "started",
    inWindow: false,
  },
  { key: "successCount", label: "Succeeded", statuses: ["SUCCESS"], colour: "success", inWindow: true },
  { key: "failureCount", label: "Failed", statuses: ["FAILURE"], colour: "failure", inWindow: true },
  { key: "canceledCount", label: "Canceled", statuses: ["CANCELED"], colour: "canceled", inWindow: true },
];

export function StatusCounts({ data, windowLabel }: { data: OverviewData; windowLabel: string }) {
  return (
    <ul className={styles.statusCounts} aria-label="Runs by status">
      {CARDS.map((card) => {
        const result = data[card.key] as CountResult;
        const search = new URLSearchParams(card.statuses.map((status) => ["status", status])).toString();
        return (
          <li key={card.key}>
            <Link
              to={`${paths.runs()}?${search}`}
              className={`${styles.statusCount} ${styles[`status-count-${card.colour}`]}`}
              data-testid={`count-${card.statuses[0]}`}
            >
              <span className={styles.statusCountValue} data-testid="count-value">
                {"count" in result ? (result.count ?? "?") : "!"}
              </span>
              <span className={styles.statusCountLabel}>{card.label}</span>
              <span className={`${ui.muted} ${styles.muted} ${styles.statusCountWindow}`}>
                {card.inWindow ? windowLabel : "now"}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
