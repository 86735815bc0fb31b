import { apiErrorFromResponse } from "@noxus/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  CONSOLE_HEADER,
  CONSOLE_HEADER_VALUE,
  type ConsoleSession,
  SESSION_PATH,
  SWITCH_WORKSPACE_PATH,
  type SwitchWorkspaceRequest,
} from "../../shared/protocol.js";

async function consoleCall<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const parsed = await response.json().catch(() => undefined);
  // The console server's errors share the API's `{detail}` shape, so one error type serves both.
  if (!response.ok) throw apiErrorFromResponse(response, parsed, { method, path });
  return parsed as T;
}

export const SESSION_KEY = ["console", "session"] as const;

/** Which workspace the console acts in (from the console server, never holding the key). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => consoleCall<ConsoleSession>("GET", SESSION_PATH),
    staleTime: 30_000,
  });
}

/** Switches the server to another saved profile; every cached API answer is then stale. */
export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SwitchWorkspaceRequest) =>
      consoleCall<ConsoleSession>("POST", SWITCH_WORKSPACE_PATH, request),
    onSuccess: async (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      // Reset rather than clear: mounted queries keep their observers and refetch at once.
      await queryClient.resetQueries({
        predicate: (query) => query.queryKey[0] !== SESSION_KEY[0],
      });
    },
  });
}
