/** `minsheng user add|passwd`: accounts from scripts, the password read from stdin, never argv. */
import { parseArgs } from 'node:util';
import { Role } from '../../server/policies/actor.ts';
import { addUser, changePassword } from '../../server/services/user.service.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

export const USER_USAGE = `minsheng user add NAME --role ${Role.options.join('|')} [--unit UNIT] [--leader NAME] --password-stdin [--db URL]
  minsheng user passwd NAME --password-stdin [--db URL]`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function runUser(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      leader: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  const [action, name, ...extra] = positionals;
  if ((action !== 'add' && action !== 'passwd') || !name || extra.length > 0)
    throw new UsageError(USER_USAGE);
  if (!values['password-stdin'])
    throw new UsageError(`需要 --password-stdin / --password-stdin is required\n${USER_USAGE}`);
  const role = action === 'add' ? Role.safeParse(values.role) : undefined;
  if (role && !role.success)
    throw new UsageError(`--role ${Role.options.join('|')}\n${USER_USAGE}`);
  const password = await readStdin();
  return withStore(values.db, async (store) => {
    if (action === 'add' && role?.success) {
      await addUser(store.db, {
        name,
        role: role.data,
        password,
        unit: values.unit,
        leader: values.leader,
      });
      process.stdout.write(`已创建 / created: ${name} (${role.data})\n`);
    } else {
      await changePassword(store.db, name, password);
      process.stdout.write(`已修改密码 / password changed: ${name}\n`);
    }
    return 0;
  });
}
