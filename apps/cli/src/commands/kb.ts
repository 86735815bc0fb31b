import { defined } from "@noxus/client/internal";
import {
  DOCUMENT_STATUSES,
  type KnowledgeBase,
  type KnowledgeBaseDocument,
} from "@noxus/workspace";
import { fromPaths } from "@noxus/workspace/node";
import { InvalidArgumentError, Option } from "commander";
import { CliError, UsageError } from "../exit-codes.js";
import { confirmDestructive, YES_OPTION } from "../lib/confirm.js";
import type { RegisterCommands } from "./index.js";
import { uploadReporter } from "./kb/progress.js";
import { resolveKnowledgeBase } from "./kb/resolve.js";
import { excerpt, formatBytes } from "./lookup.js";
import { shortTime } from "./workflows/resolve.js";

const HELP_AFTER = `
A knowledge base is named by its id or its exact name.

Examples:
  noxus kb create Handbook --description "HR policies"
  noxus kb upload Handbook ./docs notes.md --prefix /hr --wait
  noxus kb search Handbook "paid holiday"
  noxus kb docs Handbook --status error
  noxus kb delete Handbook --yes
  noxus kb list --json`;

/** Failed documents listed by `kb upload --wait` (all of them with --json). */
const MAX_FAILURES_SHOWN = 20;

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError("expected a positive integer.");
  }
  return parsed;
}

function seconds(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new InvalidArgumentError("expected a number of seconds > 0.");
  }
  return parsed;
}

/** What `kb list` and `kb create` show of a knowledge base. */
function summary(kb: KnowledgeBase) {
  return {
    id: kb.id,
    name: kb.name,
    description: kb.description,
    status: kb.status,
    documents: kb.total_documents,
    trained: kb.trained_documents,
    training: kb.training_documents,
    failed: kb.error_documents,
    updatedAt: kb.updated_at,
  };
}

function documentRow(doc: KnowledgeBaseDocument) {
  return [
    doc.id,
    doc.name,
    doc.prefix,
    doc.status,
    formatBytes(doc.size ?? 0),
    shortTime(doc.updated_at),
    describeDocError(doc),
  ];
}

