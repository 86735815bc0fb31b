import { useEffect, useState } from "react";
import { readableError } from "../api/errors.js";

/** A failed call in words: what happened, the fields to fix (422), and a retry when it may help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const readable = readableError(error);
  const [wait, setWait] = useState(readable.retryAfterSeconds ?? 0);
  // A new failure (e.g. after pressing Retry) starts its own wait.
  const retryAfter = readable.retryAfterSeconds;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the error object marks a new failure
  useEffect(() => setWait(retryAfter ?? 0), [error, retryAfter]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  return (
    <div className="error" role="alert">
      <strong>{readable.title}</strong>
      {readable.detail && <p>{readable.detail}</p>}
      {readable.issues.length > 0 && (
        <ul>
          {readable.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {onRetry && readable.retryable && (
        <button type="button" onClick={onRetry} disabled={wait > 0}>
          {wait > 0 ? `Retry in ${wait} s` : "Retry"}
        </button>
      )}
    </div>
  );
}
