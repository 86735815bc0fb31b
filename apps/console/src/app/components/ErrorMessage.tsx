import { useEffect, useState } from "react";
import { readableError } from "../api/errors.js";

/** A failed call in words: what happened, the fields to fix (422), and a retry when it may help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const readable = readableError(error);
  const [wait, setWait] = useState(readable.retryAfterSeconds ?? 0);
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
