/** Settings: read by the administrators and the office, changed by the system administrator. */
import { z } from 'zod';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { readSettings, updateSettings } from '../services/settings.service.ts';
import { maskSetting, SETTINGS } from '../settings/registry.ts';

const SettingDto = z.object({
  key: z.string(),
  value: z.unknown(),
  default: z.unknown(),
  label: z.string(),
  labelEn: z.string(),
});

const present = (values: Record<string, unknown>) =>
  Object.entries(SETTINGS).map(([key, definition]) => ({
    key,
    value: maskSetting(key, values[key]),
    default: definition.default,
    label: definition.label,
    labelEn: definition.labelEn,
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
      return present(await readSettings(store.db));
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
      return present(await updateSettings(store.db, request.actor, request.body));
    },
  });
};
