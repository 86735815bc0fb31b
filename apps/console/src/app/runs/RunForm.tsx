import type { WorkflowDefinition } from "@noxus/client";
import { type FormEvent, useId, useState } from "react";
import { type InputField, inputFields } from "./definition.js";

function parseValue(field: InputField, raw: string | boolean): unknown {
  if (field.kind === "boolean") return raw;
  const text = String(raw);
  if (field.kind === "number") return text.trim() === "" ? undefined : Number(text);
  if (field.kind === "file") return text.trim() === "" ? undefined : { uri: text.trim() };
  return text === "" ? undefined : text;
}

/**
 * A form generated from the workflow's input nodes. Empty fields are left out, so the API
 * decides (a fixed value applies, or it answers 422 naming the missing input).
 */
export function RunForm({
  definition,
  pending,
  onRun,
}: {
  definition: WorkflowDefinition;
  pending: boolean;
  onRun: (input: Record<string, unknown>) => void;
}) {
  const fields = inputFields(definition);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: Record<string, unknown> = {};
    for (const field of fields) {
      const value = parseValue(
        field,
        values[field.nodeId] ?? (field.kind === "boolean" ? false : ""),
      );
      if (value !== undefined) input[field.key] = value;
    }
    onRun(input);
  };
  return (
    <form className="run-form" onSubmit={submit} aria-label="Run this workflow">
      {fields.length === 0 && <p className="muted">This workflow takes no input.</p>}
      {fields.map((field) => {
        const id = `${formId}-${field.nodeId}`;
        const fixed = field.fixed == null ? undefined : String(field.fixed);
        const set = (value: string | boolean) =>
          setValues((previous) => ({ ...previous, [field.nodeId]: value }));
        return (
          <div className="field" key={field.nodeId}>
            <label htmlFor={id}>
              {field.label}
              {field.kind === "file" ? " (file URL)" : ""}
            </label>
            {field.kind === "boolean" ? (
              <input
                id={id}
                type="checkbox"
                checked={Boolean(values[field.nodeId])}
                onChange={(event) => set(event.target.checked)}
              />
            ) : field.kind === "text" ? (
              <textarea
                id={id}
                rows={4}
                placeholder={fixed ? `Default: ${fixed}` : undefined}
                value={String(values[field.nodeId] ?? "")}
                onChange={(event) => set(event.target.value)}
              />
            ) : (
              <input
                id={id}
                type={field.kind === "number" ? "number" : "url"}
                placeholder={fixed ? `Default: ${fixed}` : undefined}
                value={String(values[field.nodeId] ?? "")}
                onChange={(event) => set(event.target.value)}
              />
            )}
          </div>
        );
      })}
      <button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Run"}
      </button>
    </form>
  );
}
