/**
 * `minsheng --help` and `minsheng <command> --help` list the commands from the built CLI without
 * loading any of them (the documents, the server and their packages are what made help take
 * seconds); wrong use says why in both languages, then the usage, exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_USAGE, EXPORT_FORMAT_NAMES, ROLES } from '../../src/cli/usage.ts';
import { EXPORT_FORMATS } from '../../src/documents/export/render-plan.ts';
import { Role } from '../../src/server/policies/actor.ts';
import { runCli } from './run-cli.ts';

const ROOT = process.cwd();
const COMMANDS = [
  'check',
  'extract',
  'export',
  'circular',
  'serve',
  'migrate',
  'import',
  'user',
  'audit',
  'backup',
  'restore',
];

describe('minsheng --help from the built CLI', () => {
  // A build of its own, inside the package so the chunks resolve its node_modules as dist does.
  const outdir = mkdtempSync(join(ROOT, 'dist', 'help-test-'));
  const main = join(outdir, 'main.js');
  let logCount = 0;

  /** Runs the built CLI, returning its output and the project files and packages it loaded. */
  const runBuilt = (args: string[]) => {
    const log = join(outdir, `modules-${logCount++}.log`);
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(resolve('test/cli/log-modules.mjs')).href, main, ...args],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', MODULE_LOG: log } },
    );
    const loaded = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => new URL(url).pathname)
      .filter((path) => !path.startsWith(resolve('test/cli')));
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, loaded };
  };

  /** The source files bundled into the files loaded, from each one's source map. */
  const sourcesOf = (loaded: string[]) =>
    loaded.flatMap((path) =>
      path.startsWith(outdir)
        ? (JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[] }).sources.map(
            (source) => resolve(outdir, source).slice(ROOT.length + 1),
          )
        : [path],
    );

  /** Only the command line's own small modules: no command, no documents, server or package. */
  const expectOnlyTheCommandLine = (loaded: string[]) => {
    expect(loaded[0]).toBe(main);
    const sources = sourcesOf(loaded);
    expect(sources).toContain('src/cli/main.ts');
    for (const source of sources) expect(source).toMatch(/^src\/cli\/[\w-]+\.ts$/);
  };

  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'server', '--outdir', outdir], {
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('lists every command, loading main.js and nothing else', () => {
    const { code, stdout, loaded } = runBuilt(['--help']);
    expect(code).toBe(0);
    for (const name of COMMANDS) expect(stdout).toContain(`minsheng ${name} `);
    expectOnlyTheCommandLine(loaded);
  });

  it.each(COMMANDS)('answers `%s --help` with its usage, loading nothing else', (name) => {
    const { code, stdout, loaded } = runBuilt([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`minsheng ${name} `);
    if (name !== 'check') expect(stdout).not.toContain('minsheng check ');
    expectOnlyTheCommandLine(loaded);
  });

  it('loads the command that runs, and its packages, only when it runs', () => {
    const { code, loaded } = runBuilt(['check', 'samples/shiyi-2024-jan-jun.txt']);
    expect(code).toBe(0);
    expect(loaded.length).toBeGreaterThan(1);
    expect(sourcesOf(loaded)).toContain('src/cli/commands/check.ts');
    expect(loaded.some((path) => path.includes('/node_modules/zod/'))).toBe(true);
    // check reads a table and prints: no server, no Word or Excel writer.
    expect(
      loaded.some((path) => /node_modules\/(docx|fastify|kysely|better-sqlite3)\//.test(path)),
    ).toBe(false);
  });
});

describe('the usage restates the roles and formats of their modules', () => {
  it('names every role and every export format', () => {
    expect(ROLES).toEqual(Role.options);
    expect(EXPORT_FORMAT_NAMES).toEqual([...EXPORT_FORMATS]);
    expect(Object.keys(COMMAND_USAGE)).toEqual(COMMANDS);
  });
});

describe('wrong use says why in Chinese and English, then the usage, exit 2', () => {
  it.each([
    [['check', '--bogus'], '未知选项 --bogus', 'unknown option --bogus', 'minsheng check '],
    [['check'], '需要一个表格文件', 'one table file expected', 'minsheng check '],
    [['import', '--db'], '选项 --db 需要一个值', 'option --db needs a value', 'minsheng import '],
    [
      ['check', 'a.txt', '--json=yes'],
      '选项 --json 不带值',
      'option --json takes no value',
      'minsheng check ',
    ],
    [['migrate', 'extra'], '多余的参数 extra', 'unexpected argument extra', 'minsheng migrate '],
    [
      ['export', '--format', 'odt'],
      '--format 需要 docx|',
      '--format needs docx|',
      'minsheng export ',
    ],
    [['circular', 'a.txt'], '需要 -o 输出文件', '-o OUT is required', 'minsheng circular '],
    [
      ['user', 'add', '张三', '--password-stdin'],
      '--role 需要 admin|',
      '--role needs admin|',
      'minsheng user add',
    ],
    [['user', 'rename', '张三'], '未知操作 rename', 'unknown action rename', 'minsheng user add'],
    [['audit'], '缺少操作', 'no action given', 'minsheng audit verify'],
    [['backup'], '需要 -o 备份文件', '-o FILE is required', 'minsheng backup '],
    [['frobnicate'], '未知命令 frobnicate', 'unknown command frobnicate', 'minsheng restore '],
    [[], '缺少命令', 'no command given', 'minsheng restore '],
  ])('%j', (args, zh, en, usage) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [reason, ...rest] = stderr.split('\n');
    expect(reason).toContain(`错误：${zh}`);
    expect(reason).toContain(`/ Error: ${en}`);
    expect(rest[0]).toBe('用法 / usage:');
    expect(rest.join('\n')).toContain(usage);
    expect(stderr).not.toMatch(/ERR_PARSE_ARGS|at parseArgs|To specify a positional/);
  });
});
