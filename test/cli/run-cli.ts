/** Runs the real `minsheng` command as a user would, capturing its output and exit code. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve(process.cwd(), 'bin/minsheng.js');

export function runCli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
