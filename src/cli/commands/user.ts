/**
 * `minsheng user add|passwd|unlock|disable|enable`: accounts from the server's command line, the
 * operator's break-glass path (the three administrators' accounts are managed here or by the
 * security administrator). Passwords are read from stdin, never argv; an operator's password must
 * be changed at first sign-in unless --no-change-required says it is the holder's own.
 */
import { Role, SYSTEM } from '../../server/policies/actor.ts';
import { findUserByName } from '../../server/repositories/user.repository.ts';
import { setAccountDisabled, unlockAccount } from '../../server/services/account.service.ts';
import { addUser, changePassword } from '../../server/services/user.service.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { InputError } from '../input-error.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

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
  const { values, positionals } = parseCommandArgs({
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
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw refuse.action(ACTIONS, action);
  if (!name) throw new UsageError('缺少用户名', 'no user name given');
  if (extra.length > 0) throw refuse.extra(extra);
  const needsPassword = action === 'add' || action === 'passwd';
  if (needsPassword && !values['password-stdin'])
    throw new UsageError(
      '需要 --password-stdin（密码从标准输入读取）',
      '--password-stdin is required (the password is read from stdin)',
    );
  const role = action === 'add' ? Role.safeParse(values.role) : undefined;
  if (role && !role.success)
    throw new UsageError(
      `--role 需要 ${Role.options.join('|')}${values.role ? `：${values.role}` : ''}`,
      `--role needs ${Role.options.join('|')}${values.role ? `: ${values.role}` : ''}`,
    );
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
