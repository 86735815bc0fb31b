import type { KnowledgeBaseDocument } from "@noxus/client";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { UploadBox } from "../kb/UploadBox.js";
import { href } from "../router.js";

const DOCUMENT_STATUSES = ["trained", "training", "uploaded", "error"] as const;

function Documents({ kbId, live }: { kbId: string; live: boolean }) {
  // The API lists documents one status at a time.
  const lists = DOCUMENT_STATUSES.map((status) =>
    // biome-ignore lint/correctness/useHookAtTopLevel: a fixed list, so the hook order never changes
    $api.useQuery(
      "get",
      "/v1/knowledge-bases/{kb_id}/documents/{status}",
      { params: { path: { kb_id: kbId, status }, query: { size: 100 } } },
      { refetchInterval: live ? 1_000 : false },
    ),
  );
  const failed = lists.find((list) => list.error);
  // The four lists are fetched at different moments, so a document that moved from
  // `training` to `trained` between two fetches can be in both: keep its latest state.
  const latest = new Map<string, KnowledgeBaseDocument>();
  for (const document of lists.flatMap((list) => list.data?.items ?? [])) {
    const seen = latest.get(document.id);
    if (!seen || (document.updated_at ?? "") >= (seen.updated_at ?? ""))
      latest.set(document.id, document);
  }
  const documents = [...latest.values()];
  documents.sort((a, b) => `${a.prefix}${a.name}`.localeCompare(`${b.prefix}${b.name}`));
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      {failed && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      <table data-testid="documents">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Folder</th>
            <th scope="col">Status</th>
            <th scope="col">Size</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <td>{document.name}</td>
              <td>{document.prefix}</td>
              <td>
                <StatusBadge status={document.status} />
              </td>
              <td>{document.size ?? 0} B</td>
            </tr>
          ))}
        </tbody>
      </table>
      {documents.length === 0 && !lists.some((list) => list.isPending) && (
        <p className="muted">No documents yet.</p>
      )}
    </section>
  );
}

function Search({ kbId }: { kbId: string }) {
  const [text, setText] = useState("");
  const search = $api.useMutation("post", "/v1/knowledge-bases/{kb_id}/search");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim())
      search.mutate({ params: { path: { kb_id: kbId }, query: { query: text.trim() } } });
  };
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">Search</h2>
      <search>
        <form className="toolbar" onSubmit={submit}>
          <label htmlFor="kb-search">Search this knowledge base</label>
          <input
            id="kb-search"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" disabled={search.isPending}>
            Search
          </button>
        </form>
      </search>
      {search.error && <ErrorMessage error={search.error} />}
      {search.data && (
        <ol className="results" data-testid="search-results" aria-live="polite">
          {search.data.length === 0 && <li>Nothing matches.</li>}
          {search.data.map((result, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: results are ranked; a rank is their identity
            <li key={`${result.document_source.id}-${index}`}>
              <strong>{result.document_source.name}</strong>{" "}
              <span className="muted">score {result.score.toFixed(3)}</span>
              <blockquote>
                {result.content.length > 400 ? `${result.content.slice(0, 400)}…` : result.content}
              </blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One knowledge base: upload (drop files or folders), live training, documents, search. */
export function KnowledgeBasePage({ kbId }: { kbId: string }) {
  const queryClient = useQueryClient();
  const [watching, setWatching] = useState(false);
  const kb = $api.useQuery(
    "get",
    "/v1/knowledge-bases/{kb_id}",
    { params: { path: { kb_id: kbId } } },
    // Training status is polled while documents are being ingested.
    {
      refetchInterval: (query) =>
        watching || query.state.data?.status === "training" ? 1_000 : false,
    },
  );
  const training = kb.data?.status === "training";
  // Document lists follow the knowledge base's counts: any change (a document trained,
  // one more uploaded) reads them again, including the last change that ends training.
  const counts = kb.data
    ? `${kb.data.total_documents}/${kb.data.training_documents}/${kb.data.trained_documents}/${kb.data.error_documents}`
    : "";
  useEffect(() => {
    if (counts) {
      void queryClient.invalidateQueries({
        queryKey: ["get", "/v1/knowledge-bases/{kb_id}/documents/{status}"],
      });
    }
  }, [counts, queryClient]);
  if (watching && kb.data && !training && kb.data.training_documents === 0) {
    // One more read happened after the upload: ingestion is over.
    queueMicrotask(() => setWatching(false));
  }
  if (kb.error) {
    return (
      <>
        <h1>Knowledge base</h1>
        <ErrorMessage error={kb.error} onRetry={() => void kb.refetch()} />
        <p>
          <a href={href("knowledge-bases")}>Back to the knowledge bases</a>
        </p>
      </>
    );
  }
  if (!kb.data) return <p aria-live="polite">Loading the knowledge base…</p>;
  const total = kb.data.total_documents;
  return (
    <>
      <p className="crumbs">
        <a href={href("knowledge-bases")}>Knowledge bases</a> /
      </p>
      <h1>{kb.data.name}</h1>
      {kb.data.description && <p>{kb.data.description}</p>}
      <p aria-live="polite" data-testid="training-status">
        Status: <StatusBadge status={kb.data.status} /> · {kb.data.trained_documents} of {total}{" "}
        trained
        {kb.data.training_documents > 0 ? ` · ${kb.data.training_documents} training` : ""}
        {kb.data.error_documents > 0 ? ` · ${kb.data.error_documents} failed` : ""}
      </p>
      <UploadBox
        kbId={kbId}
        onUploaded={() => {
          setWatching(true);
          void queryClient.invalidateQueries({ queryKey: ["get", "/v1/knowledge-bases/{kb_id}"] });
        }}
      />
      <Documents kbId={kbId} live={training || watching} />
      <Search kbId={kbId} />
    </>
  );
}
