import type { UploadProgress } from "@noxus/workspace";
import cliProgress from "cli-progress";
import type { Output } from "../../output.js";
import { formatBytes } from "../lookup.js";

/** What `kb upload` reports progress through: a bar on a terminal, plain lines otherwise. */
export interface UploadReporter {
  start(filesTotal: number, bytesTotal: number): void;
  update(progress: UploadProgress): void;
  stop(): void;
}

export function progressLine(progress: UploadProgress): string {
  return `uploaded ${progress.filesDone}/${progress.filesTotal} files (${formatBytes(progress.bytesDone)}/${formatBytes(progress.bytesTotal)})`;
}

/**
 * A cli-progress bar on stderr when stderr is a terminal; else one line per batch on
 * stderr (`uploaded 20/45 files (123.4 KiB/301.0 KiB)`), which logs and tests can read.
 */
export function uploadReporter(output: Output): UploadReporter {
  if (!output.stderr.isTTY) {
    return {
      start: () => {},
      update: (progress) => output.note(progressLine(progress)),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: output.stderr,
      format: `uploading ${output.colors.cyan("{bar}")} {value}/{total} files | {bytes} | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let bytesTotal = 0;
  return {
    start(filesTotal, total) {
      bytesTotal = total;
      bar.start(filesTotal, 0, { bytes: `0 B/${formatBytes(total)}` });
    },
    update(progress) {
      bar.update(progress.filesDone, {
        bytes: `${formatBytes(progress.bytesDone)}/${formatBytes(bytesTotal)}`,
      });
    },
    stop: () => bar.stop(),
  };
}
