/**
 * The database as Kysely sees it: one interface per table, the same on SQLite and PostgreSQL.
 * Dates are ISO strings (`YYYY-MM-DD`), timestamps ISO date-times, booleans integers 0/1, JSON
 * text: the lowest common denominator of both engines, so one query serves both.
 */
import type { Generated } from 'kysely';

export interface JurisdictionTable {
  id: Generated<number>;
  name: string;
}

export interface PlanTable {
  id: Generated<number>;
  jurisdiction_id: number;
  /** The plan's own title without period words: "示例市2024年十件民生实事". */
  title: string;
  year: number;
  declared_item_count: number | null;
  created_at: string;
  version: Generated<number>;
}

export interface CategoryTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  ordinal: string | null;
  title: string | null;
}

export interface UnitTable {
  id: Generated<number>;
  name: string;
  version: Generated<number>;
}

export interface PersonTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  version: Generated<number>;
}

export interface LeaderTable {
  id: Generated<number>;
  name: string;
  version: Generated<number>;
}

export interface ItemTable {
  id: Generated<number>;
  plan_id: number;
  category_id: number;
  position: number;
  no: string;
  task: string;
  lead_unit_id: number | null;
  start_date: string;
  deadline: string;
  version: number;
  updated_at: string;
}

export interface ItemLeaderTable {
  item_id: number;
  leader_id: number;
  position: number;
}

export interface ResponsibilityTable {
  id: Generated<number>;
  item_id: number;
  position: number;
  unit_id: number;
  person_id: number | null;
}

export interface IndicatorTable {
  id: Generated<number>;
  item_id: number;
  position: number;
  what: string;
  kind: string;
  target: number | null;
  target_max: number | null;
  baseline: number | null;
  direction: string;
  unit: string;
  target_text: string;
}

export interface PeriodTable {
  id: Generated<number>;
  plan_id: number;
  label: string;
  start_date: string;
  end_date: string;
  due_date: string | null;
  is_open: number;
  /** The title the imported table carried for this period, and the reading's warnings (JSON). */
  source_title: string | null;
  warnings: string;
  created_at: string;
  /** When the office published the period as a whole; null while unpublished. */
  published_at: string | null;
  published_by: string | null;
  version: Generated<number>;
}

export interface ReportTable {
  id: Generated<number>;
  item_id: number;
  period_id: number;
  status_label: string | null;
  status_claim: string | null;
  text: string;
  state: string;
  version: number;
  author_unit_id: number | null;
  /** Assessment computed by core when the report is written, so dashboards aggregate in SQL. */
  assessment: string;
  expected: number;
  progress: number | null;
  decided_by: string | null;
  discrepancy: string | null;
  return_reason: string | null;
  /** Why the figures and the label disagree, written by the unit; shown to the reviewer. */
  explanation: string | null;
  updated_at: string;
}

export interface ReportPointTable {
  id: Generated<number>;
  report_id: number;
  position: number;
  text: string;
}

export interface IndicatorActualTable {
  id: Generated<number>;
  report_id: number;
  indicator_id: number;
  actual: number | null;
  actual_text: string | null;
  reported_percent: number | null;
  achieved: number | null;
}

export interface ReportVersionTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  state: string;
  snapshot: string;
  user_id: number | null;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  name: string;
  role: string;
  unit_id: number | null;
  leader_id: number | null;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  user_id: number | null;
  actor: string;
  at: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
}

export interface SettingTable {
  key: string;
  /** JSON of the value, checked against the setting's schema on every write. */
  value: string;
  updated_at: string;
  updated_by: string;
}

export interface Database {
  jurisdictions: JurisdictionTable;
  plans: PlanTable;
  categories: CategoryTable;
  units: UnitTable;
  people: PersonTable;
  leaders: LeaderTable;
  items: ItemTable;
  item_leaders: ItemLeaderTable;
  responsibilities: ResponsibilityTable;
  indicators: IndicatorTable;
  periods: PeriodTable;
  reports: ReportTable;
  report_points: ReportPointTable;
  indicator_actuals: IndicatorActualTable;
  report_versions: ReportVersionTable;
  users: UserTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  settings: SettingTable;
}
