// The CLI's exit codes, in one place for the commands, --help and the README.
export const EXIT = {
  /** The audit ran (whatever it found, unless --fail-on says otherwise). */
  done: 0,
  /** The input could not be read: a missing or unsupported file, an unreachable URL, a bad school list. */
  inputUnreadable: 1,
  /** A usage error: an unknown option, a bad value, a bad shard index. */
  usage: 2,
  /** --fail-on found gaps of that severity. */
  gapsFound: 3,
  /** batch: every site in the run failed (DNS, timeouts...). */
  everySiteFailed: 4,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  done: the audit ran, whatever it found
  1  the input could not be read (missing file, unreachable URL, bad school list); one line on stderr
  2  usage error (unknown option, bad value, bad --shard or JOB_COMPLETION_INDEX)
  3  gaps found, with --fail-on required|any
  4  batch: every site failed
`;
