import { lazy, Suspense, useId, useState } from "react";

const Markdown = lazy(() => import("./Markdown.js"));

type Format = "text" | "markdown" | "json";

const MARKDOWN_HINT =
  /(^#{1,6}\s)|(^\s*[-*]\s)|(\*\*[^*]+\*\*)|(```)|(^\s*\d+\.\s)|(\[[^\]]+\]\([^)]+\))/m;

/** The text of one output value: the API puts it under `text` (reference §4.7). */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const text = (value as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text : undefined;
}

function initialFormat(value: unknown): Format {
  const text = textOf(value);
  if (text === undefined || (value as { value?: unknown })?.value !== undefined) return "json";
  return MARKDOWN_HINT.test(text) ? "markdown" : "text";
}

/** One named output of a run, shown as text, Markdown or JSON (the reader can switch). */
export function OutputView({ name, value }: { name: string; value: unknown }) {
  const [format, setFormat] = useState<Format>(() => initialFormat(value));
  const text = textOf(value);
  const groupId = useId();
  return (
    <section className="output" aria-labelledby={`${groupId}-title`} data-testid="run-output">
      <header>
        <h3 id={`${groupId}-title`}>{name}</h3>
        <fieldset className="segmented">
          <legend className="visually-hidden">Show {name} as</legend>
          {(["text", "markdown", "json"] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${groupId}-format`}
                value={option}
                checked={format === option}
                disabled={option !== "json" && text === undefined}
                onChange={() => setFormat(option)}
              />
              {option === "json" ? "JSON" : option === "text" ? "Text" : "Markdown"}
            </label>
          ))}
        </fieldset>
      </header>
      {format === "json" || text === undefined ? (
        <pre className="json">{JSON.stringify(value, null, 2)}</pre>
      ) : format === "markdown" ? (
        <Suspense fallback={<p className="output-text">{text}</p>}>
          <Markdown text={text} />
        </Suspense>
      ) : (
        <p className="output-text">{text}</p>
      )}
    </section>
  );
}

/** Every output of a run, labelled by the output node's label when the definition is known. */
export function RunOutputs({
  output,
  labels,
}: {
  output: Record<string, unknown> | null | undefined;
  labels?: Record<string, string>;
}) {
  const entries = Object.entries(output ?? {});
  if (entries.length === 0) return <p className="muted">No outputs.</p>;
  return (
    <>
      {entries.map(([key, value]) => (
        <OutputView key={key} name={labels?.[key.split("::")[0] ?? key] ?? key} value={value} />
      ))}
    </>
  );
}
