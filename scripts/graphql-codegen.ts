/**
 * `npm run codegen`: prints the executable schema (workers/webserver/graphql/schema.ts, the SDL of every
 * domain folder) to __generated__/schema.graphql, then generates the resolver types from it with codegen.ts.
 * `npm run codegen:check` (part of `npm test`) writes nothing and fails when either committed file differs
 * from what would be generated, so a drift between the SDL and the resolvers' types fails the tests.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { GRAPHQL_SDL_FILE, codegenConfig } from "../codegen";
import { schema } from "../workers/webserver/graphql/schema";

const check = process.argv.includes("--check");
const sdl = `${printSchema(schema)}\n`;
const outputs: { filename: string; content: string }[] = [
  { filename: GRAPHQL_SDL_FILE, content: sdl },
  ...(await generate({ ...codegenConfig(sdl), silent: true }, false)),
];

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
};
const stale = outputs.filter((output) => read(output.filename) !== output.content);
if (check) {
  if (stale.length > 0) {
    console.error(
      `GraphQL codegen is out of date: ${stale.map((output) => output.filename).join(", ")}. Run \`npm run codegen\` and commit the result.`,
    );
    process.exit(1);
  }
} else {
  for (const output of stale) writeFileSync(output.filename, output.content);
  console.log(
    stale.length > 0
      ? `wrote ${stale.map((output) => output.filename).join(", ")}`
      : "GraphQL codegen is up to date",
  );
}
