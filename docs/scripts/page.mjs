// The frame of the site's own pages (index and guides): one small stylesheet, a nav bar.
const STYLE = `body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f}
nav{background:#14213d;padding:.6em 2em}nav a{color:#fff;margin-right:1.2em;text-decoration:none}
main{max-width:52em;margin:2em auto;padding:0 1.5em}
pre{background:#f4f4f6;padding:1em;overflow:auto;border-radius:6px}
code{font:14px ui-monospace,monospace}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.3em .6em;text-align:left}`;

const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A complete HTML page; `root` is the relative path from the page to the site's root. */
export function page({ title, body, root }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<nav><a href="${root}index.html">Noxus kit docs</a><a href="${root}api/index.html">API reference</a><a href="${root}sdk/index.html">SDK reference</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

export { escapeHtml };
