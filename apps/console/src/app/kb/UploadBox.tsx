import { useState } from "react";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { droppedItems, pickedItems, type UploadItem, uploadToKnowledgeBase } from "./upload.js";

/**
 * Drop files or folders here (or pick them with the keyboard-reachable buttons); the bar
 * shows the bytes sent. `onUploaded` runs when the server accepted everything.
 */
export function UploadBox({ kbId, onUploaded }: { kbId: string; onUploaded: () => void }) {
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const upload = async (items: UploadItem[]) => {
    if (items.length === 0) return;
    setError(undefined);
    setBusy(true);
    setProgress({ sent: 0, total: items.reduce((sum, item) => sum + item.file.size, 0) });
    try {
      await uploadToKnowledgeBase(kbId, items, (sent, total) => setProgress({ sent, total }));
      onUploaded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const percent = progress ? Math.round((100 * progress.sent) / Math.max(1, progress.total)) : 0;

  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">Add documents</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target duplicates the buttons inside it, which are the keyboard path */}
      <div
        className={`dropzone${over ? " over" : ""}`}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          void droppedItems(event.dataTransfer).then(upload, setError);
        }}
      >
        <p>Drop files or folders here, or</p>
        <label className="button">
          Choose files
          <input
            type="file"
            multiple
            className="visually-hidden"
            data-testid="file-input"
            disabled={busy}
            onChange={(event) => {
              if (event.target.files) void upload(pickedItems(event.target.files));
              event.target.value = "";
            }}
          />
        </label>
        <label className="button">
          Choose a folder
          <input
            type="file"
            className="visually-hidden"
            disabled={busy}
            {...{ webkitdirectory: "" }}
            onChange={(event) => {
              if (event.target.files) void upload(pickedItems(event.target.files));
              event.target.value = "";
            }}
          />
        </label>
      </div>
      {progress && (
        <div className="progress-row">
          <label htmlFor="upload-progress">Upload</label>
          <progress id="upload-progress" max={100} value={percent} data-testid="upload-progress" />
          <span aria-live="polite">{percent} %</span>
        </div>
      )}
      {error != null && <ErrorMessage error={error} />}
    </section>
  );
}
