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
  /** The unit's reminder address (its liaison mailbox), sealed like users' contact fields. */
  contact_email_sealed: Generated<string | null>;
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
  /** The earlier period's report this draft started from, when it was carried over. */
  carried_from_report_id: Generated<number | null>;
  /** Submission checks (JSON array) stored when the report was last submitted. */
  checks: Generated<string>;
  /** Ids of the approved target changes the assessment used (JSON array; [] = original targets). */
  assessment_basis: Generated<string>;
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
  /** 1 when the password was set by an administrator (or on first start): change it first. */
  must_change_password: Generated<number>;
  disabled: Generated<number>;
  /** Failed sign-ins since `failed_since`; the lockout counts them within its window. */
  failed_logins: Generated<number>;
  failed_since: string | null;
  locked_until: string | null;
  /** Base32 TOTP secret once confirmed; `totp_pending` while enrolment awaits its first code. */
  totp_secret: string | null;
  totp_pending: string | null;
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totp_last_step: number | null;
  password_changed_at: string | null;
  last_login_at: string | null;
  /** Contact fields sealed with AES-256-GCM (crypto/personal-data.ts); null when not given. */
  email_sealed: Generated<string | null>;
  phone_sealed: Generated<string | null>;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  user_id: number;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  /** The absolute end: sign in again after it, however active. */
  expires_at: string;
  created_at: string;
  last_seen_at: string | null;
  /** The idle end, pushed forward as the session is used. */
  idle_expires_at: string | null;
  address: string | null;
  user_agent: string | null;
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
  /** Place in the hash chain (1, 2, …); see audit/chain.ts. */
  seq: number;
  prev_hash: string;
  hash: string;
  hash_alg: string;
  /** The client address, for sign-ins and downloads. */
  address: string | null;
}

/** The one row (id 1) holding the newest event's place and hash. */
export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** Where the log starts after a retention prune: the last archived event's place and hash. */
export interface AuditCheckpointTable {
  seq: number;
  hash: string;
  events: number;
  before_at: string;
  archive_sha256: string;
  created_at: string;
  created_by: string;
}

export interface SettingTable {
  key: string;
  /** JSON of the value, checked against the setting's schema on every write. */
  value: string;
  updated_at: string;
  updated_by: string;
  /** Edit version: a save names the one it read (a setting never stored is at 0). */
  version: Generated<number>;
}

/** A co-unit's own part of an item's report for a period: points and figures (JSON). */
export interface ContributionTable {
  id: Generated<number>;
  item_id: number;
  period_id: number;
  unit_id: number;
  state: string;
  points: string;
  actuals: string;
  version: number;
  updated_by: number | null;
  updated_at: string;
  submitted_at: string | null;
}

/** A supervising leader's instruction (领导批示) recorded on an item. */
export interface InstructionTable {
  id: Generated<number>;
  item_id: number;
  leader_id: number | null;
  text: string;
  given_on: string;
  recorded_by: number | null;
  created_at: string;
}

/** A supervision notice (督办单): blue, yellow or red, with the facts that raised it. */
export interface NoticeTable {
  id: Generated<number>;
  item_id: number;
  period_id: number | null;
  tier: string;
  reason: string;
  dedupe_key: string;
  facts: string;
  unit_id: number | null;
  leader_ids: string;
  instruction_id: number | null;
  escalated_from: number | null;
  state: string;
  answer_by: string;
  issued_at: string;
  issued_by: string;
  signed_at: string | null;
  signed_by: string | null;
  measures: string | null;
  promised_date: string | null;
  answered_at: string | null;
  answered_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string | null;
  version: number;
}

/** The reminder outbox: one row per unit, period and event, claimed by one worker at a time. */
export interface ReminderTable {
  id: Generated<number>;
  unit_id: number;
  period_id: number;
  event: string;
  subject: string;
  body: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  email_outcome: string | null;
  sms_outcome: string | null;
  last_error: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}

