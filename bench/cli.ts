/**
 * The command line's start-up: `minsheng --help` and `minsheng check --help` from the build
 * (dist/cli, what `npm ci` leaves), as a ratio to a bare `node -e 0` measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median, time } from './timing.ts';

const MAIN = 'dist/cli/main.js';

export function benchCli(): void {
  if (!existsSync(MAIN)) {
    console.log(`CLI start-up: ${MAIN} not built (npm run build)\n`);
    return;
  }
  const run = (args: string[]) => () => {
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${result.status}`);
  };
  const bare = median(time(run(['-e', '0']), 20));
  const help = median(time(run([MAIN, '--help']), 20));
  const checkHelp = median(time(run([MAIN, 'check', '--help']), 20));
  console.log('CLI start-up (median of 20, built CLI)');
  console.log(`  node -e 0                 ${bare.toFixed(0)} ms`);
  console.log(
    `  minsheng --help           ${help.toFixed(0)} ms   ×${(help / bare).toFixed(2)} bare node`,
  );
  console.log(
    `  minsheng check --help     ${checkHelp.toFixed(0)} ms   ×${(checkHelp / bare).toFixed(2)} bare node\n`,
  );
}
