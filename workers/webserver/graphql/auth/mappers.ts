/**
 * What the access-control types' resolvers receive.
 * @module
 */
import type { ApiTokenRecord } from "../../../../shared/storage/auth-storage";

export type ApiTokenMapper = ApiTokenRecord;
