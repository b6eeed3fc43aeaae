/**
 * A short, stable, synchronous content hash (64-bit FNV-1a, hex) for config type keys: the same input
 * gives the same key in every runtime, without Web Crypto's async digest.
 * @module
 */

const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** 16 hex digits identifying `text`; not for security. */
export function stableHash(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  return hash.toString(16).padStart(16, "0");
}
