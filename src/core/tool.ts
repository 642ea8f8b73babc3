// The tool's name and version, recorded in every report (its own file, so the CLI's --help loads nothing else).
export const TOOL = { name: 'school-privacy-audit', version: '0.1.0' } as const;
