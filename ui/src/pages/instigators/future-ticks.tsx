/** The schedule's next ticks (`futureTicks`), each in the schedule's timezone (local on hover), with a button to dry-run it. */
import { ZonedTime } from "./zoned-time";

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
    <section className="panel" aria-labelledby="future-ticks-heading">
      <h2 id="future-ticks-heading">Upcoming ticks</h2>
      {running ? null : <p className="muted small">The schedule is off: these ticks run only once it is turned on.</p>}
      {ticks.length === 0 ? (
        <p className="muted">The cron schedule has no upcoming times.</p>
      ) : (
        <ol className="future-ticks">
          {ticks.map((tick) => (
            <li key={tick.timestamp}>
              <ZonedTime value={tick.timestamp} timeZone={timeZone} />
              <button type="button" className="small-button" onClick={() => onTest(tick.timestamp)}>
                Dry run
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
