/** Settings: read by the administrators and the office, changed by the system administrator. */
import { z } from 'zod';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { readSettings, readSettingVersions, updateSettings } from '../services/settings.service.ts';
import { maskSetting, SETTINGS } from '../settings/registry.ts';

export const SettingDto = z.object({
  key: z.string(),
  value: z.unknown(),
  default: z.unknown(),
  label: z.string(),
  labelEn: z.string(),
  version: z.number().int().describe('Edit version, named by a save (0: never changed)'),
  secret: z.boolean().describe('Write-only: the value reads as a mask when set'),
  schema: z
    .record(z.string(), z.unknown())
    .describe('JSON Schema of the value: the screen draws its field from it'),
});

/** Each setting's JSON Schema, made once: the registry does not change while running. */
const SCHEMAS: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(SETTINGS).map(([key, definition]) => [
    key,
    z.toJSONSchema(definition.schema, { unrepresentable: 'any' }) as Record<string, unknown>,
  ]),
);

const present = (values: Record<string, unknown>, versions: Record<string, number>) =>
  Object.entries(SETTINGS).map(([key, definition]) => ({
    key,
    value: maskSetting(key, values[key]),
    default: definition.default,
    label: definition.label,
    labelEn: definition.labelEn,
    version: versions[key] ?? 0,
    secret: 'secret' in definition && definition.secret === true,
    schema: SCHEMAS[key] ?? {},
  }));

export const settingsRoutes: Routes = (app, { store }) => {
  app.get('/api/settings', {
    schema: {
      tags: ['settings'],
      summary: 'Every setting with its value and default',
      response: withErrors({ 200: z.array(SettingDto) }),
    },
    handler: async (request) => {
      requireRole(request.actor, 'sysadmin', 'secadmin', 'admin');
      return present(await readSettings(store.db), await readSettingVersions(store.db));
    },
  });
  app.patch('/api/settings', {
    schema: {
      tags: ['settings'],
      summary: 'Change settings (system administrator): { key: value, … }; all or nothing',
      body: z.record(z.string().max(100), z.unknown()),
      response: withErrors({ 200: z.array(SettingDto) }),
    },
    handler: async (request) => {
      requireRole(request.actor, 'sysadmin');
      const after = await updateSettings(store.db, request.actor, request.body);
      return present(after, await readSettingVersions(store.db));
    },
  });
  app.put('/api/settings', {
    schema: {
      tags: ['settings'],
      summary:
        'Save settings from the screen (system administrator): { values: { key: value }, versions: { key: version read } }; 409 when one changed since',
      body: z.object({
        values: z.record(z.string().max(100), z.unknown()),
        versions: z.record(z.string().max(100), z.number().int().min(0)),
      }),
      response: withErrors({ 200: z.array(SettingDto) }),
    },
    handler: async (request) => {
      requireRole(request.actor, 'sysadmin');
      const { values, versions } = request.body;
      const after = await updateSettings(store.db, request.actor, values, versions);
      return present(after, await readSettingVersions(store.db));
    },
  });
};
