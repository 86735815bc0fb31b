/** Shown when the console server has no API key: how to give it one, from a terminal. */
export function NotConfiguredPage({ hint }: { hint: string | null }) {
  return (
    <>
      <h1>Log in to a workspace</h1>
      <p>The console has no API key yet, so it cannot reach a Noxus workspace.</p>
      <p>In a terminal, save a key as a profile, then restart the console:</p>
      <pre>
        <code>{hint ?? "noxus login"}</code>
      </pre>
      <p>
        Or start it with <code>NOXUS_API_KEY</code> set. The key stays on the console server; this
        page never sees it.
      </p>
    </>
  );
}
