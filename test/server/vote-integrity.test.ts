/**
 * The secret ballot holds (issue 10): a deputy votes once, inside the window, for at most N
 * candidates on the ballot; two deputies at the same instant both count; nothing stored, queried
 * or exported links a ballot to a deputy; paper counts join the same tally.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../factories/clock.ts';
import { ENGINES } from '../factories/db.ts';
import { addDeputies, type Deputies } from './congress-fixtures.ts';
import { type Api, startApi } from './harness.ts';

const YEAR = 2026;

async function columnsOf(api: Api, table: string): Promise<string[]> {
  if (api.t.engine === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(
      api.t.db,
    );
    return rows.rows.map((r) => r.name).sort();
  }
  const rows = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_name = ${table} and table_schema = current_schema()`.execute(api.t.db);
  return rows.rows.map((r) => r.column_name).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe.each(ENGINES)('the vote on %s', (engine) => {
  let api: Api;
  let deputies: Deputies;
  let session: { id: number; version: number };
  let onBallot: number[];
  const clock = testClock('2025-12-01T02:00:00Z');

  beforeAll(async () => {
    api = await startApi(engine, { clock });
    deputies = await addDeputies(api, 6);
    await api.call('admin', 'PUT', `/api/congress/windows/${YEAR}`, {
      opensOn: '2025-09-01',
      closesOn: '2025-10-31',
    });
    onBallot = [];
    for (let i = 0; i < 5; i++) {
      const made = (
        await api.call('admin', 'POST', '/api/congress/candidates', {
          year: YEAR,
          title: `候选${i + 1}`,
          target: `新建社区食堂${10 + i}个`,
          unit: '市民政局',
          proposalIds: [],
        })
      ).json();
      await api.call('admin', 'POST', `/api/congress/candidates/${made.id}/decision`, {
        version: made.version,
        decision: 'candidate',
        reason: '可行',
      });
      onBallot.push(made.id);
    }
    const created = await api.call('admin', 'POST', '/api/congress/votes', {
      year: YEAR,
      title: '票决',
      candidateIds: onBallot.slice(0, 4),
      seats: 2,
      maxChoices: 2,
      allowAbstain: false,
      opensAt: '2026-01-15T01:00:00Z',
      closesAt: '2026-01-15T04:00:00Z',
      electorate: 10,
    });
    expect(created.status, JSON.stringify(created.json())).toBe(201);
    session = created.json();
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  const vote = (name: string | undefined, choices: number[]) =>
    deputies.call(name ?? '', 'POST', `/api/congress/votes/${session.id}/ballot`, { choices });

  it('refuses a ballot before the window opens', async () => {
    const early = await vote(deputies.names[0], [onBallot[0] ?? 0]);
    expect(early.status).toBe(409);
    expect(early.json().error.code).toBe('vote_not_open');
  });

  it('refuses more than N, a candidate not on the ballot, an empty ballot without abstention, and a non-deputy', async () => {
    clock.set('2026-01-15T01:10:00Z');
    await api.signInAgain();
    await deputies.signIn();
    const [a, b, c, d, off] = onBallot;
    expect((await vote(deputies.names[0], [a ?? 0, b ?? 0, c ?? 0])).status).toBe(400);
    const notOn = await vote(deputies.names[0], [off ?? 0]);
    expect(notOn.status).toBe(400);
    expect(notOn.json().error.message).toContain('不在本次票决');
    expect((await vote(deputies.names[0], [d ?? 0, d ?? 0])).status).toBe(400);
    expect((await vote(deputies.names[0], [])).status).toBe(400);
    const office = await api.call('admin', 'POST', `/api/congress/votes/${session.id}/ballot`, {
      choices: [a],
    });
    expect(office.status).toBe(403);
    // None of the refusals counted.
    expect(
      (await api.call('admin', 'GET', `/api/congress/votes/${session.id}`)).json().turnout,
    ).toBe(0);
  });

  it('counts two deputies voting at the same instant, and refuses a second ballot', async () => {
    const [a, b, c] = onBallot;
    const both = await Promise.all([
      vote(deputies.names[0], [a ?? 0, b ?? 0]),
      vote(deputies.names[1], [a ?? 0, c ?? 0]),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    const twice = await Promise.all([
      vote(deputies.names[2], [b ?? 0]),
      vote(deputies.names[2], [c ?? 0]),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    const again = await vote(deputies.names[0], [c ?? 0]);
    expect(again.status).toBe(409);
    expect(again.json().error.code).toBe('already_voted');
    const seen = (
      await deputies.call(deputies.names[0] ?? '', 'GET', `/api/congress/votes/${session.id}`)
    ).json();
    expect(seen.voted).toBe(true);
    expect(seen.turnout).toBe(3);
    expect(seen.result).toBeNull();
  });

  it('stores ballots with no voter, no time and no order, and says in the log only that a deputy voted', async () => {
    expect(await columnsOf(api, 'ballots')).toEqual(['choices', 'id', 'session_id']);
    expect(await columnsOf(api, 'ballot_receipts')).toEqual(['session_id', 'user_id']);
    const ids = (
      await api.t.db
        .selectFrom('ballots')
        .select('id')
        .where('session_id', '=', session.id)
        .execute()
    ).map((r) => r.id);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const events = await api.t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'vote.cast')
      .execute();
    expect(events).toHaveLength(3);
    for (const event of events) {
      const text = JSON.stringify(event);
      expect(text).not.toContain('choices');
      for (const id of onBallot) expect(text).not.toContain(`"candidateId":${id}`);
    }
  });

  it('has no query that joins ballots with their receipts', () => {
    const offenders = sourceFiles('src').filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        /join\(\s*'ballot(s|_receipts)'/i.test(text) ||
        (text.includes("'ballots'") &&
          text.includes("'ballot_receipts'") &&
          !file.includes('migrations'))
      );
    });
    expect(offenders).toEqual([]);
  });

  it('adds paper counts to the tally, hides it until the vote closes, and recounts from the ballots', async () => {
    const [a, b, c] = onBallot;
    const before = (await api.call('admin', 'GET', `/api/congress/votes/${session.id}`)).json();
    const paper = await api.call('admin', 'PUT', `/api/congress/votes/${session.id}/paper`, {
      version: before.version,
      ballots: 3,
      abstentions: 0,
      votes: [
        { candidateId: a, votes: 1 },
        { candidateId: b, votes: 3 },
      ],
    });
    expect(paper.status, JSON.stringify(paper.json())).toBe(200);
    const stale = await api.call('admin', 'PUT', `/api/congress/votes/${session.id}/paper`, {
      version: before.version,
      ballots: 1,
      abstentions: 0,
      votes: [],
    });
    expect(stale.status).toBe(409);
    const impossible = await api.call('admin', 'PUT', `/api/congress/votes/${session.id}/paper`, {
      version: paper.json().version,
      ballots: 1,
      abstentions: 0,
      votes: [{ candidateId: a, votes: 5 }],
    });
    expect(impossible.status).toBe(400);
    expect((await api.call('public', 'GET', `/api/public/votes/${session.id}`)).status).toBe(409);
    expect(
      (await api.call('public', 'GET', `/api/public/votes/${session.id}/ballots`)).status,
    ).toBe(409);

    clock.set('2026-01-15T04:00:00Z');
    await api.signInAgain();
    await deputies.signIn();
    expect((await vote(deputies.names[3], [a ?? 0])).json().error.code).toBe('vote_not_open');
    const published = await api.call('admin', 'POST', `/api/congress/votes/${session.id}/publish`, {
      version: paper.json().version,
    });
    expect(published.status).toBe(200);
    const result = published.json().result;
    // Online: a+b, a+c, then b or c; paper: a 1, b 3. Six ballots cast.
    expect(result.ballotsCast).toBe(6);
    const votes = Object.fromEntries(
      result.candidates.map((x: { candidateId: number; votes: number }) => [
        x.candidateId,
        x.votes,
      ]),
    );
    expect(votes[a ?? 0]).toBe(3);
    expect((votes[b ?? 0] ?? 0) + (votes[c ?? 0] ?? 0)).toBe(3 + 3);
    const dump = (
      await api.call('public', 'GET', `/api/public/votes/${session.id}/ballots`)
    ).json();
    expect(dump.ballots).toHaveLength(3);
    expect(JSON.stringify(dump)).not.toMatch(/user|deputy|代表/);
    expect(
      (await api.call('public', 'GET', `/api/public/votes/${session.id}`)).json().tally,
    ).toEqual(result);
  });
});
