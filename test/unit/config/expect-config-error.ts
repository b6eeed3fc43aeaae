import { ConfigError } from "../../../shared/config/config-error";

/** Runs `load`, which must throw a ConfigError, and returns it. */
export function expectConfigError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError, but the config loaded");
}

/** The issue lines of a ConfigError message (everything after the "<source> is invalid:" header). */
export function issueLines(error: ConfigError): string[] {
  return error.message
    .split("\n")
    .slice(1)
    .map((line) => line.trim());
}
