/**
 * Loads a code location's definitions once per isolate, keeping a load error as data, for everything a
 * location serves: the protocol handlers and the run workers it hosts.
 * @module
 */
import type { Definitions } from "../definitions/definitions";
import { toSerializableError, type SerializableError } from "../errors/serializable-error";
import type { RepositorySnapshot } from "../protocol/code-location-protocol";

export type LoadedDefinitions =
  | { ok: true; definitions: Definitions; snapshot: RepositorySnapshot }
  | { ok: false; error: SerializableError };

/** Per load function, so the location's entrypoint and its run workers share one load per isolate. */
const loaders = new WeakMap<() => Definitions, () => Promise<LoadedDefinitions>>();

/**
 * A function answering the definitions `load` returns. `load` runs at most once per isolate, on first
 * call (never at import: workerd forbids some work in global scope); if it throws, every call answers
 * that error.
 */
export function loadOnce(load: () => Definitions): () => Promise<LoadedDefinitions> {
  const known = loaders.get(load);
  if (known !== undefined) return known;
  let loading: Promise<LoadedDefinitions> | undefined;
  const loader = () =>
    (loading ??= (async (): Promise<LoadedDefinitions> => {
      try {
        const definitions = load();
        return { ok: true, definitions, snapshot: await definitions.snapshot() };
      } catch (error) {
        return { ok: false, error: toSerializableError(error) };
      }
    })());
  loaders.set(load, loader);
  return loader;
}
