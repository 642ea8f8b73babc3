// The `site` command: audit one live school website in headless Chromium.
export interface SiteCommandOptions {
  out?: string;
  consent: string[];
  browser?: string;
}

export async function runSiteCommand(_url: string, _opts: SiteCommandOptions): Promise<number> {
  process.stderr.write('school-privacy-audit: the site command is not available in this build yet\n');
  return 1;
}
