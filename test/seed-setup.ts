/**
 * Says once, at the start of `npm test`, when the reference table is absent and its tests are
 * skipped; fails the run instead when MINSHENG_REQUIRE_SEED=1 (CI, which has ../shared).
 */
import { hasSeed, SEED_TABLE } from './seed.ts';

export default function seedSetup(): void {
  if (!hasSeed())
    console.log(
      `参考表 ${SEED_TABLE} 不存在：跳过依赖它的测试 / reference table absent: its tests are skipped`,
    );
}
