#!/usr/bin/env node
// The `dagflare` command's launcher: runs the TypeScript entry through tsx (a dependency of this package),
// so the CLI needs no build step and works the same from this repository and from a project depending on it.
import { register } from "tsx/esm/api";

register();
await import("../main.ts");