/** Every delivery attempt of a reminder, per channel, with its outcome. */
export interface ReminderSendTable {
  id: Generated<number>;
  reminder_id: number;
  attempt: number;
  channel: string;
  outcome: string;
  detail: string | null;
  worker: string;
  at: string;
}

/** Evidence on a report or a contribution; the bytes live in the blob store under blob_key. */
export interface AttachmentTable {
  id: Generated<number>;
  report_id: number | null;
  contribution_id: number | null;
  /** A deputies' site visit (migration 20261201T060000-congress). */
  visit_id: Generated<number | null>;
  unit_id: number | null;
  file_name: string;
  kind: string;
  media_type: string;
  size: number;
  sha256: string;
  blob_key: string;
  thumbnail_key: string | null;
  width: number | null;
  height: number | null;
  is_public: number;
  version: number;
  created_by: string;
  created_at: string;
}

/** A requested change of an item's target, deadline or lead unit, and the office's decision. */
export interface TargetChangeTable {
  id: Generated<number>;
  item_id: number;
  indicator_id: number | null;
  kind: string;
  from_value: string;
  to_value: string;
  reason: string;
  document_ref: string;
  state: string;
  requested_by: string;
  requested_unit_id: number | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
}

/** One publication of a report: what the public was shown, and when. Never updated. */
export interface ReportPublicationTable {
  id: Generated<number>;
  report_id: number;
  /** The report's version that was published (internal: never shown). */
  report_version: number;
  plan_id: number;
  period_id: number;
  item_id: number;
  published_at: string;
  /** JSON of the public content (services/publication-content.ts), allow-listed when read. */
  content: string;
}

/** The moment a period was published as a whole: from then on the public view may show it. */
export interface PeriodPublicationTable {
  period_id: number;
  plan_id: number;
  published_at: string;
}

/** One row (id 1): bumped by every change the public can see, so caches know when to rebuild. */
export interface PublicRevisionTable {
  id: number;
  revision: number;
  changed_at: string;
}

/** A citizen's comment on an item, its moderation and its answer. */
export interface CommentTable {
  id: Generated<number>;
  /** What the citizen keeps to come back: C2026-7K3Q9XMD. */
  tracking_number: string;
  plan_id: number;
  item_id: number;
  body: string;
  /** 1–5, or null when the citizen gave none. */
  rating: number | null;
  /** Phone or e-mail sealed with AES-256-GCM (crypto/personal-data.ts); null when none given. */
  contact: string | null;
  /** The page language the citizen wrote from, for the confirmation message. */
  lang: string;
  /** pending → approved (shown) | rejected (not shown, with a reason for the citizen). */
  state: string;
  reject_reason: string | null;
  moderated_at: string | null;
  /** The unit asked to draft the answer (the item's lead unit by default). */
  assigned_unit_id: number | null;
  assigned_at: string | null;
  draft_answer: string | null;
  drafted_at: string | null;
  /** The official answer, once the office has published it. */
  answer: string | null;
  answered_at: string | null;
  created_at: string;
  version: number;
}

/** Secrets the site makes for itself (the key that signs public forms). */
export interface SiteKeyTable {
  name: string;
  value: string;
}

// The deputies' year (migration 20261201T060000-congress).

