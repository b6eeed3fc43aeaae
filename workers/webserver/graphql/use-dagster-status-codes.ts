/**
 * dagster-webserver answers documents that fail to parse or validate with HTTP 400 even to clients that
 * accept plain `application/json`; Yoga (following the GraphQL-over-HTTP spec) keeps those at 200.
 * This processes JSON results with the spec's status rules while keeping the media type the client asked for.
 * @module
 */
import { processRegularResult, type Plugin } from "graphql-yoga";

export function useDagsterStatusCodes(): Plugin {
  return {
    onResultProcess({ acceptableMediaTypes, setResultProcessor }) {
      if (!acceptableMediaTypes.includes("application/json")) return;
      setResultProcessor(async (result, fetchAPI) => {
        const response = await processRegularResult(result, fetchAPI, "application/graphql-response+json");
        const headers = new fetchAPI.Headers(response.headers);
        headers.set("content-type", "application/json; charset=utf-8");
        return new fetchAPI.Response(response.body, { status: response.status, headers });
      }, "application/json");
    },
  };
}
