// User settings for audits (nation/phase overrides, audit "as of" a date), stored and validated like the log.
import { z } from 'zod';
import type { StorageApi } from './adapters/storage';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = z.object({
  nation: z.enum(['auto', 'england', 'wales']).catch('auto'),
  phase: z.enum(['auto', 'nursery', 'primary', 'secondary', 'all-through', 'special']).catch('auto'),
  /** YYYY-MM-DD, or '' for today. */
  asOf: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .catch(''),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { nation: 'auto', phase: 'auto', asOf: '' };

export async function readSettings(storage: StorageApi): Promise<Settings> {
  const raw = await storage.get(SETTINGS_KEY);
  const parsed = SettingsSchema.safeParse(raw ?? DEFAULT_SETTINGS);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(storage: StorageApi, settings: Settings): Promise<void> {
  await storage.set(SETTINGS_KEY, SettingsSchema.parse(settings));
}

/** The audit date: the override, or today in the user's local calendar. */
export function auditDate(settings: Settings, now: Date = new Date()): string {
  if (settings.asOf) return settings.asOf;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
