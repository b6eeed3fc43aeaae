/** The schedule's next ticks (`futureTicks`), each in the schedule's timezone (local on hover), with a button to dry-run it. */
import { ZonedTime } from "./zoned-time";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export function FutureTicks({
  ticks,
  timeZone,
  running,
  onTest,
}: {
  ticks: readonly { readonly timestamp: number }[];
  timeZone: string | null;
  running: boolean;
  onTest: (timestamp: number) => void;
}) {
  return (
    <section className={ui.panel} aria-labelledby="future-ticks-heading">
      <h2 id="future-ticks-heading">Upcoming ticks</h2>
      {running ? null : (
        <p className={`${ui.muted} ${ui.small}`}>
          The schedule is off: these ticks run only once it is turned on.
        </p>
      )}
      {ticks.length === 0 ? (
        <p className={ui.muted}>The cron schedule has no upcoming times.</p>
      ) : (
        <ol className={styles.futureTicks}>
          {ticks.map((tick) => (
            <li key={tick.timestamp}>
              <ZonedTime value={tick.timestamp} timeZone={timeZone} />
              <button type="button" className={styles.smallButton} onClick={() => onTest(tick.timestamp)}>
                Dry run
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
