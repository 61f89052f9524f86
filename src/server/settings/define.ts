/** What a setting is: its schema, its default, and how the administration screen names it. */
import type { z } from 'zod';

export interface SettingDefinition<T> {
  schema: z.ZodType<T>;
  default: T;
  /** Label in the administration screen (zh-CN), and in English. */
  label: string;
  labelEn: string;
  /** Write-only: never returned by the API nor written into the audit log. */
  secret?: boolean;
}

/** Declares a setting; the generic ties the default to the schema. */
export const defineSetting = <T>(definition: SettingDefinition<T>): SettingDefinition<T> =>
  definition;
