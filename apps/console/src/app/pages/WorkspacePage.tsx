import { useSession, useSwitchWorkspace } from "../api/session.js";
import { ErrorMessage } from "../components/ErrorMessage.js";

/** Which workspace the console acts in, through which key (masked) and backend; switch profiles. */
export function WorkspacePage() {
  const session = useSession();
  const switchTo = useSwitchWorkspace();
  if (session.error)
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <p aria-live="polite">Loading…</p>;
  const data = session.data;
  const rows: [string, string][] = [
    ["Name", data.workspaceName ?? "unknown"],
    ["Id", data.workspaceId ?? "unknown"],
    ["API key", data.maskedKey ?? "none"],
    ["Backend", data.baseUrl ?? "none"],
    ["Tenant admin", data.tenantAdmin === null ? "unknown" : data.tenantAdmin ? "yes" : "no"],
    [
      "Key from",
      data.source === "profile"
        ? `saved profile "${data.profile}"`
        : data.source === "env"
          ? "NOXUS_API_KEY"
          : data.source === "option"
            ? "the serve command's options"
            : "nowhere",
    ],
  ];
  return (
    <>
      <h1>Workspace</h1>
      <dl className="facts" data-testid="workspace-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        The key stays on the console server; this page only ever sees it masked.
      </p>
      {data.profiles.length > 1 && (
        <section aria-labelledby="switch-title">
          <h2 id="switch-title">Switch workspace</h2>
          <ul className="cards">
            {data.profiles.map((profile) => (
              <li key={profile.name}>
                <strong>{profile.workspaceName ?? profile.name}</strong>{" "}
                <span className="muted">
                  profile {profile.name} · {profile.baseUrl}
                </span>{" "}
                {profile.active ? (
                  <span aria-current="true">(active)</span>
                ) : (
                  <button
                    type="button"
                    disabled={switchTo.isPending}
                    onClick={() => switchTo.mutate({ profile: profile.name })}
                  >
                    Use {profile.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {switchTo.error && <ErrorMessage error={switchTo.error} />}
        </section>
      )}
    </>
  );
}
