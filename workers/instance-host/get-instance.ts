/**
 * This repository's instance: its own dagflare.yaml and workspace.yaml bundled at build time.
 * @module
 */
import instanceYaml from "../../dagflare.yaml";
import workspaceYaml from "../../workspace.yaml";
import { instanceSource } from "./instance-source";

export const { configSources, getInstance } = instanceSource({ instanceYaml, workspaceYaml });
