/**
 * A plan of `count` items, each led by its own unit with one reporter signed in, written straight
 * through the repositories (one password hash, sessions inserted), so a load test spends its time
 * on the requests it measures, not on set-up.
 */
import { hashPassword } from '../../src/server/auth/password.ts';
import { hashToken, newToken } from '../../src/server/auth/tokens.ts';
import type { Db } from '../../src/server/db/database.ts';
import { upsertUnit } from '../../src/server/repositories/directory.repository.ts';
import { insertIndicators } from '../../src/server/repositories/indicator.repository.ts';
import {
  insertItem,
  insertResponsibilities,
} from '../../src/server/repositories/item.repository.ts';
import { insertPeriod } from '../../src/server/repositories/period.repository.ts';
import {
  insertCategory,
  insertPlan,
  upsertJurisdiction,
} from '../../src/server/repositories/plan.repository.ts';
import { insertSession } from '../../src/server/repositories/session.repository.ts';
import { insertUser } from '../../src/server/repositories/user.repository.ts';
import { indicator } from './indicator.ts';

export interface UnitSession {
  itemId: number;
  cookie: string;
  csrf: string;
}

export async function manyUnits(
  store: Db,
  count: number,
): Promise<{ periodId: number; units: UnitSession[] }> {
  const db = store.db;
  const planId = await insertPlan(db, {
    jurisdictionId: await upsertJurisdiction(db, '压力测试市'),
    title: `压力测试市2024年${count}件民生实事`,
    year: 2024,
    declaredItemCount: count,
  });
  const categoryId = await insertCategory(db, {
    planId,
    position: 0,
    ordinal: '一',
    title: '综合',
  });
  const periodId = await insertPeriod(db, {
    planId,
    label: '1-10月',
    start: '2024-01-01',
    end: '2024-10-31',
    dueDate: '2099-11-10',
    open: true,
    sourceTitle: null,
    warnings: [],
  });
  const passwordHash = await hashPassword('correct horse battery');
  const expiresAt = new Date(Date.now() + 3600_000).toISOString();
  const units: UnitSession[] = [];
  for (let n = 1; n <= count; n++) {
    const unit = await upsertUnit(db, `第${n}责任单位`);
    const itemId = await insertItem(db, {
      planId,
      categoryId,
      position: n,
      no: String(n),
      task: `新建社区服务站${n + 10}个。（牵头单位：第${n}责任单位）`,
      leadUnitId: unit.id,
      start: '2024-01-01',
      deadline: '2024-12-31',
    });
    await insertResponsibilities(db, itemId, [{ unitId: unit.id, personId: null }]);
    await insertIndicators(db, itemId, [
      indicator({ what: '新建社区服务站', target: n + 10, unit: '个', targetText: `${n + 10}个` }),
    ]);
    const userId = await insertUser(db, {
      name: `reporter${n}`,
      role: 'reporter',
      unitId: unit.id,
      leaderId: null,
      passwordHash,
      mustChangePassword: false,
    });
    const token = newToken();
    const csrf = newToken();
    await insertSession(db, {
      id: hashToken(token),
      userId,
      csrfToken: csrf,
      now: new Date().toISOString(),
      expiresAt,
      idleExpiresAt: expiresAt,
      address: null,
      userAgent: null,
    });
    units.push({ itemId, cookie: `minsheng_session=${token}`, csrf });
  }
  return { periodId, units };
}
