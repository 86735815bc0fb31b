import {
  type ApiKey,
  isNoxusCredentialsError,
  listProfiles,
  loadProfile,
  type Profile,
  resolveCredentials,
  whoami,
} from "@noxus/auth/node";
import { createNoxusClient } from "@noxus/client";
import type { ConsoleProfile, ConsoleSession } from "../shared/protocol.js";

/** The workspace the console acts in: its key (server-side only) and where it lives. */
export interface ActiveWorkspace {
  apiKey: ApiKey;
  baseUrl: string;
  source: "option" | "env" | "profile";
  profile: string | null;
  workspaceId: string | null;
  workspaceName: string | null;
}

export interface WorkspaceStateOptions {
  apiKey?: string | undefined;
  profile?: string | undefined;
  baseUrl?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  configDir?: string | undefined;
}

interface KeyFacts {
  tenantAdmin: boolean | null;
  workspaceId: string | null;
  workspaceName: string | null;
}

const LOGIN_HINT =
  "Log in with `noxus login` (or start the console with NOXUS_API_KEY and NOXUS_BACKEND_URL set), then reload.";
// whoami is only decoration for the session page: a slow backend must not hold it up for long.
const WHOAMI_TIMEOUT_MS = 5_000;

/**
 * Which workspace the console forwards to, resolved exactly as the `noxus` CLI resolves its
 * credentials (@noxus/auth's resolveCredentials: explicit key, NOXUS_API_KEY, then the
 * profile named or current), and switchable at run time to another saved profile.
 */
export class WorkspaceState {
  private active: ActiveWorkspace | undefined;
  private facts: Promise<KeyFacts> | undefined;
  // The saved profiles' keys, for redacting log lines; refreshed whenever the file is read
  // anyway (session, switch), never per request.
  private profileKeys: ApiKey[] = [];

  /**
   * @throws NoxusCredentialsError when the credentials named are wrong (an unknown --profile,
   * a corrupt credentials file): that is bad input to fix, not "no workspace yet".
   */
  constructor(private readonly options: WorkspaceStateOptions) {
    try {
      const found = resolveCredentials({
        apiKey: options.apiKey,
        profile: options.profile,
        baseUrl: options.baseUrl,
        env: options.env,
        configDir: options.configDir,
      });
      this.active = {
        apiKey: found.apiKey,
        baseUrl: found.baseUrl,
        source: found.source,
        profile: found.source === "profile" ? found.profile : null,
        workspaceId: found.source === "profile" ? (found.workspaceId ?? null) : null,
        workspaceName: found.source === "profile" ? (found.workspaceName ?? null) : null,
      };
    } catch (error) {
      // No key anywhere: the console still starts and tells the browser how to log in.
      if (!(isNoxusCredentialsError(error) && error.code === "no_credentials")) throw error;
    }
    this.profiles();
  }

  current(): ActiveWorkspace | undefined {
    return this.active;
  }

  /** Acts through another saved profile from now on. @throws NoxusCredentialsError `unknown_profile`. */
  switchTo(name: string): ActiveWorkspace {
    const profile = loadProfile(name, this.configOptions());
    this.active = {
      apiKey: profile.apiKey,
      baseUrl: profile.baseUrl,
      source: "profile",
      profile: profile.name,
      workspaceId: profile.workspaceId ?? null,
      workspaceName: profile.workspaceName ?? null,
    };
    this.facts = undefined;
    return this.active;
  }

  /** Every key the console knows, so log lines can be redacted of all of them. */
  secrets(): ApiKey[] {
    return this.active ? [this.active.apiKey, ...this.profileKeys] : this.profileKeys;
  }

  async session(allowAdmin: boolean): Promise<ConsoleSession> {
    const active = this.active;
    const profiles: ConsoleProfile[] = this.profiles().map((profile) => ({
      name: profile.name,
      workspaceId: profile.workspaceId ?? null,
      workspaceName: profile.workspaceName ?? null,
      baseUrl: profile.baseUrl,
      active: active?.source === "profile" && active.profile === profile.name,
    }));
    if (!active) {
      return {
        configured: false,
        source: null,
        profile: null,
        workspaceId: null,
        workspaceName: null,
        maskedKey: null,
        baseUrl: null,
        tenantAdmin: null,
        allowAdmin,
        profiles,
        hint: LOGIN_HINT,
      };
    }
    this.facts ??= this.lookUp(active);
    const facts = await this.facts;
    return {
      configured: true,
      source: active.source,
      profile: active.profile,
      workspaceId: facts.workspaceId ?? active.workspaceId,
      workspaceName: facts.workspaceName ?? active.workspaceName,
      maskedKey: active.apiKey.masked,
      baseUrl: active.baseUrl,
      tenantAdmin: facts.tenantAdmin,
      allowAdmin,
      profiles,
      hint: null,
    };
  }

  private async lookUp(active: ActiveWorkspace): Promise<KeyFacts> {
    try {
      const client = createNoxusClient({
        baseUrl: active.baseUrl,
        auth: { apiKey: active.apiKey.reveal() },
        maxRetries: 0,
        timeoutMs: WHOAMI_TIMEOUT_MS,
        userAgent: "noxus-console",
      });
      const me = await whoami(client);
      return {
        tenantAdmin: me.tenantAdmin,
        workspaceId: me.workspaceId ?? null,
        workspaceName: me.workspaceName ?? null,
      };
    } catch {
      // Unknown (backend down, key revoked): the session says so with nulls, and the next
      // session request asks again.
      this.facts = undefined;
      return { tenantAdmin: null, workspaceId: null, workspaceName: null };
    }
  }

  private profiles(): Profile[] {
    let found: Profile[] = [];
    try {
      found = listProfiles(this.configOptions());
    } catch {
      // an unreadable credentials file only hides the switcher
    }
    this.profileKeys = found.map((profile) => profile.apiKey);
    return found;
  }

  private configOptions() {
    return {
      ...(this.options.env ? { env: this.options.env } : {}),
      ...(this.options.configDir ? { configDir: this.options.configDir } : {}),
    };
  }
}
