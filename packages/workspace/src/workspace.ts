import { apiKeyAuth, resolveCredentials, whoami } from "@noxus/auth";
import {
  createNoxusClient,
  type NoxusClientOptions,
  type NoxusThrowingClient,
} from "@noxus/client";
import { defined } from "@noxus/client/internal";
import type { CallOptions, WorkspaceContext } from "./context.js";
import { Admin } from "./resources/admin.js";
import { Agents } from "./resources/agents.js";
import { Conversations } from "./resources/conversations.js";
import { Files } from "./resources/files.js";
import { KnowledgeBases } from "./resources/knowledge-bases.js";
import { Runs } from "./resources/runs.js";
import { Workflows } from "./resources/workflows.js";

/** Options of Workspace.connect: where the key comes from, plus any client option. */
export interface ConnectOptions
  extends Omit<NoxusClientOptions, "auth" | "throwOnError" | "baseUrl">,
    CallOptions {
  /** The API key; else NOXUS_API_KEY (and, from `@noxus/workspace/node`, a saved profile). */
  apiKey?: string;
  /** NOXUS_BACKEND_URL beats it, as in the Python SDK (see @noxus/auth). */
  baseUrl?: string;
  /** Environment to read NOXUS_* from (default: the process's, where there is one). */
  env?: Record<string, string | undefined>;
}

/** Who the key is, as `whoami` says and the credentials add. */
export interface WorkspaceIdentity {
  id: string | undefined;
  name: string | undefined;
  isTenantAdmin: boolean;
  keyName: string;
}

/**
 * One Noxus workspace, seen through one API key: every resource the key can reach lives in
 * it, so every resource group hangs off it.
 *
 * @example
 * const ws = await Workspace.connect(); // NOXUS_API_KEY
 * for await (const workflow of ws.workflows.list()) console.log(workflow.name);
 */
export class Workspace {
  /** The workspace id (`undefined` only if the server does not say, which the hosted API may not). */
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly isTenantAdmin: boolean;
  /** The typed client underneath (throwOnError mode), for anything the groups do not cover. */
  readonly client: NoxusThrowingClient;
  readonly workflows: Workflows;
  readonly runs: Runs;
  readonly knowledgeBases: KnowledgeBases;
  readonly files: Files;
  readonly conversations: Conversations;
  readonly agents: Agents;
  /** Present when the key is tenant-admin: workspaces and API keys of the organization. */
  readonly admin: Admin | undefined;

  /**
   * For a client you already have (throwOnError mode) and what you know of its key;
   * `Workspace.connect()` does both for you.
   */
  constructor(client: NoxusThrowingClient, identity: WorkspaceIdentity) {
    this.client = client;
    this.id = identity.id;
    this.name = identity.name;
    this.isTenantAdmin = identity.isTenantAdmin;
    const context: WorkspaceContext = { client, workspaceId: identity.id };
    this.workflows = new Workflows(context);
    this.runs = new Runs(context);
    this.knowledgeBases = new KnowledgeBases(context);
    this.files = new Files(context);
    this.conversations = new Conversations(context);
    this.agents = new Agents(context);
    this.admin = identity.isTenantAdmin ? new Admin(context) : undefined;
  }

  /**
   * Resolves credentials (the `apiKey` option, else `NOXUS_API_KEY`), checks the key with
   * `GET /v1/admin/me`, and opens the workspace. In Node, import from
   * `@noxus/workspace/node` to use saved profiles too.
   *
   * @throws NoxusCredentialsError when no usable key is found; NoxusAuthenticationError
   * when the server does not accept the key; NoxusConnectionError when it cannot be reached.
   *
   * @example
   * import { Workspace } from "@noxus/workspace";
   * const ws = await Workspace.connect({ apiKey: userKey, baseUrl: "http://127.0.0.1:8000" });
   * console.log(ws.id, ws.name, ws.isTenantAdmin);
   */
  static async connect(options: ConnectOptions = {}): Promise<Workspace> {
    const credentials = resolveCredentials({
      ...defined({ apiKey: options.apiKey, baseUrl: options.baseUrl }),
      ...(options.env ? { env: options.env } : {}),
    });
    return this.open(credentials.apiKey.reveal(), credentials.baseUrl, options);
  }

  /** Shared by every entry: builds the client and asks the server who the key is. */
  protected static async open<W extends Workspace>(
    this: new (
      client: NoxusThrowingClient,
      identity: WorkspaceIdentity,
    ) => W,
    apiKey: string,
    baseUrl: string,
    options: ConnectOptions,
    known: { workspaceId?: string | undefined; workspaceName?: string | undefined } = {},
    // `@noxus/workspace/node` passes @noxus/client/node's, which sends through undici.
    createClient: typeof createNoxusClient = createNoxusClient,
  ): Promise<W> {
    const { apiKey: _key, baseUrl: _url, env: _env, signal, ...clientOptions } = options;
    const client = createClient({
      ...clientOptions,
      baseUrl,
      auth: apiKeyAuth(apiKey),
      throwOnError: true,
    });
    const me = await whoami(client, signal ? { signal } : undefined);
    return new this(client, {
      id: me.workspaceId ?? known.workspaceId,
      name: me.workspaceName ?? known.workspaceName,
      isTenantAdmin: me.tenantAdmin,
      keyName: me.keyName,
    });
  }

  /** Serialises to what identifies the workspace, never the key. */
  toJSON() {
    return {
      id: this.id,
      name: this.name,
      isTenantAdmin: this.isTenantAdmin,
      baseUrl: this.client.baseUrl,
    };
  }
}
