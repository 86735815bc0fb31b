import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { Pager } from "../components/Pager.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { href, navigate } from "../router.js";

/** The workspace's knowledge bases, and a form to create one. */
export function KnowledgeBasesPage() {
  const [page, setPage] = useState(1);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const queryClient = useQueryClient();
  const list = $api.useQuery("get", "/v1/knowledge-bases", {
    params: { query: { page, size: 20 } },
  });
  const create = $api.useMutation("post", "/v1/knowledge-bases", {
    onSuccess: (kb) => {
      void queryClient.invalidateQueries({ queryKey: ["get", "/v1/knowledge-bases"] });
      navigate(href("knowledge-bases", kb.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      body: {
        name: name.trim(),
        description,
        document_types: ["text"],
        kb_type: "entity",
        version: "v3",
      },
    });
  };
  return (
    <>
      <h1>Knowledge bases</h1>
      {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <p aria-live="polite">Loading knowledge bases…</p>}
      {list.data && (
        <>
          <ul className="cards" data-testid="kb-list">
            {list.data.items.map((kb) => (
              <li key={kb.id}>
                <a href={href("knowledge-bases", kb.id)}>{kb.name}</a>{" "}
                <StatusBadge status={kb.status} />
                <span className="muted">
                  {kb.total_documents} document{kb.total_documents === 1 ? "" : "s"}
                  {kb.description ? ` · ${kb.description}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {list.data.items.length === 0 && <p>No knowledge bases yet.</p>}
          <Pager
            page={list.data.page}
            pages={list.data.pages}
            onPage={setPage}
            label="Knowledge base pages"
          />
        </>
      )}
      <form className="create-form" onSubmit={submit} aria-labelledby="create-kb-title">
        <h2 id="create-kb-title">New knowledge base</h2>
        <div className="field">
          <label htmlFor="kb-name">Name</label>
          <input id="kb-name" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="kb-description">Description</label>
          <input
            id="kb-description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <button type="submit" disabled={create.isPending}>
          Create
        </button>
        {create.error && <ErrorMessage error={create.error} />}
      </form>
    </>
  );
}
