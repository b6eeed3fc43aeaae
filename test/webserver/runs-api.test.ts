/**
 * The JSON runs API's answer to run config it cannot read, inside workerd: YAML with a syntax error or a
 * value that is not a mapping is a 400 in the documented shape (`{ error, field, errors: [{ reason, path,
 * message }] }`), the message placing the problem by line and column, and nothing is launched.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

type BadRequest = {
  error: string;
  field?: string;
  errors?: { reason: string; path: string[]; message: string }[];
};

async function launch(body: Record<string, unknown>): Promise<{ status: number; body: BadRequest }> {
  const response = await SELF.fetch("http://dagflare/api/runs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as BadRequest };
}

describe("POST /api/runs with run config it cannot read", () => {
  it("answers YAML with a syntax error with the documented shape, naming line and column", async () => {
    const runId = `bad-yaml-${crypto.randomUUID()}`;
    const answer = await launch({
      job: "etl_job",
      runId,
      runConfig: "ops:\n  extract:\n    config:\n      source_url: a\n     tags: []\n",
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: "Run config for job etl_job is invalid",
      field: "runConfig",
      errors: [
        {
          reason: "YAML_SYNTAX_ERROR",
          path: [],
          message:
            "Run config is not valid YAML: All mapping items must start at the same column at line 5, column 1.",
        },
      ],
    });
    expect((await SELF.fetch(`http://dagflare/api/runs/${runId}`)).status).toBe(404);
  });

  it("answers YAML that is not a mapping with a RUNTIME_TYPE_MISMATCH at its line and column", async () => {
    const answer = await launch({ job: "hello_job", runConfig: "\n- ops\n- resources\n" });
    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe("runConfig");
    expect(answer.body.errors).toEqual([
      {
        reason: "RUNTIME_TYPE_MISMATCH",
        path: [],
        message: expect.stringContaining('got a value of type "array" at line 2, column 1'),
      },
    ]);
  });
});
