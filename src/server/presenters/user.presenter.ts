/** The API's shape of the signed-in user. */
import { z } from 'zod';
import { type Actor, Role } from '../policies/actor.ts';

export const MeDto = z.object({
  id: z.number().int().nullable(),
  name: z.string(),
  role: z.enum([...Role.options, 'public']),
  unitId: z.number().int().nullable(),
  leaderId: z.number().int().nullable(),
});

export const presentMe = (actor: Actor): z.infer<typeof MeDto> => ({
  id: actor.userId,
  name: actor.name,
  role: actor.role,
  unitId: actor.unitId,
  leaderId: actor.leaderId,
});
