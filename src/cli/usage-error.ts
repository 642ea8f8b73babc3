// A usage mistake found after argument parsing (a bad --shard or JOB_COMPLETION_INDEX): one line on stderr and exit code 2.
export class UsageError extends Error {}
