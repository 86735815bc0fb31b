// The guides: the repository's READMEs rendered to HTML (marked). Links between READMEs become
// links between guide pages; links to other files of the repository point at GitHub, since
// the site carries only the guides. Images of the repository are copied next to the guides,
// so a page opened offline shows them and loads nothing from another host.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked } from "marked";
import { escapeHtml, page } from "./page.mjs";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const REPOSITORY = "https://github.com/noxus-ai/noxus-kit/blob/main/";

/** The guides, by the README they come from (a path from the repository root). */
export const GUIDES = [
  {
    source: "README.md",
    page: "getting-started.html",
    title: "Getting started",
    about:
      "the two commands, the layout, using the SDK, regenerating after a spec change, publishing",
  },
  {
    source: "packages/client/README.md",
    page: "client.html",
    title: "@noxus/client",
    about: "the typed HTTP client: options, errors, retries, server-sent events",
  },
  {
    source: "packages/auth/README.md",
    page: "auth.html",
    title: "@noxus/auth",
    about: "API keys, credential resolution, profiles, whoami",
  },
  {
    source: "packages/workspace/README.md",
    page: "workspace.html",
    title: "@noxus/workspace",
    about: "the workspace-scoped SDK: runs, knowledge bases, conversations, builder",
  },
  {
    source: "packages/local/README.md",
    page: "local.html",
    title: "@noxus/local",
    about: "the Noxus-compatible local server",
  },
  {
    source: "apps/cli/README.md",
    page: "cli.html",
    title: "The noxus CLI",
    about: "every command of the CLI",
  },
];

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");

function rewriteLink(href, source) {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(href)) return href; // absolute URL, mailto:, in-page
  const [path, anchor] = href.split("#");
  const target = posix.normalize(posix.join(posix.dirname(source), path));
  const guide = GUIDES.find((candidate) => candidate.source === target);
  if (guide) return `${guide.page}${anchor ? `#${anchor}` : ""}`;
  if (target.startsWith("..")) return REPOSITORY; // outside the repository: nothing to link
  return `${REPOSITORY}${target}${anchor ? `#${anchor}` : ""}`;
}

/** Copies a repository image into the guides' directory; returns its new href, or undefined. */
function copyImage(href, source, dir) {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(href)) return undefined; // remote: left as written
  const target = posix.normalize(posix.join(posix.dirname(source), href));
  if (target.startsWith("..") || !existsSync(join(repoRoot, target))) return undefined;
  const name = target.replaceAll("/", "-");
  copyFileSync(join(repoRoot, target), join(dir, name));
  return name;
}

function render(markdown, source, dir) {
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === "image") {
        token.href = copyImage(token.href, source, dir) ?? rewriteLink(token.href, source);
      } else if (token.type === "link") {
        token.href = rewriteLink(token.href, source);
      }
    },
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(html)}">${html}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(markdown);
}

/** Writes dist/guides/*.html. */
export function buildGuides(outDir) {
  const dir = join(outDir, "guides");
  mkdirSync(dir, { recursive: true });
  for (const guide of GUIDES) {
    const markdown = readFileSync(join(repoRoot, guide.source), "utf8");
    const body = render(markdown, guide.source, dir);
    writeFileSync(
      join(dir, guide.page),
      page({ title: `${guide.title} · Noxus kit`, body, root: "../" }),
    );
  }
  mkdirSync(dirname(dir), { recursive: true });
  return GUIDES.map((guide) => ({ ...guide, title: escapeHtml(guide.title) }));
}
