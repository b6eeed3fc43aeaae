// The container Worker's gateway in process, over a stand-in namespace that records which container
// each request reached: names are percent-decoded, and a name that cannot be is the client's error.
import { describe, expect, it } from "vitest";
import type { ContainerNamespace } from "../../../shared/run-launcher/container-run-launcher";
import { routeToContainer } from "../../../shared/run-worker/adapter/container/container-gateway";

const TOKEN = "gateway-test-token";

function gateway() {
  const reached: string[] = [];
  const containers: ContainerNamespace = {
    getByName: (name) => ({
      fetch: async (request) => {
        reached.push(`${name} ${new URL(request.url).pathname}`);
        return new Response("ok");
      },
    }),
  };
  const route = (path: string) =>
    routeToContainer(
      new Request(`http://gateway${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
      { containers, token: TOKEN },
    );
  return { route, reached };
}

describe("container gateway", () => {
  it("sends the rest of the path to the container named by the percent-decoded segment", async () => {
    const { route, reached } = gateway();
    expect((await route("/containers/step%20a/__dagflare/ping")).status).toBe(200);
    expect(reached).toEqual(["step a /__dagflare/ping"]);
  });

  it("answers 400 naming a container name segment that is not valid percent-encoding", async () => {
    const { route, reached } = gateway();
    const response = await route("/containers/bad%zz/__dagflare/ping");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'the container name "bad%zz" in the path is not valid percent-encoding',
    });
    expect(reached).toEqual([]);
  });
});
