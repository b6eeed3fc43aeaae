/**
 * Reading a JSON request body for the webserver's JSON routes (the runs API, the instance API over
 * HTTP), with the same BAD_REQUEST for a body that is not JSON.
 * @module
 */
import { DagflareError } from "../../../shared/errors/dagflare-error";

/**
 * The parsed body; with `optional`, undefined for an empty one.
 * @throws DagflareError BAD_REQUEST when the body is not JSON.
 */
export async function readJson(request: Request, optional = false): Promise<unknown> {
  const text = await request.text();
  if (optional && text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new DagflareError("BAD_REQUEST", "body: expected a JSON object");
  }
}
