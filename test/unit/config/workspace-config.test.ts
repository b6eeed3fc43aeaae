import { describe, expect, expectTypeOf, it } from "vitest";
import {
  loadWorkspaceConfig,
  type CodeLocationConfig,
  type WorkspaceConfig,
} from "../../../shared/config/workspace-config";
import { expectConfigError, issueLines } from "./expect-config-error";

const load = (text: string | null | undefined, env: Record<string, unknown> = {}) =>
  loadWorkspaceConfig(text, { source: "workspace.yaml", env });
const errorsOf = (text: string) => issueLines(expectConfigError(() => load(text)));

describe("workspace.yaml", () => {
  it.each([
    ["null", null],
    ["empty", ""],
    ["no load_from", "# no locations yet\n"],
    ["an empty list", "load_from: []"],
  ])("%s means no code locations", (_name, text) => {
    expect(load(text)).toEqual({ locations: [] });
  });

  it("parses service binding and url locations", () => {
    const config = load(
      `load_from:
  - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }
  - url: { url: https://loc.example.com, location_name: remote, headers: { Authorization: { env: TOKEN } } }
`,
      { TOKEN: "Bearer abc" },
    );
    expect(config.locations).toEqual([
      { type: "service_binding", locationName: "example", binding: "EXAMPLE_LOCATION" },
      {
        type: "url",
        locationName: "remote",
        url: "https://loc.example.com",
        headers: { Authorization: "Bearer abc" },
      },
    ]);
    expect(Object.isFrozen(config.locations)).toBe(true);
  });

  it("derives a missing location name from the binding or the URL's host", () => {
    const config = load(
      "load_from:\n  - service_binding: { binding: MY_ETL_LOCATION }\n  - url: { url: 'http://localhost:8787/definitions' }\n",
    );
    expect(config.locations.map((location) => location.locationName)).toEqual([
      "my-etl-location",
      "localhost",
    ]);
    expect(config.locations[1]).toEqual({
      type: "url",
      locationName: "localhost",
      url: "http://localhost:8787/definitions",
      headers: {},
    });
  });

  it("names both entries of a duplicate location name", () => {
    expect(
      errorsOf(`load_from:
  - service_binding: { binding: A, location_name: etl }
  - service_binding: { binding: B }
  - url: { url: https://x.example.com, location_name: etl }
  - service_binding: { binding: ETL }
`),
    ).toEqual([
      'load_from[2] (line 4, column 5): location name "etl" is already used by load_from[0]',
      'load_from[3] (line 5, column 5): location name "etl" is already used by load_from[0]',
    ]);
  });

  it("rejects bad names, bad bindings, bad URLs and unknown entry kinds", () => {
    expect(
      errorsOf(`load_from:
  - service_binding: { binding: my-location }
  - url: { url: "ftp://files.example.com", location_name: "my location" }
  - url: { url: not a url }
  - python_module: my_module
  - {}
  - service_binding: { binding: A }
    url: { url: https://a.example.com }
  - url: { url: "http://[::1]:8080" }
  - url: { url: https://a.example.com, headers: { "Bad Header": x } }
`),
    ).toEqual([
      'load_from[0].service_binding.binding (line 2, column 33): expected a Worker binding name (letters, digits and _, not starting with a digit), got "my-location"',
      'load_from[1].url.url (line 3, column 17): expected an http(s) URL, got "ftp://files.example.com"',
      'load_from[1].url.location_name (line 3, column 59): expected a location name (letters, digits, _, . and -), got "my location"',
      'load_from[2].url.url (line 4, column 17): expected an http(s) URL, got "not a url"',
      "load_from[3].python_module (line 5, column 5): unknown key",
      "load_from[4] (line 6, column 5): a load_from entry needs exactly one of: service_binding, url",
      "load_from[5] (line 7, column 5): a load_from entry needs exactly one of: service_binding, url",
      'load_from[6].url.location_name (line 9, column 10): the default location name "[::1]" (from url) is not valid; set location_name',
      'load_from[7].url.headers["Bad Header"] (line 10, column 51): expected an HTTP header name, got "Bad Header"',
    ]);
    expect(errorsOf("load_from: { service_binding: { binding: A } }")).toEqual([
      'load_from (line 1, column 12): expected a list, got {"service_binding":{"binding":"A"}}',
    ]);
    expect(errorsOf("load_form: []")).toEqual(["load_form (line 1, column 1): unknown key"]);
  });

  it("types the parsed locations", () => {
    expectTypeOf<CodeLocationConfig>().toEqualTypeOf<
      | { readonly type: "service_binding"; readonly locationName: string; readonly binding: string }
      | {
          readonly type: "url";
          readonly locationName: string;
          readonly url: string;
          readonly headers: { readonly [name: string]: string };
        }
    >();
    expectTypeOf<WorkspaceConfig["locations"]>().toEqualTypeOf<readonly CodeLocationConfig[]>();
  });
});
