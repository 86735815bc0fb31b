import DOMPurify from "dompurify";
import { marked } from "marked";
import { useMemo } from "react";

/**
 * Markdown from a run's output, rendered and then sanitised: outputs are model-written
 * text, so anything script-like is stripped before it reaches the DOM. Images are dropped
 * too: a model-chosen image URL would make the browser call out to any host (and they come
 * without alt text). Loaded lazily (with its parser) only when an output is shown as Markdown.
 */
const SANITISE = { FORBID_TAGS: ["img", "picture", "video", "audio", "style", "form"] };

export default function Markdown({ text }: { text: string }) {
  const html = useMemo(
    () => DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true }), SANITISE),
    [text],
  );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify just above
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
