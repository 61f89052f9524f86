/**
 * `minsheng user add|passwd|unlock|disable|enable`: accounts from the server's command line, the
 * operator's break-glass path (the three administrators' accounts are managed here or by the
 * security administrator). Passwords are read from stdin, never argv; an operator's password must
 * be changed at first sign-in unless --no-change-required says it is the holder's own.
 */
import { parseArgs } from 'node:util';
import { Role, SYSTEM } from '../../server/policies/actor.ts';
import { findUserByName } from '../../server/repositories/user.repository.ts';
import { setAccountDisabled, unlockAccount } from '../../server/services/account.service.ts';
import { addUser, changePassword } from '../../server/services/user.service.ts';
import { InputError } from '../input-error.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

export const USER_USAGE = `minsheng user add NAME --role ${Role.options.join('|')} [--unit UNIT [--new-unit]] [--leader NAME [--new-leader]] --password-stdin [--no-change-required] [--db URL]
  minsheng user passwd NAME --password-stdin [--no-change-required] [--db URL]
  minsheng user unlock|disable|enable NAME [--db URL]`;

const ACTIONS = ['add', 'passwd', 'unlock', 'disable', 'enable'] as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Runs `minsheng user …`. */
export async function runUser(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      leader: { type: 'string' },
      'new-unit': { type: 'boolean', default: false },
      'new-leader': { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      'no-change-required': { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  const [action, name, ...extra] = positionals;
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number]) || !name || extra.length > 0)
    throw new UsageError(USER_USAGE);
  const needsPassword = action === 'add' || action === 'passwd';
  if (needsPassword && !values['password-stdin'])
    throw new UsageError(`需要 --password-stdin / --password-stdin is required\n${USER_USAGE}`);
  const role = action === 'add' ? Role.safeParse(values.role) : undefined;
  if (role && !role.success)
    throw new UsageError(`--role ${Role.options.join('|')}\n${USER_USAGE}`);
  const password = needsPassword ? await readStdin() : '';
  const mustChangePassword = !values['no-change-required'];
  return withStore(values.db, async (store) => {
    if (action === 'add' && role?.success) {
      await addUser(store.db, {
        name,
        role: role.data,
        password,
        unit: values.unit,
        leader: values.leader,
        newUnit: values['new-unit'],
        newLeader: values['new-leader'],
        mustChangePassword,
      });
      process.stdout.write(`已创建 / created: ${name} (${role.data})\n`);
      return 0;
    }
    if (action === 'passwd') {
      await changePassword(store.db, name, password, SYSTEM, { mustChange: mustChangePassword });
      process.stdout.write(`已修改密码 / password changed: ${name}\n`);
      return 0;
    }
    const user = await findUserByName(store.db, name);
    if (!user) throw new InputError(`没有用户 ${name}`, `No user named ${name}`);
    const at = new Date();
    if (action === 'unlock') await unlockAccount(store.db, SYSTEM, user.id, at);
    else await setAccountDisabled(store.db, SYSTEM, user.id, action === 'disable', at);
    process.stdout.write(`已完成 / done: ${action} ${name}\n`);
    return 0;
  });
}
