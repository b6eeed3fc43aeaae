/**
 * Validation as you type: a moment after the config or the op selection last changed, the server checks
 * them (`isPipelineConfigValid` with the selection in the selector) and, with a selection, says which ops
 * it resolves to. Older answers are dropped; the last answer stays shown (marked pending) until the next
 * one arrives, so errors do not flicker while typing. A launch's own validation answer can be reported in.
 * @module
 */
import { useEffect, useState } from "react";
import { request } from "../../api/graphql";
import type { JobSelector } from "../jobs/use-job-selector";
import { VALIDATION_QUERY, type ConfigError, type ValidationData } from "./launchpad-query";

const DEBOUNCE_MS = 350;

export type ValidationResult =
  | { readonly kind: "valid"; readonly selectedOps?: readonly string[] }
  | {
      readonly kind: "invalid";
      readonly errors: readonly ConfigError[];
      readonly selectedOps?: readonly string[];
    }
  /** The op selection is wrong (InvalidSubsetError); the config could not be checked. */
  | { readonly kind: "subset"; readonly message: string }
  | { readonly kind: "error"; readonly message: string };

export function useRunConfigValidation(
  selector: JobSelector,
  config: Record<string, unknown>,
  opSelection: readonly string[],
) {
  const key = JSON.stringify({ selector, config, opSelection });
  const [state, setState] = useState<{ key?: string; result?: ValidationResult }>({});

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const input = JSON.parse(key) as {
        selector: JobSelector;
        config: Record<string, unknown>;
        opSelection: string[];
      };
      const hasSelection = input.opSelection.length > 0;
      const variables = {
        selector: { ...input.selector, ...(hasSelection ? { solidSelection: input.opSelection } : {}) },
        runConfigData: input.config,
        hasSelection,
      };
      try {
        setState({ key, result: toResult(await request(VALIDATION_QUERY, variables, controller.signal)) });
      } catch (error) {
        if (!controller.signal.aborted)
          setState({
            key,
            result: { kind: "error", message: error instanceof Error ? error.message : String(error) },
          });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return {
    result: state.result,
    pending: state.key !== key,
    /** Shows `result` (e.g. a launch's RunConfigValidationInvalid) as the answer for the current input. */
    report: (result: ValidationResult) => setState({ key, result }),
  };
}

function toResult(data: ValidationData): ValidationResult {
  const validation = data.isPipelineConfigValid;
  const pipeline = data.pipelineOrError;
  const selectedOps =
    pipeline && "solids" in pipeline ? pipeline.solids.map((solid) => solid.name) : undefined;
  if (validation.__typename === "PipelineConfigValidationValid") return { kind: "valid", selectedOps };
  if ("errors" in validation) return { kind: "invalid", errors: validation.errors, selectedOps };
  return validation.__typename === "InvalidSubsetError"
    ? { kind: "subset", message: validation.message }
    : { kind: "error", message: validation.message };
}
