/**
 * Names close to a misspelt one, best first, for "did you mean" hints. Case-insensitive
 * edit distance, plus containment ("TextGen" → "TextGenerationNode"), because node type
 * names are long and people type prefixes.
 */
export function closeMatches(wanted: string, names: readonly string[], max = 5): string[] {
  const needle = wanted.toLowerCase();
  const scored: [string, number][] = [];
  for (const name of names) {
    const candidate = name.toLowerCase();
    const distance = editDistance(needle, candidate);
    const contains = candidate.includes(needle) || needle.includes(candidate);
    if (contains || distance <= Math.max(2, Math.floor(candidate.length / 3))) {
      scored.push([name, contains ? Math.min(distance, 1) : distance]);
    }
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** Levenshtein distance with one row of memory (names are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
