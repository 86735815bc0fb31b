/**
 * A conversation's etag names a position in its message sequence, shaped like a Redis
 * stream id (`<milliseconds>-<seq>`, as the run stream's `redisId`): `seq` is the number of
 * messages stored when the etag was issued, so `<ms>-0` is a conversation with no messages.
 * The SDK appends it to the events URL without URL-encoding, so it uses no reserved
 * characters.
 */
export function formatEtag(seq: number, at: string): string {
  return `${Date.parse(at)}-${seq}`;
}

/** The position an etag names, or undefined when the text is not an etag. */
export function etagPosition(etag: string): number | undefined {
  const match = /^(\d+)-(\d+)$/.exec(etag);
  if (!match) return undefined;
  const seq = Number(match[2]);
  return Number.isSafeInteger(seq) ? seq : undefined;
}
