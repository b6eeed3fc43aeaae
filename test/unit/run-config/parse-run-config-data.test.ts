import { describe, expect, it } from "vitest";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import { parseRunConfigData } from "../../../shared/run-config/parse-run-config-data";

function parseError(input: unknown): DagflareError {
  try {
    parseRunConfigData(input);
  } catch (error) {
    if (error instanceof DagflareError) return error;
    throw error;
  }
  throw new Error("expected parseRunConfigData to throw");
}

describe("parseRunConfigData", () => {
  it("takes a JSON object as it is", () => {
    const config = { ops: { extract: { config: { limit: 3 } } } };
    expect(parseRunConfigData(config)).toBe(config);
  });

  it("treats null, undefined, an empty string and a comment-only document as no config", () => {
    for (const input of [null, undefined, "", "   \n", "# nothing to configure\n"])
      expect(parseRunConfigData(input)).toEqual({});
  });

  it("parses YAML text, and JSON text as YAML", () => {
    const yaml =
      "ops:\n  extract:\n    config:\n      limit: 3\n      tags: [a, b]\n      verbose: true\n      ratio: 0.5\n";
    const expected = {
      ops: { extract: { config: { limit: 3, tags: ["a", "b"], verbose: true, ratio: 0.5 } } },
    };
    expect(parseRunConfigData(yaml)).toEqual(expected);
    expect(parseRunConfigData(JSON.stringify(expected))).toEqual(expected);
  });

  it("uses YAML 1.2 core scalars: yes/no stay strings, a bare key is null", () => {
    expect(parseRunConfigData("a: yes\nb: no\nc: 010\nd:\n")).toEqual({ a: "yes", b: "no", c: 10, d: null });
  });

  it("reports a YAML syntax error with its line and column", () => {
    const error = parseError("ops:\n  extract:\n    config:\n      limit: 3\n     tags: []\nresources: {}\n");
    expect(error.code).toBe("INVALID_RUN_CONFIG");
    expect(error.message).toBe(
      "Run config is not valid YAML: All mapping items must start at the same column at line 5, column 1.",
    );
    expect(parseError("ops:\n  a: b: c\n").message).toBe(
      "Run config is not valid YAML: Nested mappings are not allowed in compact mappings at line 2, column 6.",
    );
    // An unclosed quote or bracket is only noticed at the end of the text.
    expect(parseError('ops:\n  extract: "unterminated\n').message).toMatch(
      /^Run config is not valid YAML: Missing closing "quote at line 3, column 1\.$/,
    );
  });

  it("rejects duplicate keys, naming where the duplicate is", () => {
    expect(parseError("ops: {}\nresources: {}\nops: {}\n").message).toBe(
      "Run config is not valid YAML: Map keys must be unique at line 3, column 1.",
    );
  });

  it("rejects a top-level list or scalar, in text or as a value", () => {
    expect(parseError("\n- a\n- b\n")).toMatchObject({
      code: "INVALID_RUN_CONFIG",
      message:
        'Run config must be a mapping of top-level entries (ops, resources, execution), got a value of type "array" at line 2, column 1.',
    });
    expect(parseError("42").message).toContain('got a value of type "integer" at line 1, column 1.');
    expect(parseError([{ ops: {} }]).message).toBe(
      'Run config must be a mapping of top-level entries (ops, resources, execution), got a value of type "array".',
    );
    expect(parseError(true).code).toBe("INVALID_RUN_CONFIG");
  });
});
