// Types for dev-system.mjs (plain JavaScript so it runs before dependencies are installed).
import type { ChildProcess } from "node:child_process";

export function boundServices(wranglerToml: string): string[];
export function codeLocationConfigs(root: string, services: string[], folders?: string[]): string[];
export function applyLocalMigrations(options: { root: string; persistTo: string; quiet?: boolean }): void;
export type RunningSystem = {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
  output: () => string;
};
export function startWranglerDev(options: {
  root: string;
  configs: string[];
  port: number;
  persistTo: string;
  vars?: Record<string, string>;
  extraArgs?: string[];
  log?: (text: string) => void;
  readyPath?: string;
  timeoutMs?: number;
}): Promise<RunningSystem>;
