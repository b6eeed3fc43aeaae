/**
 * UTF-8 byte arithmetic for streams addressed by byte offsets: lengths, splitting text into pieces of a
 * bounded byte size, and reading a window out of stored pieces (which may overlap or leave gaps) without
 * cutting a character in two. Pieces are always written on character boundaries.
 * @module
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** `text` in pieces of at most `maxBytes` bytes each (a single longer character stays whole). */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const bytes = encoder.encode(text);
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; ) {
    const rest = bytes.subarray(start);
    const length = rest.length <= maxBytes ? rest.length : cutPoint(rest, maxBytes);
    pieces.push(decoder.decode(rest.subarray(0, length)));
    start += length;
  }
  return pieces;
}

/** A stored piece of a stream: its bytes start at byte `offset` of the stream. */
export type StoredPiece = { readonly offset: number; readonly bytes: Uint8Array };

/**
 * The stream from byte `from`, out of `pieces` (in offset order, including every piece that overlaps the
 * window): contiguous bytes only, stopping at the first gap, at most `maxBytes`.
 */
export function readWindow(
  pieces: readonly StoredPiece[],
  from: number,
  maxBytes: number,
): { text: string; nextOffset: number } {
  const available = contiguousFrom(pieces, from);
  const length = available.length <= maxBytes ? available.length : cutPoint(available, maxBytes);
  return { text: decoder.decode(available.subarray(0, length)), nextOffset: from + length };
}

function contiguousFrom(pieces: readonly StoredPiece[], from: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let position = from;
  for (const piece of pieces) {
    if (piece.offset > position) break;
    const end = piece.offset + piece.bytes.length;
    if (end <= position) continue;
    parts.push(piece.bytes.subarray(position - piece.offset));
    position = end;
  }
  const bytes = new Uint8Array(position - from);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

const isContinuationByte = (byte: number | undefined): boolean =>
  byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * Where to cut `bytes` (longer than `limit`) to keep at most `limit` bytes of whole characters; past the
 * first character when it alone is longer than a non-zero `limit`, so readers always progress.
 */
function cutPoint(bytes: Uint8Array, limit: number): number {
  let cut = limit;
  while (cut > 0 && isContinuationByte(bytes[cut])) cut -= 1;
  if (cut > 0 || limit === 0) return cut;
  cut = 1;
  while (isContinuationByte(bytes[cut])) cut += 1;
  return cut;
}
