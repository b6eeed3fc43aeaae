/**
 * The definitions SDK's version, reported in ping and snapshots so the webserver can spot skew.
 * @module
 */
export const SDK_VERSION = "0.1.0";
