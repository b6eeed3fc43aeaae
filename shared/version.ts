/** The Dagflare release, reported as `version` in GraphQL and by `/server_info`. */
export const DAGFLARE_VERSION = "0.1.0";
