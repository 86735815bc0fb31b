import type { RunEvent, WorkflowDefinition } from "@noxus/workspace";
import type { Output } from "../../output.js";
import { nodeNames } from "../workflows/resolve.js";

type Spinner = ReturnType<typeof import("@clack/prompts").spinner>;

interface ContentData {
  id?: string;
  status?: string;
  content?: string | null;
  workflow_status?: string | null;
}

interface StateData {
  status?: string;
  progress?: number;
  progress_details?: {
    executed_nodes?: string[];
    running_nodes?: string[];
  } | null;
}

/**
 * What `noxus run --wait` shows while it waits, from the run's events: on a terminal, one
 * spinner line (status, nodes done, the nodes running); otherwise one plain line on stderr
 * per node status change. Never on stdout, which holds only the result.
 */
export class RunLiveView {
  private readonly names: Map<string, string>;
  private readonly total: number;
  private readonly nodeStatus = new Map<string, string>();
  private spinner: Spinner | undefined;
  private runStatus = "queued";
  private executed = 0;
  private running: string[] = [];

  constructor(
    private readonly output: Output,
    definition: WorkflowDefinition | undefined,
    private readonly tty: boolean,
  ) {
    this.names = nodeNames(definition);
    this.total = definition?.nodes.length ?? 0;
  }

  async start(runId: string, workflowName: string): Promise<void> {
    if (this.tty) {
      const { spinner } = await import("@clack/prompts");
      this.spinner = spinner({ output: this.output.stderr, withGuide: false });
      this.spinner.start(`${workflowName}: queued`);
    } else {
      this.output.note(`run ${runId} of ${workflowName} started`);
    }
  }

  event(event: RunEvent): void {
    if (event.type === "state") {
      const data = event.data as StateData;
      if (data.status) this.runStatus = data.status;
      const details = data.progress_details;
      if (details) {
        this.executed = details.executed_nodes?.length ?? this.executed;
        this.running = (details.running_nodes ?? []).map((id) => this.name(id));
      }
    } else {
      const data = event.data as ContentData;
      if (data.workflow_status) {
        this.runStatus = data.workflow_status;
      } else if (data.id && data.status && this.nodeStatus.get(data.id) !== data.status) {
        this.nodeStatus.set(data.id, data.status);
        if (!this.tty) {
          const detail = data.status === "failed" && data.content ? `: ${data.content}` : "";
          this.output.note(`  ${this.name(data.id)}: ${data.status}${detail}`);
        }
      }
    }
    this.spinner?.message(this.line());
  }

  /** Clears the spinner (the caller prints the outcome). */
  stop(): void {
    this.spinner?.clear();
    this.spinner = undefined;
  }

  private line(): string {
    const nodes = this.total > 0 ? ` · ${this.executed}/${this.total} nodes` : "";
    const running = this.running.length > 0 ? ` · ${this.running.join(", ")}` : "";
    return `${this.runStatus}${nodes}${running}`;
  }

  private name(id: string): string {
    return this.names.get(id) ?? id;
  }
}

/** One human line for `--stream`: time, kind, node, status and any text. */
export function describeEvent(event: RunEvent, names: Map<string, string>): string {
  const time = new Date().toISOString().slice(11, 19);
  if (event.type === "state") {
    const data = event.data as StateData;
    const progress = typeof data.progress === "number" ? ` ${Math.round(data.progress)}%` : "";
    return `${time}  state    run ${data.status ?? ""}${progress}`;
  }
  const data = event.data as ContentData;
  if (data.workflow_status) {
    return `${time}  end      run ${data.workflow_status}${data.content ? `: ${data.content}` : ""}`;
  }
  const node = data.id ? (names.get(data.id) ?? data.id) : "";
  const text = data.content ? `  ${data.content}` : "";
  return `${time}  node     ${node} ${data.status ?? ""}${text}`;
}
