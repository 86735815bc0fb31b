/**
 * Splits text into chunks of at most `size` characters, each starting `size - overlap`
 * characters after the previous one's start. A chunk ends at the last whitespace in its
 * final fifth when there is one, so words are rarely cut. Deterministic: the same text and
 * settings always give the same chunks. Requires 0 <= overlap < size.
 */
export function chunkText(text: string, size: number, overlap: number): string[] {
  const normalised = text.replace(/\r\n?/g, "\n").trim();
  if (!normalised) return [];
  if (normalised.length <= size) return [normalised];
  const chunks: string[] = [];
  let start = 0;
  while (start < normalised.length) {
    let end = Math.min(start + size, normalised.length);
    if (end < normalised.length) {
      const floor = start + Math.floor(size * 0.8);
      const cut = lastWhitespace(normalised, floor, end);
      if (cut > start) end = cut;
    }
    const chunk = normalised.slice(start, end).trim();
    if (chunk) chunks.push(chunk);
    if (end >= normalised.length) break;
    // Always advance, even when the overlap would step back past this chunk's start.
    start = Math.max(start + 1, end - overlap);
  }
  return chunks;
}

function lastWhitespace(text: string, from: number, to: number): number {
  for (let index = to; index > from; index--) {
    if (/\s/.test(text.charAt(index))) return index;
  }
  return -1;
}
