/** Measuring GraphQL operations before they run: depth, aliases, and cost multiplied by list limits. */
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  measureOperation,
  overLimits,
  RESTRICTED_QUERY_LIMITS,
} from "../../../workers/webserver/graphql/auth/query-cost";

const measure = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  measureOperation(parse(query), operationName, variables);

describe("query cost", () => {
  it("counts every field once, and nested fields times each list limit above them", () => {
    expect(
      measure(`{ version runsOrError(limit: 10) { ... on Runs { results { runId tags { key } } } } }`),
    ).toEqual({ depth: 4, aliases: 0, cost: 1 + 1 + 10 * (1 + 1 + 1 + 1) });
  });

  it("reads limits from variables and follows fragments", () => {
    const query = `query Q($n: Int) { runsOrError(limit: $n) { ...R } } fragment R on Runs { results { runId } }`;
    expect(measure(query, { n: 1000 })?.cost).toBe(1 + 1000 * 2);
  });

  it("counts aliases and picks the named operation", () => {
    expect(measure(`query A { a: version b: version } query B { version }`, {}, "A")).toMatchObject({
      aliases: 2,
      cost: 2,
    });
    expect(measure(`query A { version }`, {}, "missing")).toBeNull();
  });

  it("refuses over each limit, naming it", () => {
    expect(overLimits({ depth: 21, aliases: 0, cost: 1 }, RESTRICTED_QUERY_LIMITS)).toBe(
      "query depth 21 is over the limit of 20",
    );
    expect(overLimits({ depth: 1, aliases: 5000, cost: 5000 }, RESTRICTED_QUERY_LIMITS)).toBe(
      "5000 aliased fields are over the limit of 100",
    );
    expect(overLimits({ depth: 1, aliases: 0, cost: 1e9 }, RESTRICTED_QUERY_LIMITS)).toMatch(
      /^query cost 1000000000 .* over the limit of 100000/,
    );
    expect(overLimits({ depth: 20, aliases: 100, cost: 100_000 }, RESTRICTED_QUERY_LIMITS)).toBeNull();
  });
});
