/**
 * file_sensor: watches a (simulated) landing folder where a file `file-<epoch seconds>.csv` appears at
 * every multiple of 5 minutes. Each tick requests one etl_job run per file newer than the cursor
 * (run key = file name, at most 5 per tick) and moves the cursor to the newest; no new file → skip.
 * The listing is derived from the clock alone, so the sensor needs no network and is deterministic.
 * @module
 */
import { defineSensor, RunRequest, SkipReason } from "dagflare";
import { etlJob } from "../jobs/etl-job";

export const FILE_INTERVAL_SECONDS = 300;
const MAX_FILES_PER_TICK = 5;
const FILE_NAME = /^file-(\d+)\.csv$/;

export const fileName = (epochSeconds: number): string => `file-${epochSeconds}.csv`;
export const fileUrl = (name: string): string => `https://files.example.com/incoming/${name}`;

function fileTime(cursor: string): number {
  const match = FILE_NAME.exec(cursor);
  if (match?.[1] === undefined)
    throw new Error(`file_sensor: cursor "${cursor}" is not a file name like ${fileName(0)}`);
  return Number(match[1]);
}

export const fileSensor = defineSensor({
  name: "file_sensor",
  job: etlJob,
  minimumIntervalSeconds: 30,
  description: "One etl_job run per new file in the landing folder.",
  fn: ({ cursor, log }) => {
    const newest = Math.floor(Date.now() / 1000 / FILE_INTERVAL_SECONDS) * FILE_INTERVAL_SECONDS;
    // A first tick picks up only the newest file rather than the folder's whole history.
    const seenUntil = cursor === null ? newest - FILE_INTERVAL_SECONDS : fileTime(cursor);
    const first = Math.max(
      seenUntil + FILE_INTERVAL_SECONDS,
      newest - (MAX_FILES_PER_TICK - 1) * FILE_INTERVAL_SECONDS,
    );
    const files: string[] = [];
    for (let time = first; time <= newest; time += FILE_INTERVAL_SECONDS) files.push(fileName(time));
    const last = files.at(-1);
    if (last === undefined) return SkipReason(`no file newer than ${cursor ?? "the start"}`);
    log.info(`found ${files.length} new file(s): ${files.join(", ")}`);
    return {
      runRequests: files.map((name) =>
        RunRequest({
          runKey: name,
          runConfig: { ops: { extract: { config: { source_url: fileUrl(name) } } } },
        }),
      ),
      cursor: last,
    };
  },
});
