/**
 * The command line's start-up: `minsheng --help` from the built CLI (dist/cli, what `npx
 * minsheng` runs after `npm ci`), as a ratio to starting Node with nothing to do, both spawned the
 * same way in the same run. `node --import tsx bench/cli.ts` or `benchCli()` from bench/run.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './timing.ts';

const ROUNDS = 15;

function spawnTimes(args: string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    // The first run warms the file cache and is not counted.
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

const spread = (times: number[]) =>
  `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}`;

export function benchCli(): void {
  const bin = resolve(process.cwd(), 'bin/minsheng.js');
  if (!existsSync(resolve(process.cwd(), 'dist/cli/main.js'))) {
    console.log('CLI start-up: dist/cli not built (npm run build); skipped');
    return;
  }
  const bare = spawnTimes(['-e', '']);
  const help = spawnTimes([bin, '--help']);
  console.log(`CLI start-up (${ROUNDS} runs each, median and range)`);
  console.log(
    `  minsheng --help ${median(help).toFixed(0)} ms (${spread(help)})` +
      ` | bare node ${median(bare).toFixed(0)} ms (${spread(bare)})` +
      ` | ratio ×${(median(help) / median(bare)).toFixed(1)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchCli();
