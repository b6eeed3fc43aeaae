/** Event and step times as a wall clock to the millisecond (local time), with the UTC time for hovers. */
const clockFormat = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  fractionalSecondDigits: 3,
  hour12: false,
});
const utcFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

export const formatClock = (ms: number) => clockFormat.format(ms);
export const formatUtc = (ms: number) =>
  `${utcFormat.format(ms)}.${String(Math.floor(ms % 1000)).padStart(3, "0")} UTC`;
