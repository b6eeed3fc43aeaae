/**
 * The example code location Worker (`dagflare-example`): its definitions served over RPC and HTTP.
 * @module
 */
import { serve } from "../../shared/code-location/serve";
import { loadExampleDefinitions } from "./definitions";

export default serve(loadExampleDefinitions);
