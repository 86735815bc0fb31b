/** A status word with a colour that does not carry the meaning alone (the word is always shown). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.replace(/[^a-z_]/gi, "")}`}>{status}</span>;
}
