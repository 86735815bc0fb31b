// The site's front page: one link to each part.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, page } from "./page.mjs";

export function buildIndex(outDir, { guides, operations }) {
  const guideItems = guides
    .map(
      (guide) =>
        `<li><a href="guides/${guide.page}">${guide.title}</a>: ${escapeHtml(guide.about)}</li>`,
    )
    .join("\n");
  const body = `<h1>Noxus TypeScript kit</h1>
<p>Documentation of the kit TypeScript teams use to build on <a href="https://noxus.ai">Noxus</a>,
built from this repository by <code>pnpm docs</code>.</p>
<h2>References</h2>
<ul>
<li><a href="api/index.html">API reference</a>: the ${operations} operations of the Noxus HTTP API,
from <code>spec/noxus.openapi.yaml</code> (also as <a href="api/openapi.yaml">YAML</a> and
<a href="api/openapi.json">JSON</a>).</li>
<li><a href="sdk/index.html">SDK reference</a>: the public API of <code>@noxus/client</code>,
<code>@noxus/auth</code> and <code>@noxus/workspace</code>.</li>
</ul>
<h2>Guides</h2>
<ul>
${guideItems}
<li><a href="guides/getting-started.html#after-a-spec-change">Regenerating after a spec change</a></li>
<li><a href="guides/getting-started.html#publishing">Publishing</a></li>
</ul>`;
  writeFileSync(
    join(outDir, "index.html"),
    page({ title: "Noxus kit documentation", body, root: "" }),
  );
}
