import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useSession } from "../api/session.js";
import { href, useRoute } from "../router.js";
import { setUpstreamDown, useUpstreamDown } from "./upstream-banner.js";

const SECTIONS = [
  ["workflows", "Workflows"],
  ["runs", "Runs"],
  ["knowledge-bases", "Knowledge bases"],
  ["chat", "Chat"],
  ["workspace", "Workspace"],
] as const;

/** The frame of every page: navigation, the active workspace, and the backend-down banner. */
export function Layout({ children }: { children: ReactNode }) {
  const { segments } = useRoute();
  const section = segments[0] ?? "workflows";
  const session = useSession();
  const upstreamDown = useUpstreamDown();
  const queryClient = useQueryClient();
  const workspace = !session.data?.configured
    ? "no workspace"
    : (session.data.workspaceName ?? session.data.workspaceId ?? "workspace name unknown");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={href("workflows")}>
          Noxus console
        </a>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={href(id)} aria-current={section === id ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a className="workspace-badge" href={href("workspace")} data-testid="active-workspace">
          <span className="visually-hidden">Active workspace: </span>
          {session.isPending ? "…" : workspace}
          {session.data?.profile ? ` (${session.data.profile})` : ""}
        </a>
      </header>
      {upstreamDown && (
        <div className="banner" role="alert">
          The Noxus backend cannot be reached.{" "}
          <button
            type="button"
            onClick={() => {
              setUpstreamDown(false);
              void queryClient.refetchQueries({ type: "active" });
            }}
          >
            Retry
          </button>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