export interface ProposalWindowTable {
  year: number;
  opens_on: string;
  closes_on: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CandidateTable {
  id: Generated<number>;
  year: number;
  title: string;
  description: string;
  /** Estimated cost in 万元. */
  cost: number | null;
  /** The responsible unit proposed, by name. */
  unit: string | null;
  /** The target as a task sentence ("新建社区食堂30个"): indicators are read from it. */
  target: string;
  /** pending | candidate | refused | reserve | referred */
  decision: string;
  /** A negative-list code, 'feasibility' or 'cost' when refused. */
  refusal: string | null;
  reason: string | null;
  decided_at: string | null;
  item_id: number | null;
  created_at: string;
  version: Generated<number>;
}

export interface ProposalTable {
  id: Generated<number>;
  tracking_number: string;
  year: number;
  /** web | letter | hotline | meeting */
  channel: string;
  title: string;
  body: string;
  place: string | null;
  /** Sealed with the personal-data key. */
  contact: string | null;
  lang: string;
  candidate_id: number | null;
  created_at: string;
  version: Generated<number>;
}

export interface VoteSessionTable {
  id: Generated<number>;
  year: number;
  title: string;
  seats: number;
  max_choices: number;
  allow_abstain: number;
  /** more_than_half_cast | more_than_half_electorate | plurality */
  pass_rule: string;
  /** earlier_registration | revote */
  tie_rule: string;
  opens_at: string;
  closes_at: string;
  /** How many deputies may vote (the denominator of more_than_half_electorate). */
  electorate: number;
  paper_ballots: Generated<number>;
  paper_abstentions: Generated<number>;
  /** JSON {candidateId: votes} entered from paper or keypad counts. */
  paper_counts: Generated<string>;
  result: string | null;
  published_at: string | null;
  plan_id: number | null;
  created_at: string;
  version: Generated<number>;
}

export interface VoteCandidateTable {
  session_id: number;
  candidate_id: number;
  position: number;
}

export interface BallotReceiptTable {
  session_id: number;
  user_id: number;
}

export interface BallotTable {
  /** Random: says nothing of when or by whom. */
  id: string;
  session_id: number;
  /** JSON array of candidate ids, ascending; [] is an abstention. */
  choices: string;
}

export interface SupervisionMemberTable {
  item_id: number;
  user_id: number;
  is_head: Generated<number>;
}

export interface SiteVisitTable {
  id: Generated<number>;
  item_id: number;
  visited_on: string;
  /** JSON array of names. */
  participants: string;
  findings: string;
  recorded_by: string;
  created_at: string;
  version: Generated<number>;
}

export interface SuggestionTable {
  id: Generated<number>;
  item_id: number;
  visit_id: number | null;
  text: string;
  made_by: string;
  made_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  version: Generated<number>;
}

export interface RatingSessionTable {
  id: Generated<number>;
  plan_id: number;
  title: string;
  opens_at: string;
  closes_at: string;
  /** An item passes when 满意 + 基本满意 are more than this share (%) of the deputies' ratings. */
  pass_percent: number;
  result: string | null;
  published_at: string | null;
  created_at: string;
  version: Generated<number>;
}

export interface DeputyRatingTable {
  session_id: number;
  item_id: number;
  user_id: number;
  /** satisfied | basically_satisfied | unsatisfied */
  grade: string;
  reason: string | null;
  rated_at: string;
}

export interface PublicRatingTable {
  id: Generated<number>;
  session_id: number;
  item_id: number;
  grade: string;
  rated_at: string;
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
  audit_chain_head: AuditChainHeadTable;
  audit_checkpoints: AuditCheckpointTable;
  password_history: PasswordHistoryTable;
  settings: SettingTable;
  contributions: ContributionTable;
  instructions: InstructionTable;
  notices: NoticeTable;
  reminders: ReminderTable;
  reminder_sends: ReminderSendTable;
  attachments: AttachmentTable;
  target_changes: TargetChangeTable;
  report_publications: ReportPublicationTable;
  period_publications: PeriodPublicationTable;
  public_revision: PublicRevisionTable;
  comments: CommentTable;
  site_keys: SiteKeyTable;
  proposal_windows: ProposalWindowTable;
  candidates: CandidateTable;
  proposals: ProposalTable;
  vote_sessions: VoteSessionTable;
  vote_candidates: VoteCandidateTable;
  ballot_receipts: BallotReceiptTable;
  ballots: BallotTable;
  supervision_members: SupervisionMemberTable;
  site_visits: SiteVisitTable;
  suggestions: SuggestionTable;
  rating_sessions: RatingSessionTable;
  deputy_ratings: DeputyRatingTable;
  public_ratings: PublicRatingTable;
}
