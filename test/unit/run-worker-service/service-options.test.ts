/**
 * The run-worker service's options (shared/run-worker/adapter/node-service/service-options.ts): flags before environment
 * variables, errors naming both, and no start without a token off loopback unless told so explicitly.
 */
import { describe, expect, it } from "vitest";
import {
  isLoopback,
  parseServiceOptions,
} from "../../../shared/run-worker/adapter/node-service/service-options";

const definitions = ["--definitions", "a.ts"];

describe("run worker service options", () => {
  it("takes flags before environment variables, with defaults for the rest", () => {
    const options = parseServiceOptions([...definitions, "--port", "9000"], {
      PORT: "1",
      INSTANCE_URL: "http://i.example",
      INSTANCE_TOKEN: "t",
      RUN_WORKER_TOKEN: "s",
    });
    expect(options).toMatchObject({
      definitions: "a.ts",
      port: 9000,
      host: "0.0.0.0",
      dataDir: ".dagflare/run-worker",
      instanceUrl: "http://i.example",
      instanceToken: "t",
      token: "s",
    });
    expect(options).toMatchObject({ insecureNoAuth: false, locationName: undefined });
  });

  it("names each bad option by flag and variable", () => {
    expect(() => parseServiceOptions(["--port", "http"], {})).toThrow(
      /--definitions \(DAGFLARE_DEFINITIONS\): required\n {2}--port \(PORT\): expected a port number\n/,
    );
    expect(() =>
      parseServiceOptions([...definitions, "--host", "127.0.0.1"], { INSTANCE_URL: "http://i.example" }),
    ).toThrow(/--instance-token \(INSTANCE_TOKEN\): give the instance URL and its token together/);
  });

  it("refuses to listen off loopback without a token, saying what to pass", () => {
    const expected = [
      "--token (RUN_WORKER_TOKEN): required when listening on 0.0.0.0, which is not loopback: give a token (clients send Authorization: Bearer <token>),",
      "listen on 127.0.0.1 (--host), or accept unauthenticated requests with --insecure-no-auth (or DAGFLARE_INSECURE_NO_AUTH=1)",
    ].join(" ");
    expect(() => parseServiceOptions(definitions, {})).toThrow(expected);
    expect(() => parseServiceOptions([...definitions, "--host", "10.0.0.5"], {})).toThrow(
      "required when listening on 10.0.0.5, which is not loopback",
    );
    expect(() => parseServiceOptions(definitions, { HOST: "::" })).toThrow(
      "required when listening on ::, which is not loopback",
    );
  });

  it("starts without a token on loopback, with a token, or with --insecure-no-auth (flag or variable)", () => {
    for (const host of ["127.0.0.1", "::1", "localhost"])
      expect(parseServiceOptions([...definitions, "--host", host], {}).token).toBeUndefined();
    expect(parseServiceOptions(definitions, { RUN_WORKER_TOKEN: "s" }).token).toBe("s");
    expect(parseServiceOptions([...definitions, "--insecure-no-auth"], {})).toMatchObject({
      host: "0.0.0.0",
      insecureNoAuth: true,
    });
    expect(parseServiceOptions(definitions, { DAGFLARE_INSECURE_NO_AUTH: "1" })).toMatchObject({
      insecureNoAuth: true,
    });
    expect(() => parseServiceOptions(definitions, { DAGFLARE_INSECURE_NO_AUTH: "0" })).toThrow(
      "--token (RUN_WORKER_TOKEN): required",
    );
    expect(() => parseServiceOptions(definitions, { DAGFLARE_INSECURE_NO_AUTH: "maybe" })).toThrow(
      "--insecure-no-auth (DAGFLARE_INSECURE_NO_AUTH): expected 1 or 0",
    );
  });

  it("tells loopback addresses from the others", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "localhost"].filter(isLoopback)).toHaveLength(4);
    expect(
      ["0.0.0.0", "::", "192.168.1.2", "127.0.0.1.example.com", "localhost.example.com"].filter(isLoopback),
    ).toEqual([]);
  });

  it("takes the code location whose runs the service executes", () => {
    expect(
      parseServiceOptions([...definitions, "--host", "127.0.0.1", "--location-name", "etl"], {}).locationName,
    ).toBe("etl");
    expect(
      parseServiceOptions([...definitions, "--host", "127.0.0.1"], { DAGFLARE_LOCATION_NAME: "etl" })
        .locationName,
    ).toBe("etl");
  });
});
