// The `batch` command: audit a list of school websites in headless Chromium and write one findings CSV.
export interface BatchCommandOptions {
  out: string;
  concurrency?: number;
  resume?: boolean;
  shard?: string;
  consent: string[];
  browser?: string;
}

export async function runBatchCommand(_list: string, _opts: BatchCommandOptions): Promise<number> {
  process.stderr.write('school-privacy-audit: the batch command is not available in this build yet\n');
  return 1;
}
