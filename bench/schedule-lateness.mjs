// Schedule tick lateness in real time: the example every_minute schedule runs under wrangler dev and
// each tick's lateness is measured as its run's creation time minus the scheduled time (and to RUN_START).
// Usage: node bench/schedule-lateness.mjs [ticks=20]   (takes about `ticks` minutes)
import { graphql, ms, percentile, startSystem } from "./lib.mjs";

const TICKS = Number(process.argv[2] ?? 20);
const selector = {
  repositoryLocationName: "example",
  repositoryName: "__repository__",
  scheduleName: "every_minute",
};
const STATE = `query ($selector: ScheduleSelector!) { scheduleOrError(scheduleSelector: $selector) { ... on Schedule { scheduleState {
  ticks(limit: 100) { status timestamp runs { creationTime logsForRunStart: eventConnection { events { ... on MessageEvent { eventType timestamp } } } } }
} } } }`;

const system = await startSystem();
try {
  await graphql(
    system.url,
    "mutation ($selector: ScheduleSelector!) { startSchedule(scheduleSelector: $selector) { __typename } }",
    { selector },
  );
  const deadline = Date.now() + (TICKS + 2) * 60_000;
  let ticks = [];
  while (Date.now() < deadline) {
    const data = await graphql(system.url, STATE, { selector });
    ticks = data.scheduleOrError.scheduleState.ticks.filter(
      (tick) => tick.status === "SUCCESS" && tick.runs.length > 0,
    );
    if (ticks.length >= TICKS) break;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  const toCreation = ticks.map((tick) => (tick.runs[0].creationTime - tick.timestamp) * 1000);
  const toStart = ticks.map((tick) => {
    const start = tick.runs[0].logsForRunStart.events.find((event) => event.eventType === "RUN_START");
    return start ? Number(start.timestamp) - tick.timestamp * 1000 : Number.NaN;
  });
  console.log(
    `every_minute (Europe/Berlin) over ${ticks.length} ticks: run created after the scheduled time p50 ${ms(percentile(toCreation, 50))}, max ${ms(Math.max(...toCreation))}`,
  );
  console.log(
    `scheduled time → RUN_START: p50 ${ms(percentile(toStart, 50))}, max ${ms(Math.max(...toStart))}`,
  );
} finally {
  await system.stop();
}
