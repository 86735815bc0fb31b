import { fromPath } from "@noxus/workspace/node";
import { UsageError } from "../exit-codes.js";
import { writeDownload } from "./files/download.js";
import type { RegisterCommands } from "./index.js";
import { formatBytes } from "./lookup.js";

const HELP_AFTER = `
Examples:
  noxus files upload ./report.pdf
  noxus files download 6f1c… -o report.pdf
  noxus files download 6f1c… > report.pdf`;

/** `noxus files …`: store a file in the workspace and read it back byte for byte. */
export const registerFiles: RegisterCommands = (program, contextFor) => {
  const files = program
    .command("files")
    .description("store files in the workspace and download them")
    .addHelpText("after", HELP_AFTER);

  files
    .command("upload")
    .description("upload one file; prints its id and uri (spot://…)")
    .argument("<path>", "the file to upload")
    .option("--name <name>", "store it under this name (default: the file's name)")
    .addHelpText("after", "\nExample:\n  noxus files upload ./report.pdf --name q3-report.pdf")
    .action(async (path: string, options: { name?: string }, command) => {
      const cli = contextFor(command);
      // Read before connecting: a wrong path fails fast (exit 2), nothing sent.
      const file = await fromPath(path, options.name ? { name: options.name } : {});
      const ws = await cli.workspace();
      const stored = await ws.files.upload(file, cli.call);
      cli.output.result(stored, () =>
        cli.output.details([
          ["id", stored.id],
          ["uri", stored.uri],
          ["name", stored.filename],
          ["size", `${formatBytes(stored.size)} (${stored.size} bytes)`],
          ["type", stored.content_type],
        ]),
      );
    });

  files
    .command("download")
    .description("download a file's exact bytes to a file, or to stdout when piped")
    .argument("<id>", "the file id (as `files upload` printed it)")
    .option("-o, --output <path>", "write to this file (replaced if it exists)")
    .addHelpText(
      "after",
      "\nWithout -o the bytes go to stdout, which must then not be a terminal.\n\nExamples:\n  noxus files download 6f1c… -o report.pdf\n  noxus files download 6f1c… | sha256sum",
    )
    .action(async (id: string, options: { output?: string }, command) => {
      const cli = contextFor(command);
      if (options.output === undefined) {
        if (cli.output.json) {
          throw new UsageError(
            "--json needs -o: without it the file's bytes are what goes to stdout.",
            "noxus files download <id> -o <path> --json",
          );
        }
        if (cli.output.stdout.isTTY) {
          throw new UsageError(
            "Refusing to write a file's bytes to the terminal.",
            "Pass -o <path>, or pipe the output: noxus files download <id> > out.bin",
          );
        }
      }
      const ws = await cli.workspace();
      const stream = await ws.files.download(id, { ...cli.call, as: "stream" });
      const bytes = await writeDownload(stream, options.output, cli.output.stdout, cli.signal);
      if (options.output !== undefined) {
        const path = options.output;
        cli.output.result({ id, path, bytes }, () =>
          cli.output.line(`saved ${formatBytes(bytes)} (${bytes} bytes) to ${path}`),
        );
      }
    });
};
