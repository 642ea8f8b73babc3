// The CLI's user-facing failure: one line on stderr and exit code 1.

export class InputError extends Error {}
