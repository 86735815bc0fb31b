/** Returns the broken internal links of the site in `siteDir`; empty when every link resolves. */
export function findBrokenLinks(siteDir: string): string[];