/** `noxus kb …`: knowledge bases — list, create, delete, upload, search, docs. */
export const registerKb: RegisterCommands = (program, contextFor) => {
  const kb = program
    .command("kb")
    .description("knowledge bases: upload documents, wait for training, search")
    .addHelpText("after", HELP_AFTER);

  kb.command("list")
    .description("list the workspace's knowledge bases")
    .action(async (_options, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const all = await ws.knowledgeBases.list(cli.call).toArray();
      const data = all.map((handle) => handle.data);
      cli.output.result(data, () =>
        cli.output.table(
          ["ID", "NAME", "DOCUMENTS", "TRAINED", "FAILED", "STATUS", "UPDATED"],
          data.map((item) => [
            item.id,
            item.name,
            item.total_documents,
            item.trained_documents,
            item.error_documents,
            item.status,
            shortTime(item.updated_at),
          ]),
        ),
      );
    });

  kb.command("create")
    .description("create a knowledge base (v3, the SDK's default settings)")
    .argument("<name>", "the knowledge base's name")
    .option("--description <text>", "what the knowledge base holds")
    .addHelpText("after", '\nExample:\n  noxus kb create Handbook --description "HR policies"')
    .action(async (name: string, options: { description?: string }, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const created = await ws.knowledgeBases.create(
        {
          name,
          ...defined({ description: options.description }),
        },
        cli.call,
      );
      cli.output.result(created.data, () => {
        const shown = summary(created.data);
        cli.output.details([
          ["id", shown.id],
          ["name", shown.name],
          ["description", shown.description],
          ["status", shown.status],
        ]);
      });
    });

  kb.command("delete")
    .description("delete a knowledge base and all its documents")
    .argument("<kb>", "knowledge base id or exact name")
    .option(...YES_OPTION)
    .action(async (ref: string, options: { yes?: boolean }, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const target = await resolveKnowledgeBase(cli, ws, ref);
      const question = `Delete knowledge base "${target.name}" (${target.id}) and all its documents?`;
      if (!(await confirmDestructive(question, { yes: options.yes, signal: cli.signal }))) {
        cli.output.note("Not deleted.");
        return;
      }
      const deleted = await target.delete(cli.call);
      const result = { id: target.id, name: target.name, deleted };
      cli.output.result(result, () =>
        cli.output.line(`deleted knowledge base ${target.name} (${target.id})`),
      );
    });

  kb.command("upload")
    .description("upload files and directories (recursively) and start their training")
    .argument("<kb>", "knowledge base id or exact name")
    .argument("<paths...>", "files and directories to upload")
    .option("--prefix <folder>", 'the knowledge-base folder to put them in, e.g. "/docs"')
    .option("--wait", "wait until training is over and report trained/failed documents")
    .option("--timeout <seconds>", "with --wait: give up after this long", seconds, 600)
    .option("--batch-size <n>", "files per upload request", positiveInt, 20)
    .option("--include-hidden", "also upload files and directories whose name starts with '.'")
    .addHelpText(
      "after",
      `
Progress goes to stderr: a bar on a terminal, else lines like
"uploaded 20/45 files (123.4 KiB/301.0 KiB)".

Examples:
  noxus kb upload Handbook ./docs --prefix /docs --wait
  noxus kb upload 0b6f… report.pdf notes.txt`,
    )
    .action(
      async (
        ref: string,
        paths: string[],
        options: {
          prefix?: string;
          wait?: boolean;
          timeout: number;
          batchSize: number;
          includeHidden?: boolean;
        },
        command,
      ) => {
        const cli = contextFor(command);
        if (options.prefix !== undefined && !options.prefix.startsWith("/")) {
          throw new UsageError(
            `--prefix must start with "/" (a knowledge-base folder); got ${JSON.stringify(options.prefix)}.`,
            "e.g. --prefix /docs",
          );
        }
        // Every path is read before anything is sent: a typo fails fast (exit 2).
        const files = await fromPaths(paths, { includeHidden: Boolean(options.includeHidden) });
        if (files.length === 0) {
          throw new UsageError(
            `No files to upload under ${paths.join(", ")}.`,
            "Hidden files are skipped in directories; pass --include-hidden to take them.",
          );
        }
        const ws = await cli.workspace();
        const target = await resolveKnowledgeBase(cli, ws, ref);
        const reporter = uploadReporter(cli.output);
        reporter.start(
          files.length,
          files.reduce((sum, file) => sum + file.size, 0),
        );
        let uploaded: Awaited<ReturnType<typeof target.upload>>;
        try {
          uploaded = await target.upload(files, {
            ...cli.call,
            batchSize: options.batchSize,
            ...defined({ prefix: options.prefix }),
            onProgress: (progress) => reporter.update(progress),
          });
        } finally {
          reporter.stop();
        }
        const result: Record<string, unknown> = {
          knowledgeBase: { id: target.id, name: target.name },
          files: uploaded.files,
          bytes: uploaded.bytes,
          runIds: uploaded.runIds,
        };
        let failures: KnowledgeBaseDocument[] = [];
        if (options.wait) {
          cli.output.note(`waiting for ${target.name} to finish training…`);
          const training = await target.waitUntilTrained({
            ...cli.call,
            // Only this upload's failures: earlier uploads' are not this command's to report.
            upload: uploaded,
            timeoutMs: options.timeout * 1000,
          });
          failures = training.failedDocuments;
          result.training = {
            trained: training.knowledgeBase.trained_documents,
            failed: training.knowledgeBase.error_documents,
            total: training.knowledgeBase.total_documents,
            failedDocuments: failures.map((doc) => ({
              id: doc.id,
              name: doc.name,
              prefix: doc.prefix,
              error: doc.error ?? null,
            })),
          };
        }
        cli.output.result(result, () => {
          cli.output.line(
            `uploaded ${uploaded.files} files (${formatBytes(uploaded.bytes)}) to ${target.name}${options.prefix ? ` in ${options.prefix}` : ""}`,
          );
          const training = result.training as
            | { trained: number; failed: number; total: number }
            | undefined;
          if (training) {
            cli.output.line(
              `training done: ${training.trained} trained, ${training.failed} failed (${training.total} documents in the knowledge base)`,
            );
            if (failures.length > 0) {
              const shown = failures.slice(0, MAX_FAILURES_SHOWN);
              cli.output.table(
                ["FAILED DOCUMENT", "FOLDER", "ERROR", "ID"],
                shown.map((doc) => [doc.name, doc.prefix, describeDocError(doc), doc.id]),
              );
              if (failures.length > shown.length) {
                cli.output.line(
                  `… and ${failures.length - shown.length} more (noxus kb docs ${target.id} --status error)`,
                );
              }
            }
          } else {
            cli.output.line(
              `training started; wait for it with --wait, or watch it with: noxus kb docs ${target.id} --status training`,
            );
          }
        });
        if (failures.length > 0) {
          throw new CliError(
            "failed",
            `${failures.length} document(s) of ${target.name} failed to train.`,
            { hint: `See each document's error: noxus kb docs ${target.id} --status error` },
          );
        }
      },
    );

  kb.command("search")
    .description("search a knowledge base; best matches first")
    .argument("<kb>", "knowledge base id or exact name")
    .argument("<query>", "what to look for")
    .option("--prefix <folder>", "only documents in this folder")
    .addHelpText("after", '\nExample:\n  noxus kb search Handbook "paid holiday" --prefix /hr')
    .action(async (ref: string, query: string, options: { prefix?: string }, command) => {
      const cli = contextFor(command);
      if (!query.trim()) throw new UsageError("The search query is empty.", 'e.g. "refund policy"');
      const ws = await cli.workspace();
      const target = await resolveKnowledgeBase(cli, ws, ref);
      const results = await target.search(query, {
        ...cli.call,
        ...defined({ prefix: options.prefix }),
      });
      cli.output.result(results, () =>
        cli.output.table(
          ["SCORE", "DOCUMENT", "EXCERPT"],
          results.map((hit) => [
            hit.score.toFixed(3),
            hit.document_source?.name ?? hit.source ?? "",
            excerpt(hit.content),
          ]),
        ),
      );
    });

  kb.command("docs")
    .description("list a knowledge base's documents (every page)")
    .argument("<kb>", "knowledge base id or exact name")
    .addOption(
      new Option("--status <status>", "only documents with this status").choices(DOCUMENT_STATUSES),
    )
    .addHelpText("after", "\nExample:\n  noxus kb docs Handbook --status error")
    .action(async (ref: string, options: { status?: KnowledgeBaseDocument["status"] }, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const target = await resolveKnowledgeBase(cli, ws, ref);
      const docs = await target.documents
        .list({ ...cli.call, ...(options.status ? { status: options.status } : {}) })
        .toArray();
      cli.output.result(docs, () =>
        cli.output.table(
          ["ID", "NAME", "FOLDER", "STATUS", "SIZE", "UPDATED", "ERROR"],
          docs.map(documentRow),
        ),
      );
    });
};

/** A failed document's error, as text: the API's `error.message`, else the error as JSON. */
function describeDocError(doc: KnowledgeBaseDocument): string {
  const error = doc.error as { message?: unknown } | string | null | undefined;
  if (!error) return "";
  if (typeof error === "string") return error;
  return typeof error.message === "string" ? error.message : JSON.stringify(error);
}
