/**
 * What user code prints, attributed to the step that printed it: Workers have no stdout or stderr of
 * their own, so the console is the op's output. `console.log/info/debug` count as stdout and
 * `console.warn/error` as stderr, as in Node. The console methods are wrapped once per isolate; an
 * AsyncLocalStorage context carries the step's sink through everything the op awaits, so concurrent
 * steps (the multi executor) each get their own output. The text is still printed as before.
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";

export type OutputStream = "stdout" | "stderr";
export type OutputSink = (stream: OutputStream, text: string) => void;

const STREAM_OF_METHOD = {
  log: "stdout",
  info: "stdout",
  debug: "stdout",
  warn: "stderr",
  error: "stderr",
} as const satisfies Record<string, OutputStream>;

const currentSink = new AsyncLocalStorage<OutputSink>();
let consoleWrapped = false;

function wrapConsole(): void {
  if (consoleWrapped) return;
  consoleWrapped = true;
  for (const [method, stream] of Object.entries(STREAM_OF_METHOD)) {
    const print = console[method as keyof typeof STREAM_OF_METHOD].bind(console);
    console[method as keyof typeof STREAM_OF_METHOD] = (...args: unknown[]) => {
      currentSink.getStore()?.(stream, `${format(...args)}\n`);
      print(...args);
    };
  }
}

/** Runs `work`, sending what it (and everything it awaits or schedules) prints to the console to `sink` too. */
export function captureConsole<T>(sink: OutputSink, work: () => Promise<T>): Promise<T> {
  wrapConsole();
  return currentSink.run(sink, work);
}
