// Checks every internal link of the built site on disk: each href/src that is not an absolute
// URL must name a file that exists, and its #fragment an id in that file. A short scan of our
// own output, offline; link checkers on npm crawl over HTTP, which this site does not need.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
// TypeDoc's class hierarchy page draws its entries (and their ids) with a script at load time.
const IDS_DRAWN_BY_SCRIPT = /(^|\/)sdk\/hierarchy\.html$/;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** Returns the broken links as `page -> link (why)`; empty when every link resolves. */
export function findBrokenLinks(siteDir) {
  const idsOf = new Map();
  const ids = (file) => {
    if (!idsOf.has(file)) {
      idsOf.set(file, new Set([...readFileSync(file, "utf8").matchAll(ID)].map((m) => m[1])));
    }
    return idsOf.get(file);
  };
  const broken = [];
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, "utf8");
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const link = raw.replaceAll("&amp;", "&");
      if (link === "" || EXTERNAL.test(link)) continue;
      const [pathAndQuery, fragment] = link.split("#");
      const path = decodeURIComponent(pathAndQuery.split("?")[0]);
      let target = path === "" ? file : resolve(dirname(file), path);
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
      const where = `${relative(siteDir, file)} -> ${link}`;
      if (!existsSync(target)) broken.push(`${where} (no such file)`);
      else if (
        fragment &&
        target.endsWith(".html") &&
        !IDS_DRAWN_BY_SCRIPT.test(target) &&
        !ids(target).has(decodeURIComponent(fragment))
      ) {
        broken.push(`${where} (no id "${fragment}")`);
      }
    }
  }
  return broken;
}
