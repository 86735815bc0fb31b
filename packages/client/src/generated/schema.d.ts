/*
 * GENERATED FILE: do not edit by hand.
 * Source: spec/noxus.openapi.yaml, by packages/client/scripts/generate.mjs (types: openapi-typescript).
 * After a spec change run `pnpm generate` and commit the result; `pnpm generate:check` guards it.
 */

/** Every path of the Noxus API, with its operations' parameters, bodies and responses; what the client's `GET`/`POST`/… accept. */
export interface paths {
    "/v1/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the node catalog
         * @description Returns the catalog of node types (the building blocks of workflows) as a plain JSON
         *     array of `NodeDefinition`.
         */
        get: operations["listNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/llms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List LLM models
         * @description Returns the available LLM models as a plain JSON array.
         */
        get: operations["listLlmModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/llms/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chat presets
         * @description Returns the chat presets as a plain JSON array.
         */
        get: operations["listChatPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the calling API key
         * @description Returns the API key used for the call, with its workspace. `tenant_admin: true` means the
         *     key may use the admin operations (workspaces, minting keys).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspaces
         * @description Lists the tenant's workspaces ("groups") as a **plain JSON array** of `Workspace`.
         *     Requires a tenant-admin key.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace
         * @description Creates a workspace. `description` may be null. Requires a tenant-admin key.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ("group") id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a workspace
         * @description Deletes a workspace and answers a JSON acknowledgement. Requires a tenant-admin key.
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/groups/{group_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ("group") id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint an API key for a workspace
         * @description Creates an API key in the workspace. `value` in the response is the secret, shown only
         *     once. The minted key may itself be tenant-admin. Requires a
         *     tenant-admin key.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows or agent flows
         * @description Paginated list of workflows. Pass `type=flow` for workflows or `type=agent_flow` for
         *     agent flows.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow
         * @description Saves a new workflow (or agent flow). The body carries `name`, `type`, `definition`
         *     `{nodes, edges}` and, only when set, `error_handler`. Nodes may carry extra keys (such
         *     as `config_definition`), which are kept.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Returns one workflow.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow
         * @description Deletes a workflow and answers a JSON acknowledgement.
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        /**
         * Update a workflow
         * @description Replaces the workflow with the same body as create. `force` accepts both
         *     `true`/`false` and `True`/`False`.
         */
        patch: operations["updateWorkflow"];
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List workflow versions
         * @description Returns the saved versions of a workflow as a **plain JSON array**.
         */
        get: operations["listWorkflowVersions"];
        put?: never;
        /**
         * Save a workflow version
         * @description Saves a named version of the workflow definition. The body is only `{name, description, definition}`.
         */
        post: operations["createWorkflowVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
                /** @description Workflow version id. */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a workflow version
         * @description Updates a saved version with `{name, description, definition}`.
         */
        patch: operations["updateWorkflowVersion"];
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List the runs of a workflow
         * @description Paginated list of the workflow's runs.
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        /**
         * Start a run
         * @description Starts an asynchronous run of the workflow. A new run has `status: queued` and
         *     `progress: 0`. With `callback_url`, the platform POSTs to that URL when the run reaches
         *     completed, failed or stopped; an invalid URL is rejected with 422.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/runs/sync": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow and wait for its output
         * @description Takes the same
         *     body as `createRun`, blocks for at most 120 s and returns `{id, output}`, or only the
         *     output map when `output_only=true`. Output keys are labels unless `use_output_ids=true`,
         *     which keys them by node (connector) ids.
         */
        post: operations["createSyncRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get a run of a workflow
         * @description Returns one run with its input and output. Poll it until `status` is `completed`,
         *     `failed` or `stopped` to wait for a run (or follow `streamRunEvents`).
         */
        get: operations["getWorkflowRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs across workflows
         * @description Paginated runs of every workflow in the workspace; items add `definitions`, a nested `workflow` object and `source`.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search runs
         * @description Searches runs (not knowledge bases) by similarity to `query`; paginated with `page` and
         *     `size` (max 100, default 50). Read-only, so it is safe to retry.
         */
        post: operations["searchRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get a run by id
         * @description Returns the run without its input and output data (`RunNoIO`).
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Stream the events of a run (SSE)
         * @description Server-sent events for one run. Each message has the event name
         *     `message` (or no `event:` line); its `data:` line carries one JSON object of the
         *     `RunEvent` shape. `content` events report node status and streamed text, `state`
         *     events report progress.
         *
         *     **Terminal rule:** the stream ends with an event whose `data.workflow_status` is
         *     `completed` or `failed` (the docs put it on a `content` event). A stream that closes
         *     without one was cut off: reconnect (resume) or read the run with `getWorkflowRun`.
         *
         *     **Resume:** pass the last seen `redisId` as `etag` to continue after it. The server sends
         *     data or keep-alive comments at least every 120 s.
         */
        get: operations["streamRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List knowledge bases
         * @description Paginated list of the workspace's knowledge bases; a fresh workspace lists only its own.
         */
        get: operations["listKnowledgeBases"];
        put?: never;
        /**
         * Create a knowledge base
         * @description Creates a knowledge base. `kb_type` is always `entity`; `version` selects the settings
         *     form in `settings_`: `v3` (`KBConfigV3`, the default) or `v2`
         *     (`KnowledgeBaseSettingsV2`). A new knowledge base has status `created`.
         */
        post: operations["createKnowledgeBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        /**
         * Get a knowledge base
         * @description Returns one knowledge base. Must answer `404 Not Found` once it is deleted.
         */
        get: operations["getKnowledgeBase"];
        put?: never;
        post?: never;
        /**
         * Delete a knowledge base
         * @description Deletes a knowledge base and answers `{"success": bool}`.
         */
        delete: operations["deleteKnowledgeBase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        /**
         * List the ingestion runs of a knowledge base
         * @description Returns the knowledge base's ingestion runs as a **plain JSON array** of `Run`, e.g.
         *     `?status=running` to track the runs started by an upload.
         */
        get: operations["listKnowledgeBaseRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a knowledge base
         * @description Searches the knowledge base. The request has **no body**: `query` and `prefix` travel
         *     as query parameters. The answer is a **plain JSON array** of `SearchResult`. No `top_k`,
         *     threshold or pagination is known. Read-only, hence
         *     `x-noxus-retry-safe`.
         */
        post: operations["searchKnowledgeBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a document record
         * @description Creates a document record without content (status `uploaded`, a name and a prefix).
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/document/{doc_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description Knowledge-base document id. */
                doc_id: components["parameters"]["DocId"];
            };
            cookie?: never;
        };
        /**
         * Get a document
         * @description Returns one document. Must answer `404 Not Found` once it is deleted.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /**
         * Delete a document
         * @description Deletes a document and returns **the deleted document**.
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /**
         * Update a document
         * @description Changes a document's `prefix` (folder) and/or `status`; leave out the fields to keep.
         */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/documents/{status}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description List only documents with this status. */
                status: components["parameters"]["DocumentStatusPath"];
            };
            cookie?: never;
        };
        /**
         * List documents by status
         * @description Lists the documents with the status given **in the path**, as a paginated envelope. The
         *     page size is read from `size`, else from `page_size`.
         */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/upload_train": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files and train on them
         * @description Uploads files into the knowledge base folder `prefix` and starts ingestion. The body is
         *     multipart/form-data with one part per file, each named **`files`** (repeated), with the
         *     file's base name as filename and no explicit content type. Returns a **plain JSON
         *     array of run ids**; track them with `listKnowledgeBaseRuns`. After an upload the
         *     document shows up as `trained`, `training` or `uploaded`.
         */
        post: operations["uploadAndTrain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-bases/{kb_id}/generic_train": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train from a source description
         * @description Starts ingestion from files that are already reachable by URI, described as a `Source`
         *     (`type: document`). Returns a **plain JSON array
         *     of run ids**.
         */
        post: operations["trainFromSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Uploads one file as multipart/form-data with a single part named **`file`**; the part's
         *     filename becomes the file's name. The returned `uri` refers to the file inside the
         *     platform.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/file/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File id. */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Download a file
         * @description Returns the file's raw bytes, not JSON; the only endpoint whose body is not JSON.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Paginated list of conversations. **Empty conversations are hidden**: a conversation
         *     appears only once it has a message.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Creates a conversation either with an agent (`?assistant_id=<agent id>`, `settings`
         *     null) or with explicit `settings`; give exactly one of the two. Running an
         *     agent flow is a conversation whose settings carry `agent_flow_id`. The backend may add
         *     default tools and returns `model_selection` and `assistant_id`.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation, including its `messages`.
         */
        get: operations["getConversation"];
        put?: never;
        /**
         * Add a message
         * @description Adds a user message and answers with the whole conversation; the last element of
         *     `messages` is the newest message, and the list is never empty.
         */
        post: operations["addMessage"];
        /**
         * Delete a conversation
         * @description Deletes a conversation and answers a JSON acknowledgement.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /**
         * Update a conversation
         * @description Changes the name and/or settings; a null key keeps its current value.
         */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/v1/conversations/{conversation_id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message and wait for the reply
         * @description Sends a message and blocks until the final reply, which it returns as a `ChatMessage`.
         */
        post: operations["chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message and stream the reply (SSE)
         * @description Sends a message (the same body as `chat`) and streams the reply as server-sent events in
         *     one call, so a client can show the reply while it is written, even on an idle
         *     conversation. Each `data:` line carries one JSON object of the `ChatStreamEvent` shape,
         *     told apart by `type`:
         *
         *     - `text_delta`: the next piece of the reply's text, in `content`;
         *     - `message_part`: a complete part of the reply, in `part` (an `error` part when the
         *       reply could not be written);
         *     - `reply`: the final reply, in `message` (the `ChatMessage` that `chat` returns);
         *     - `conversation_end`: the last event; `etag` is the conversation's etag after this turn
         *       (pass it to `streamConversationEvents` to follow what comes next).
         *
         *     A stream that closes before `conversation_end` was cut off: read the conversation to
         *     see whether the reply was stored.
         */
        post: operations["streamChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Stream the events of a conversation (SSE)
         * @description Server-sent events for a conversation. Events use the name `message`; each `data:` line
         *     carries one JSON object of the `ConversationEvent` shape `{role, type, content?}`.
         *
         *     **Terminal rule:** the stream ends with an event whose `type` is `conversation_end`. A
         *     stream that closes before it was cut off: reconnect with `etag`.
         *
         *     **Resume:** pass the conversation's `etag` to continue after the events already seen.
         */
        get: operations["streamConversationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Paginated list of agents.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates an agent from a name and a definition (`AgentSettings`, the same shape as `ConversationSettings`). The backend may add default tools.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Returns one agent; a missing or deleted agent is an HTTP error (404 expected).
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Deletes an agent and answers a JSON acknowledgement.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Changes the name and/or definition. With `preview=true` the definition is saved as the
         *     draft (`draft_definition`). `preview` is `true` or `false` (lowercase), unlike
         *     workflow `force`.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * List an agent's triggers
         * @description Returns the agent's triggers as a **plain JSON array**.
         */
        get: operations["listAgentTriggers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/triggers/{trigger_type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
                /** @description Kind of trigger to add. */
                trigger_type: components["parameters"]["TriggerType"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a Slack or Teams trigger
         * @description Adds a trigger to the agent. The trigger type travels only in the path; the trigger's `definition.type` reports it back.
         */
        post: operations["createAgentTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triggers/{trigger_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trigger id. */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a trigger
         * @description Deletes an agent trigger and answers a JSON acknowledgement.
         */
        delete: operations["deleteTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The API's webhooks: none. */
export type webhooks = Record<string, never>;
/** The spec's reusable parts; `components["schemas"]` holds every schema (see also `Schema<Name>`). */
export interface components {
    schemas: {
        /** @description Error body of every non-422 error: `{"detail": "<message>"}`. */
        ErrorDetail: {
            /** @description Human-readable message, e.g. `Not Found`. */
            detail: string;
        };
        /** @description FastAPI validation error body. */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
        ValidationErrorItem: {
            /** @description Location of the error, e.g. `["body", "input"]` or `["query", "size"]`. */
            loc: (string | number)[];
            /** @description Human-readable message. */
            msg: string;
            /** @description Error type, e.g. `missing`. */
            type: string;
        };
        /** @description Acknowledgement of a delete: an object, possibly `{}`, with optional `success` and `id`. */
        DeleteResponse: {
            success?: boolean;
            id?: string;
        };
        /** @description A page of workflows. */
        PageWorkflow: {
            items: components["schemas"]["Workflow"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of runs. */
        PageRun: {
            items: components["schemas"]["Run"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of run summaries. */
        PageRunSummary: {
            items: components["schemas"]["RunSummary"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of knowledge bases. */
        PageKnowledgeBase: {
            items: components["schemas"]["KnowledgeBase"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of knowledge-base documents. */
        PageKnowledgeBaseDocument: {
            items: components["schemas"]["KnowledgeBaseDocument"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of conversations. */
        PageConversation: {
            items: components["schemas"]["Conversation"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description A page of agents. */
        PageAgent: {
            items: components["schemas"]["Agent"][];
            /** @description Number of items across all pages. */
            total: number;
            /** @description This page's number (1-based). */
            page: number;
            /** @description Page size used. */
            size: number;
            /** @description Number of pages. */
            pages: number;
        };
        /**
         * @description Data type of a node config value.
         * @enum {string}
         */
        DataType: "int" | "float" | "bool" | "dict" | "str" | "list" | "Image" | "Audio" | "File" | "Quote" | "Custom" | "Any" | "GoogleSheet" | "SourceType";
        /** @description One config entry of a node type. */
        ConfigDefinition: {
            type: components["schemas"]["DataType"];
            /** @description Help text; the key must be present, the value may be null. */
            description: string | null;
            /** @description Whether the builder lists the key (only visible keys appear in error hints). */
            visible?: boolean;
            /** @description Whether the value may be left unset. */
            optional?: boolean;
            /** @description Default value of any JSON type; the key must be present. */
            default: unknown;
        };
        /**
         * @description An input or output connector of a node type, copied into a node's `connector_config`. Variable connectors carry `keys`; typed variable connectors also
         *     carry `type_definitions` and `choices`.
         */
        NodeConnector: {
            name: string;
            type: components["schemas"]["ConnectorType"];
            keys?: string[];
            /** @description Allowed choices. */
            choices?: unknown;
            /** @description Connector definition. */
            definition?: unknown;
            /** @description `{key: {data_type, is_list}}` for typed variable connectors. */
            type_definitions?: {
                [key: string]: {
                    data_type?: string;
                    is_list?: boolean;
                };
            };
        };
        /**
         * @description One node type of `GET /v1/nodes`. The platform also sends
         *     richer keys (`color`, `image`, `details`, `documentation_url`, `sub_category`,
         *     `example`, `providers`, `knowledge_base_support`, `subflow_config`, `is_valid`,
         *     `show_to_user`, `paywalled`).
         */
        NodeDefinition: {
            /** @description Node type name, e.g. `InputNode`, `TextGenerationNode`. */
            type: string;
            /** @description Display title; copied to a node's `name`. */
            title: string;
            description: string;
            small_description?: string;
            category?: string;
            /** @description Integrations the node needs; items are names or lists of alternative names. */
            integrations: (string | string[])[];
            inputs: components["schemas"]["NodeConnector"][];
            /** @description Outputs; a second output named `on_error` carries error branches. */
            outputs: components["schemas"]["NodeConnector"][];
            /** @description Config entries by name. */
            config: {
                [key: string]: components["schemas"]["ConfigDefinition"];
            };
            is_available: boolean;
            visible: boolean;
            /** @description The key must be present; the value may be null. */
            config_endpoint: string | null;
        };
        /** @description One LLM model, named by `name`; other fields vary by model. */
        LlmModel: {
            /** @description Model name as used in `model` / `model_selection`, e.g. `gpt-4o`. */
            name: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One chat preset; its fields vary. */
        ChatPreset: {
            [key: string]: unknown;
        };
        /** @description An API key. */
        ApiKey: {
            id: string;
            name: string;
            /** @description Whether the key may manage workspaces and mint keys. */
            tenant_admin: boolean;
            /**
             * @description The secret key. Only the answer of `createApiKey` carries the whole key (it is
             *     shown once); elsewhere a server may answer a masked prefix.
             */
            value: string;
            /** @description The workspace the key belongs to. Not every server sends it; do not require it. */
            group_id?: string;
            /** @description The name of that workspace. Not every server sends it. */
            group_name?: string;
        };
        /** @description Body of `createApiKey`. */
        ApiKeyCreate: {
            name: string;
            /**
             * @description Make the new key a tenant-admin key.
             * @default false
             */
            tenant_admin?: boolean;
        };
        /** @description A workspace ("group"). */
        Workspace: {
            id: string;
            name: string;
            description?: string | null;
        };
        /** @description Body of `createWorkspace`; `description` may be null. */
        WorkspaceCreate: {
            name: string;
            description?: string | null;
        };
        /**
         * @description Kind of workflow: `flow` (a workflow), `agent_flow` (an agent flow), `handler` or
         *     `ingestion`.
         * @enum {string}
         */
        WorkflowType: "flow" | "agent_flow" | "handler" | "ingestion";
        /**
         * @description Connector kind: `connector` (plain), `input` (flow input, the
         *     InputNode's input), `output` (flow output), `variable_connector` (needs a `key` when
         *     linking), `variable_type_connector`, `variable_type_size_connector` (needs a `key` and
         *     a `type_definition` when linking), `variable_type_input`, `variable_type_output`.
         * @enum {string}
         */
        ConnectorType: "connector" | "input" | "output" | "variable_connector" | "variable_type_connector" | "variable_type_size_connector" | "variable_type_input" | "variable_type_output";
        /** @description One input of a node in a definition. */
        WorkflowNodeInput: {
            node_id: string;
            name: string;
            /** @description Fixed value of the input (any JSON, null by default). */
            fixed_value?: unknown;
            type: components["schemas"]["ConnectorType"];
        };
        /** @description One output of a node in a definition. */
        WorkflowNodeOutput: {
            node_id: string;
            name: string;
            type: components["schemas"]["ConnectorType"];
        };
        /**
         * @description One element of `definition.nodes`. `type` names a node type of the catalog
         *     (`GET /v1/nodes`), which defines its `inputs`, `outputs` and `config_definition`.
         */
        WorkflowNode: {
            /** @description Client-generated uuid4 string. */
            id: string;
            /** @description Node type name from the catalog (`NodeDefinition.type`). */
            type: string;
            /** @description The catalog's `title`. */
            name?: string;
            /** @description Editor layout; the builder adds 350 to x per node and sets y=0. */
            display?: {
                position?: {
                    x?: number;
                    y?: number;
                };
            };
            /** @description Config values by config name. */
            node_config?: {
                [key: string]: unknown;
            };
            /** @description Copy of the catalog's connectors, with `keys` / `type_definitions` / `choices` added for variable connectors. */
            connector_config?: {
                inputs?: components["schemas"]["NodeConnector"][];
                outputs?: components["schemas"]["NodeConnector"][];
            };
            /** @description Copy of the catalog's `config` for this node type. */
            config_definition?: {
                [key: string]: components["schemas"]["ConfigDefinition"];
            };
            /** @description Subflow nodes only, `{workflow_id, workflow_name, workflow_nodes}`. */
            subflow_config?: {
                workflow_id?: string;
                workflow_name?: string;
                workflow_nodes?: unknown[];
            } | null;
            /** @description Subflow nodes only. */
            subflow_id?: string | null;
            inputs?: components["schemas"]["WorkflowNodeInput"][];
            outputs?: components["schemas"]["WorkflowNodeOutput"][];
        };
        /** @description One end of an edge. */
        EdgeEndpoint: {
            node_id: string;
            /** @description The output connector (from) or input connector (to). */
            connector_name: string;
            /** @description Only for variable connectors, e.g. `Input 1`; null otherwise. */
            key?: string | null;
            /** @default false */
            optional?: boolean;
        };
        /** @description One element of `definition.edges`. */
        WorkflowEdge: {
            /** @description Client-generated uuid4 string. */
            id?: string;
            from_id: components["schemas"]["EdgeEndpoint"];
            to_id: components["schemas"]["EdgeEndpoint"];
        };
        /** @description The graph of a workflow: its nodes and the edges between them. Both keys are required. */
        WorkflowDefinition: {
            nodes: components["schemas"]["WorkflowNode"][];
            edges: components["schemas"]["WorkflowEdge"][];
        };
        /**
         * @description A workflow as the server returns it. The docs' list example also shows
         *     `workflow_hash`, `meta`, `settings`, `last_updated_at`, `last_run_at`, `created_at`,
         *     `deleted_at`, `runs_count`, `author_name`, `description` and `saved`.
         */
        Workflow: {
            id: string;
            /** @description The workflow's name, e.g. "Untitled Workflow". */
            name: string;
            type: components["schemas"]["WorkflowType"];
            /** @description Workspace id (read-only). */
            group_id?: string | null;
            definition: components["schemas"]["WorkflowDefinition"];
            /**
             * Format: uuid
             * @description Id of the workflow that handles this one's errors.
             */
            error_handler?: string | null;
            description?: string | null;
            workflow_hash?: string | null;
            /** @description Free-form metadata of the workflow. */
            meta?: Record<string, unknown> | null;
            /** @description Free-form settings of the workflow. */
            settings?: Record<string, unknown> | null;
            saved?: boolean | null;
            runs_count?: number | null;
            author_name?: string | null;
            created_at?: string | null;
            last_updated_at?: string | null;
            last_run_at?: string | null;
            deleted_at?: string | null;
        };
        /**
         * @description Body of `createWorkflow` and `updateWorkflow`. `error_handler` is sent
         *     only when set. Nodes may carry extra keys, which are kept.
         */
        WorkflowCreate: {
            name: string;
            type?: components["schemas"]["WorkflowType"];
            definition: components["schemas"]["WorkflowDefinition"];
            /**
             * Format: uuid
             * @description Id of the error-handler workflow.
             */
            error_handler?: string | null;
        };
        /** @description A saved version of a workflow. */
        WorkflowVersion: {
            /** Format: uuid */
            id: string;
            name: string;
            description?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            created_by?: string | null;
            definition: components["schemas"]["WorkflowDefinition"];
        };
        /** @description Body of `createWorkflowVersion` and `updateWorkflowVersion`. */
        WorkflowVersionCreate: {
            name: string;
            description?: string | null;
            definition: components["schemas"]["WorkflowDefinition"];
        };
        /**
         * @description Run status. The docs' enum is queued, running, failed, completed and
         *     stopped. `awaiting_human_feedback` marks a run paused for a human's answer; it is rare
         *     and not every server returns it.
         * @enum {string}
         */
        RunStatus: "queued" | "running" | "failed" | "completed" | "stopped" | "awaiting_human_feedback";
        /** @description Per-node progress of a run. */
        RunProgressDetails: {
            executed_nodes?: string[];
            remaining_nodes?: string[];
            running_nodes?: string[];
            skipped_nodes?: string[];
            error_handler_nodes?: string[];
            /** @description Progress by node id. */
            per_node_progress?: {
                [key: string]: components["schemas"]["NodeProgress"];
            };
            /** @description Progress by edge id. */
            per_edge_progress?: Record<string, unknown>;
            /** @description Subflow run details. */
            subflow_executions?: unknown;
            /** @description Run log entries. */
            run_logs?: unknown;
        };
        /** @description Progress of one node of a run. */
        NodeProgress: {
            /** @description E.g. `pending`, `running`, `completed`, `failed` or `skipped`. */
            status?: string;
            /** @description 0 to 100. */
            progress?: number;
            started_at?: string | null;
            finished_at?: string | null;
            /** @description Why the node failed, when it did. */
            error?: string | null;
        };
        /**
         * @description Outputs of a run, keyed by the OutputNode's output connector id
         *     (`<output_node_id>::<output_name>`), or by label where the endpoint does so (see
         *     `use_output_ids`). Each value is typically an object whose text sits under `text`.
         * @example {
         *       "8b7f3c2e-0000-4000-8000-000000000001::output": {
         *         "text": "Hello"
         *       }
         *     }
         */
        RunOutput: {
            [key: string]: unknown;
        };
        /** @description A run with its input and output. */
        Run: {
            id: string;
            group_id: string;
            workflow_id: string;
            workflow_version_id?: string | null;
            /** @description The run input; required and never null. */
            input: {
                [key: string]: unknown;
            };
            node_ids?: string[] | null;
            single_node_id?: string | null;
            status: components["schemas"]["RunStatus"];
            /** @description 0 when created; 100 when completed in the tests' fixtures. */
            progress: number;
            progress_details?: components["schemas"]["RunProgressDetails"] | null;
            created_at: string;
            finished_at?: string | null;
            output?: components["schemas"]["RunOutput"] | null;
            /** @description The workflow definition the run used, when the server includes it. */
            workflow_definition?: Record<string, unknown> | null;
        };
        /**
         * @description A run as `GET /v1/runs/{run_id}` returns it: id, group_id, workflow_id,
         *     workflow_version_id, input?, node_ids and the run's status fields.
         */
        RunNoIO: {
            id: string;
            group_id: string;
            workflow_id: string;
            workflow_version_id?: string | null;
            input?: {
                [key: string]: unknown;
            } | null;
            node_ids?: string[] | null;
            status?: components["schemas"]["RunStatus"];
            progress?: number;
            progress_details?: components["schemas"]["RunProgressDetails"] | null;
            created_at?: string;
            finished_at?: string | null;
        };
        /**
         * @description One item of `GET /v1/runs`: a run plus `definitions`, a nested `workflow` object and
         *     `source` (docs: public-get-paginated-runs). The shapes of those three are
         *     not documented.
         */
        RunSummary: {
            id: string;
            group_id: string;
            workflow_id: string;
            workflow_version_id?: string | null;
            status: components["schemas"]["RunStatus"];
            progress?: number;
            created_at: string;
            finished_at?: string | null;
            input?: {
                [key: string]: unknown;
            } | null;
            output?: components["schemas"]["RunOutput"] | null;
            /** @description The run's workflow (summary fields such as `id`, `name`, `type`). */
            workflow?: {
                id?: string;
                name?: string;
                type?: string;
            } | null;
            /** @description Where the run came from (shape not documented). */
            source?: unknown;
            /** @description Definitions attached to the run (shape not documented). */
            definitions?: unknown;
        };
        /**
         * @description Body of `createRun` and `createSyncRun`. Input keys may be an
         *     InputNode's label, its node id, or `<node_id>::input`; File/Image/Audio inputs take an
         *     object with `uri` (and ideally `name`). Optional keys are left out unless set.
         */
        RunCreate: {
            /** @description Input values by key; run-time values override fixed inputs. */
            input: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Run this saved version instead of the current definition.
             */
            workflow_version_id?: string;
            /**
             * Format: uri
             * @description POSTed to when the run reaches completed, failed or stopped; an invalid URL is a 422.
             */
            callback_url?: string;
            /** @description Run only these nodes. */
            node_ids?: string[];
            /** @description Run only this node. */
            single_node_id?: string;
            /** @description The workspace of the run. */
            group_id?: string;
            /**
             * @description Record a trace of the run.
             * @default false
             */
            tracing?: boolean;
            /** @description Run in debugger mode. */
            debugger?: boolean;
        };
        /** @description Answer of `createSyncRun` without `output_only`. */
        SyncRunResult: {
            /** @description Run id. */
            id: string;
            output: components["schemas"]["RunOutput"];
        };
        /**
         * @description Answer of `createSyncRun`: `SyncRunResult` (`{id, output}`), or only the `RunOutput`
         *     map when `output_only=true`.
         */
        CreateSyncRunResponse: components["schemas"]["SyncRunResult"] | components["schemas"]["RunOutput"];
        /** @description Ids of the ingestion runs started by an upload or a generic train. */
        RunIdList: string[];
        /** @description Body of `searchRuns`. */
        SearchRunRequest: {
            /** @description The search text. */
            query: string;
            /** @description Minimum similarity of a match. */
            similarity_threshold?: number;
        };
        /**
         * @description The text of a server-sent events stream (`text/event-stream`): messages separated by a
         *     blank line, each with an optional `event:` line and one `data:` line holding a JSON
         *     object. The operation's `x-noxus-event-schema` names the schema of that object.
         */
        EventStream: string;
        /**
         * @description The JSON object on each `data:` line of the run event stream. The
         *     stream is over after an event whose `data.workflow_status` is `completed` or `failed`.
         */
        RunEvent: {
            /**
             * @description `content`: node status and streamed output; `state`: run progress.
             * @enum {string}
             */
            type: "content" | "state";
            data: components["schemas"]["RunContentEventData"] | components["schemas"]["RunStateEventData"];
            /** @description Event id; pass it as `etag` to resume after this event. */
            redisId: string;
        };
        /** @description `data` of a `content` event. */
        RunContentEventData: {
            /** @description Node id. */
            id: string;
            /** @description Node status. */
            status: string;
            /** @description Streamed text. */
            content?: string | null;
            /** @description Overall run status; `completed` or `failed` marks the terminal event. */
            workflow_status?: string | null;
        };
        /** @description `data` of a `state` event. */
        RunStateEventData: {
            progress_details: components["schemas"]["RunProgressDetails"];
            /** @description Overall run status. */
            status: string;
            /** @description Overall run status; `completed` or `failed` marks the terminal event. */
            workflow_status?: string | null;
        };
        /** @description Knowledge-base settings, version `v3` (the default since 2025-09). */
        KBConfigV3: {
            /**
             * @default [
             *       "vertexai/text-multilingual-embedding-002"
             *     ]
             */
            embedding_model?: string[];
            /** @default 2048 */
            default_chunk_size?: number;
            /** @default 512 */
            default_chunk_overlap?: number;
            /** @default true */
            csv_row_as_document?: boolean;
        };
        /** @description Knowledge-base settings, version `v2`. README example values are batch_size 10, chunk 1000, overlap 200. */
        KnowledgeBaseSettingsV2: {
            ingestion?: {
                batch_size?: number;
                default_chunk_size?: number;
                default_chunk_overlap?: number;
                /**
                 * @default contextual
                 * @enum {string}
                 */
                enrich_chunks_mode?: "inject_summary" | "contextual";
                enrich_pre_made_qa?: boolean;
            };
            retrieval?: {
                /**
                 * @default hybrid_reranking
                 * @enum {string}
                 */
                type?: "full_text_search" | "semantic_search" | "hybrid_search" | "hybrid_reranking";
                /** @description E.g. `{"fts_weight": 0.3}`. */
                hybrid_settings?: Record<string, unknown>;
                reranker_settings?: Record<string, unknown>;
            };
        };
        /** @description A knowledge base. */
        KnowledgeBase: {
            id: string;
            group_id: string;
            name: string;
            /**
             * @description `created` (after creation), `training` (while an upload is ingested), `trained`,
             *     `error`, or `ready`.
             */
            status: string;
            description: string;
            document_types: string[];
            /** @description Always `entity` for knowledge bases made through the API. */
            kb_type: string;
            settings_: components["schemas"]["KBConfigV3"] | components["schemas"]["KnowledgeBaseSettingsV2"];
            /**
             * @default v3
             * @enum {string}
             */
            version?: "v2" | "v3";
            created_at: string;
            updated_at: string;
            size: number;
            num_docs: number;
            total_documents: number;
            training_documents: number;
            trained_documents: number;
            error_documents: number;
            uploaded_documents: number;
            /** @description Source-type information. */
            source_types: Record<string, unknown>;
            training_source_types: string[];
            /** @description Retrieval settings. */
            retrieval?: Record<string, unknown> | null;
            /** @description Why the knowledge base is in the `error` status, when it is. */
            error?: {
                /** @description What went wrong, for people. */
                message?: string;
                /** @description A short machine-readable kind of error. */
                type?: string;
            } | null;
            /** @description Embedding settings. */
            embeddings?: Record<string, unknown> | null;
            /** @default [] */
            documents?: components["schemas"]["KnowledgeBaseDocument"][];
        };
        /** @description Body of `createKnowledgeBase`. */
        KnowledgeBaseCreate: {
            name: string;
            description?: string;
            /** @description E.g. `["text"]` or `["pdf", "txt"]`. */
            document_types?: string[];
            /** @description `KBConfigV3` when `version` is `v3`, `KnowledgeBaseSettingsV2` when `v2`. */
            settings_?: components["schemas"]["KBConfigV3"] | components["schemas"]["KnowledgeBaseSettingsV2"];
            /**
             * @description Always `entity`.
             * @default entity
             * @enum {string}
             */
            kb_type?: "entity";
            /**
             * @default v3
             * @enum {string}
             */
            version?: "v2" | "v3";
        };
        /**
         * @description Status of a knowledge-base document.
         * @enum {string}
         */
        DocumentStatus: "trained" | "training" | "error" | "uploaded" | "folder";
        /** @description A knowledge-base document. */
        KnowledgeBaseDocument: {
            id: string;
            name: string;
            /** @description Folder path, `/` by default. */
            prefix: string;
            status: components["schemas"]["DocumentStatus"];
            /** @default 0 */
            size?: number;
            source_type?: string | null;
            created_at: string;
            updated_at: string;
            /** @description Why ingestion failed, for a document in the `error` status. */
            error?: {
                /** @description What went wrong, for people. */
                message?: string;
                /** @description A short machine-readable kind of error. */
                type?: string;
            } | null;
        };
        /** @description Body of `createDocument`. */
        DocumentCreate: {
            name: string;
            /** @default / */
            prefix?: string;
            /** @default uploaded */
            status?: components["schemas"]["DocumentStatus"];
        };
        /** @description Body of `updateDocument`; leave out the fields to keep. */
        DocumentUpdate: {
            prefix?: string;
            status?: components["schemas"]["DocumentStatus"];
        };
        /** @description Answer of `deleteKnowledgeBase`. */
        DeleteKnowledgeBaseResponse: {
            success: boolean;
        };
        /**
         * @description Source type of knowledge-base ingestion.
         * @enum {string}
         */
        DocumentSourceType: "document" | "google_drive" | "onedrive" | "sharepoint" | "website" | "custom";
        /** @description One file of a `document` source. */
        SourceFile: {
            name: string;
            size: number;
            content_type: string;
            source_type: string;
            uri: string;
        };
        /** @description `config` of a source. */
        SourceConfig: {
            files: components["schemas"]["SourceFile"][];
        };
        /** @description The `source` object of a `Source` body. */
        SourceDetails: {
            source_type: components["schemas"]["DocumentSourceType"];
            config: components["schemas"]["SourceConfig"];
            /** @description Null for the document source. */
            subtype?: string | null;
        };
        /** @description Body of `trainFromSource`, a top-level `source` object. */
        Source: {
            source: components["schemas"]["SourceDetails"];
        };
        /** @description The document a search result comes from. */
        DocumentResult: {
            id: string;
            created_at: string;
            updated_at: string;
            group_id: string;
            kb_id: string;
            name: string;
            file_id?: string | null;
            status: components["schemas"]["DocumentStatus"];
            short_summary?: string | null;
            summary?: string | null;
            doc_type?: string | null;
            /** @description Free-form metadata of the document. */
            doc_metadata: Record<string, unknown>;
            prefix: string;
            m_source_type: string;
            m_source_metadata?: Record<string, unknown> | null;
        };
        /** @description One knowledge-base search hit. */
        SearchResult: {
            score: number;
            content: string;
            source?: string | null;
            document_source: components["schemas"]["DocumentResult"];
        };
        /**
         * @description Where a file came from; human-readable values.
         * @enum {string}
         */
        FileSourceType: "Document" | "Google Drive" | "Notion" | "Website" | "OneDrive" | "Slack" | "Linear" | "Github" | "Teams" | "Sharepoint" | "ServiceNow" | "Custom";
        /** @description A stored file. */
        File: {
            /** Format: uuid */
            id: string;
            /** @description Platform URI of the file. */
            uri: string;
            size: number;
            /** Format: uuid */
            group_id?: string | null;
            filename: string;
            content_type: string;
            source_type: components["schemas"]["FileSourceType"];
            /** @description Free-form information about the file's source. The key is always present; the value may be null. */
            source_metadata: Record<string, unknown> | null;
            /** Format: date-time */
            created_at?: string | null;
        };
        /**
         * @description A text setting. Usually a string; may arrive as TipTap rich text, as `{text,
         *     definition}` or as a list of `{text}` parts; join the parts' text to read it as a string.
         */
        RichText: string | {
            [key: string]: unknown;
        } | {
            [key: string]: unknown;
        }[] | null;
        /**
         * @description A tool of a conversation or agent, told apart by `type`. Known types:
         *     `web_research`, `noxus_qa`, `kb_selector`, `kb_qa` (needs `kb_id`), `workflow` (needs
         *     `workflow_id`), `human_in_the_loop`, `attach_file`, `memory`, `filesystem`,
         *     `code_execution` (`timeout`, default 120), `agent_tool` (`agent_id`?), `action`,
         *     `chatflow`, `flow_transition`, `chatflow_extraction`, `chatflow_transition`, `sandbox`,
         *     `schedule_tool`, `todos`, `subagent`, `agent_memory`. Unknown types are kept as they
         *     are. The backend adds display fields (`title`, `description`, `category`, `icon`, ...).
         */
        ConversationTool: {
            /** @description Tool type (see the list above; other values are allowed). */
            type: string;
            /** @default true */
            enabled?: boolean;
            extra_instructions?: string | null;
            /** @description `kb_qa` only. */
            kb_id?: string | null;
            /** @description `workflow` only. */
            workflow_id?: string | null;
            /** @description `code_execution` only; 120 by default. */
            timeout?: number;
            /** @description `agent_tool` only. */
            agent_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Settings of a conversation; also the agent definition (`AgentSettings`). The model list
         *     may come as `model` or `model_selection`; servers accept both, and at least one should
         *     be present.
         */
        ConversationSettings: {
            /** @description Model names, e.g. `["gpt-4o"]`. */
            model?: string[];
            /** @description Same as `model`; the backend's name for it. */
            model_selection?: string[];
            temperature: number;
            /** @default 64000 */
            max_tokens?: number;
            /** @description May be empty. The backend may add default tools. */
            tools: components["schemas"]["ConversationTool"][];
            persona?: components["schemas"]["RichText"];
            tone?: components["schemas"]["RichText"];
            extra_instructions?: components["schemas"]["RichText"];
            /** @description Set to run an agent flow as a conversation. */
            agent_flow_id?: string | null;
        };
        /**
         * @description One part of a message, told apart by `type`: `user` (what the user sent), `text` (the
         *     assistant's reply) or `error` (why no reply could be written).
         */
        ConversationMessagePart: components["schemas"]["UserMessagePart"] | components["schemas"]["TextMessagePart"] | components["schemas"]["ErrorMessagePart"];
        /** @description The message a user sent, with what it asked for. */
        UserMessagePart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user";
            /** @constant */
            role: "user";
            /** @description The message text. */
            content: string;
            /** @description The tool the user asked for, if any. */
            tool?: string | null;
            kb_id?: string | null;
            workflow_id?: string | null;
            files?: components["schemas"]["ConversationFile"][];
            model_selection?: string[];
            images?: string[];
        };
        /** @description Text written by the assistant. */
        TextMessagePart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description Usually `assistant`. */
            role: string;
            /** @description The text. */
            content: string;
            /** @description The model that wrote it. */
            model?: string;
        };
        /** @description Stands in for a reply that could not be written (e.g. the model failed). */
        ErrorMessagePart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
            /** @description Usually `assistant`. */
            role: string;
            /** @description What went wrong. */
            content: string;
        };
        /** @description One message of a conversation. */
        ConversationMessage: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
            message_parts: components["schemas"]["ConversationMessagePart"][];
        };
        /** @description A conversation. */
        Conversation: {
            id: string;
            name: string;
            created_at: string;
            last_updated_at: string;
            settings: components["schemas"]["ConversationSettings"];
            /** @description Pass to `streamConversationEvents` to resume. */
            etag?: string | null;
            /** @default [] */
            messages?: components["schemas"]["ConversationMessage"][];
            /** @description E.g. `idle`. */
            status: string;
            /** @description The agent of the conversation. */
            assistant_id?: string | null;
            /** @description Alias of `assistant_id`. */
            agent_id?: string | null;
        };
        /** @description Body of `createConversation`; `settings` is null when `assistant_id` is given. */
        ConversationCreate: {
            name: string;
            settings?: components["schemas"]["ConversationSettings"] | null;
        };
        /** @description Body of `updateConversation`; a null key keeps its current value. */
        ConversationUpdate: {
            name?: string | null;
            settings?: components["schemas"]["ConversationSettings"] | null;
        };
        /**
         * @description A file attached to a message. At least one of `b64_content` and `url` must be set.
         *     `url` files are fetched server-side, must be publicly reachable and are capped at 25 MB.
         */
        ConversationFile: {
            /** @default success */
            status?: string;
            name: string;
            /** @description The file's id; a new uuid4 when left out. */
            id?: string;
            b64_content?: string | null;
            url?: string | null;
            /** @default 1 */
            size?: number;
            /**
             * @description MIME type.
             * @default
             */
            type?: string;
        };
        /** @description Body of `addMessage` and `chat`; optional fields may be null. */
        MessageRequest: {
            content: string;
            /** @description `web_research`, `kb_qa`, `workflow`, or any other tool type. */
            tool?: string | null;
            kb_id?: string | null;
            workflow_id?: string | null;
            files?: components["schemas"]["ConversationFile"][] | null;
            model_selection?: string[] | null;
        };
        /** @description The final reply of `chat`. */
        ChatMessage: {
            /** Format: uuid */
            id: string;
            parts: components["schemas"]["ConversationMessagePart"][];
        };
        /**
         * @description The JSON object on each `data:` line of the conversation event stream.
         *     The stream is over after an event with `type: conversation_end`.
         */
        ConversationEvent: {
            /** @description E.g. `user` or `assistant`. */
            role: string;
            /** @description Event type; `conversation_end` ends the stream. */
            type: string;
            content?: string | null;
        };
        /**
         * @description The JSON object on each `data:` line of `streamChat`, told apart by `type`. Every event
         *     also has the `role` and `type` of a `ConversationEvent`. The stream is over after the
         *     `conversation_end` event.
         */
        ChatStreamEvent: components["schemas"]["ChatTextDeltaEvent"] | components["schemas"]["ChatMessagePartEvent"] | components["schemas"]["ChatReplyEvent"] | components["schemas"]["ChatEndEvent"];
        /** @description The next piece of the reply's text. */
        ChatTextDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text_delta";
            /** @description Usually `assistant`. */
            role: string;
            /** @description Text to append to what came before. */
            content: string;
        };
        /** @description A complete part of the reply, as it will be stored in the conversation. */
        ChatMessagePartEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message_part";
            /** @description Usually `assistant`. */
            role: string;
            part: components["schemas"]["ConversationMessagePart"];
        };
        /** @description The final reply, as `chat` returns it. */
        ChatReplyEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reply";
            /** @description Usually `assistant`. */
            role: string;
            message: components["schemas"]["ChatMessage"];
        };
        /** @description The last event of the stream. */
        ChatEndEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation_end";
            /** @description Usually `assistant`. */
            role: string;
            /** @description The conversation's etag after this turn; resume `streamConversationEvents` from it. */
            etag?: string | null;
        };
        /** @description An agent: a name and a definition (its model, instructions and tools). */
        Agent: {
            id: string;
            name: string;
            definition: components["schemas"]["ConversationSettings"];
            draft_definition?: components["schemas"]["ConversationSettings"] | null;
            group_id?: string;
            description?: string | null;
            visible?: boolean;
            image_url?: string | null;
            allow_public_access?: boolean;
            created_at?: string | null;
            last_updated_at?: string | null;
            deleted_at?: string | null;
        };
        /** @description Body of `createAgent`. */
        AgentCreate: {
            name: string;
            definition: components["schemas"]["ConversationSettings"];
        };
        /** @description Body of `updateAgent`. */
        AgentUpdate: {
            name?: string | null;
            definition?: components["schemas"]["ConversationSettings"] | null;
        };
        /** @description A Slack or Teams trigger of an agent; `definition.type` holds the trigger type. */
        AssistantTrigger: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            group_id: string;
            definition: {
                /** @description `slack` or `teams`. */
                type?: string;
            };
            routing_key: string;
            /**
             * Format: uuid
             * @description The agent's id.
             */
            assistant_id: string;
        };
        /** @description Body of `createAgentTrigger`. */
        AgentTriggerCreate: {
            team_id: string;
            channel?: string | null;
            keyword?: string | null;
        };
    };
    responses: {
        /** @description Missing or invalid API key. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The API key is not a tenant-admin key. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description The request conflicts with the resource's state, e.g. deleting the workspace of the key
         *     that makes the request, or a member's personal workspace.
         */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description No such resource in this workspace (`{"detail": "Not Found"}`, reason phrase `Not Found`). */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The request failed validation (FastAPI 422). */
        ValidationError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description The upload is too large. */
        PayloadTooLarge: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Too many requests. Retry later. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
    };
    parameters: {
        /** @description 1-based page number. */
        Page: number;
        /** @description Page size; **the parameter the server reads**. */
        Size: number;
        /** @description Old name of `size`, still accepted; ignored when `size` is present. */
        PageSizeLegacy: number;
        /** @description Force the update. Both `true`/`false` and `True`/`False` are accepted. */
        Force: boolean | ("True" | "False");
        /** @description The knowledge-base folder, e.g. `/files`. */
        Prefix: string;
        /** @description Workspace ("group") id. */
        GroupId: string;
        /** @description Workflow (or agent flow) id. */
        WorkflowId: string;
        /** @description Workflow version id. */
        VersionId: string;
        /** @description Run id. */
        RunId: string;
        /** @description Knowledge base id. */
        KbId: string;
        /** @description Knowledge-base document id. */
        DocId: string;
        /** @description List only documents with this status. */
        DocumentStatusPath: components["schemas"]["DocumentStatus"];
        /** @description File id. */
        FileId: string;
        /** @description Conversation id. */
        ConversationId: string;
        /** @description Agent id. */
        AgentId: string;
        /** @description Kind of trigger to add. */
        TriggerType: "slack" | "teams";
        /** @description Trigger id. */
        TriggerId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Correlation id of the request, for support and logs. Optional: not every server sets it. */
        XRequestId: string;
        /** @description How long to wait before retrying, in seconds (or an HTTP date). Optional. */
        RetryAfter: string;
    };
    pathItems: never;
}
/** JSON Schema `$defs` of the spec: none. */
export type $defs = Record<string, never>;
/** Every operation of the API by operationId, with its parameters, body and responses (see also `OperationResult<Id>`). */
export interface operations {
    listNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node catalog (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeDefinition"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listLlmModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The LLM models (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LlmModel"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listChatPresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat presets (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPreset"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling API key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspaces (plain array, not an envelope). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreate"];
            };
        };
        responses: {
            /** @description The new workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ("group") id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledgement (any JSON object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ("group") id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The new API key, including its secret `value`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
                /** @description Only list workflows of this type (usually `flow` or `agent_flow`). */
                type?: components["schemas"]["WorkflowType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageWorkflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCreate"];
            };
        };
        responses: {
            /** @description The saved workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledgement (any JSON object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: {
                /** @description Force the update. Both `true`/`false` and `True`/`False` are accepted. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCreate"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWorkflowVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersion"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWorkflowVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowVersionCreate"];
            };
        };
        responses: {
            /** @description The saved version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWorkflowVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
                /** @description Workflow version id. */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowVersionCreate"];
            };
        };
        responses: {
            /** @description The updated version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWorkflowRuns: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
            };
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreate"];
            };
        };
        responses: {
            /** @description The new run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createSyncRun: {
        parameters: {
            query?: {
                /** @description Return only the output map instead of `{id, output}`. */
                output_only?: boolean;
                /** @description Key the outputs by node ids rather than by labels. */
                use_output_ids?: boolean;
            };
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreate"];
            };
        };
        responses: {
            /** @description `SyncRunResult`, or only the `RunOutput` map when `output_only=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSyncRunResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow (or agent flow) id. */
                workflow_id: components["parameters"]["WorkflowId"];
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of run summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRunSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    searchRuns: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchRunRequest"];
            };
        };
        responses: {
            /** @description A page of matching runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRunSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunNoIO"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    streamRunEvents: {
        parameters: {
            query?: {
                /** @description The `redisId` of the last event seen; the stream resumes after it. */
                etag?: string;
            };
            header?: never;
            path: {
                /** @description Run id. */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SSE stream; each `data:` line is one `RunEvent` JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKnowledgeBases: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of knowledge bases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKnowledgeBase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeBaseCreate"];
            };
        };
        responses: {
            /** @description The new knowledge base. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The knowledge base. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the knowledge base was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteKnowledgeBaseResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKnowledgeBaseRuns: {
        parameters: {
            query?: {
                /** @description Only runs with this status. */
                status?: components["schemas"]["RunStatus"];
                /** @description Only these runs, as a comma-separated list of run ids. */
                run_ids?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    searchKnowledgeBase: {
        parameters: {
            query: {
                /** @description The search text. */
                query: string;
                /** @description The knowledge-base folder, e.g. `/files`. */
                prefix?: components["parameters"]["Prefix"];
            };
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The search results (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description The new document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description Knowledge-base document id. */
                doc_id: components["parameters"]["DocId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description Knowledge-base document id. */
                doc_id: components["parameters"]["DocId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description Knowledge-base document id. */
                doc_id: components["parameters"]["DocId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUpdate"];
            };
        };
        responses: {
            /** @description The updated document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Old name of `size`, read when `size` is absent. */
                page_size?: number;
                /** @description Page size. Read first; when absent the server falls back to `page_size`, then to 50. */
                size?: number;
                /** @description Repeats the path's status; the path value wins. */
                status?: components["schemas"]["DocumentStatus"];
            };
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
                /** @description List only documents with this status. */
                status: components["parameters"]["DocumentStatusPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKnowledgeBaseDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    uploadAndTrain: {
        parameters: {
            query?: {
                /** @description The knowledge-base folder, e.g. `/files`. */
                prefix?: components["parameters"]["Prefix"];
            };
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The files, one `files` part each. */
                    files: Blob[];
                };
            };
        };
        responses: {
            /** @description The ids of the ingestion runs (plain array of strings). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    trainFromSource: {
        parameters: {
            query?: {
                /** @description The knowledge-base folder, e.g. `/files`. */
                prefix?: components["parameters"]["Prefix"];
            };
            header?: never;
            path: {
                /** @description Knowledge base id. */
                kb_id: components["parameters"]["KbId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Source"];
            };
        };
        responses: {
            /** @description The ids of the ingestion runs (plain array of strings). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file content.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description The stored file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File id. */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageConversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createConversation: {
        parameters: {
            query?: {
                /** @description Talk to this agent; its definition provides the settings. */
                assistant_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreate"];
            };
        };
        responses: {
            /** @description The new conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    addMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The conversation, with a non-empty `messages` list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledgement (any JSON object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUpdate"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    chat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The final reply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    streamChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description An SSE stream; each `data:` line is one `ChatStreamEvent` JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    streamConversationEvents: {
        parameters: {
            query?: {
                /** @description The conversation's `etag`; the stream resumes after it. */
                etag?: string;
                /** @description `json` asks for normalised `{event, data}` envelopes. */
                format?: "json";
            };
            header?: never;
            path: {
                /** @description Conversation id. */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SSE stream; each `data:` line is one `ConversationEvent` JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Page size; **the parameter the server reads**. */
                size?: components["parameters"]["Size"];
                /** @description Old name of `size`, still accepted; ignored when `size` is present. */
                page_size?: components["parameters"]["PageSizeLegacy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAgent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCreate"];
            };
        };
        responses: {
            /** @description The new agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledgement (any JSON object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateAgent: {
        parameters: {
            query?: {
                /** @description Save as a preview (draft) instead of the live definition. */
                preview?: boolean;
            };
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    listAgentTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The triggers (plain array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantTrigger"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    createAgentTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agent_id: components["parameters"]["AgentId"];
                /** @description Kind of trigger to add. */
                trigger_type: components["parameters"]["TriggerType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentTriggerCreate"];
            };
        };
        responses: {
            /** @description The new trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantTrigger"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trigger id. */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledgement (any JSON object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
}
