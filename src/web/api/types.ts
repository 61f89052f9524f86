/**
 * The API's shapes, taken from the server's zod schemas (type-only imports, erased at build):
 * a field renamed on the server breaks this build, not the user. The web app imports server
 * types from here only.
 */
import type { z } from 'zod';
import type { ExportFormat as ExportFormatOfServer } from '../../documents/export/render-plan.ts';
import type { AttachmentDto } from '../../server/presenters/attachment.presenter.ts';
import type {
  AuditEventDto,
  AuditVerification as AuditVerificationOfServer,
} from '../../server/presenters/audit.presenter.ts';
import type { CommentDto } from '../../server/presenters/comment.presenter.ts';
import type {
  ContributionDto,
  ItemContributionsDto,
} from '../../server/presenters/contribution.presenter.ts';
import type { DashboardDto } from '../../server/presenters/dashboard.presenter.ts';
import type { NamedDto, UnitDto } from '../../server/presenters/directory.presenter.ts';
import type { ItemDetailDto, ItemSummaryDto } from '../../server/presenters/item.presenter.ts';
import type { NoticeDto } from '../../server/presenters/notice.presenter.ts';
import type { PeriodPublicationDto } from '../../server/presenters/period-publication.presenter.ts';
import type { CategoryDto, PeriodDto, PlanDto } from '../../server/presenters/plan.presenter.ts';
import type {
  CandidateDto,
  ProposalDto,
  ProposalWindowDto,
} from '../../server/presenters/proposal.presenter.ts';
import type { RatingSessionDto } from '../../server/presenters/rating.presenter.ts';
import type { ReminderDto } from '../../server/presenters/reminder.presenter.ts';
import type { ReportDto } from '../../server/presenters/report.presenter.ts';
import type { ReportPreviewDto } from '../../server/presenters/report-preview.presenter.ts';
import type { ReportVersionDto } from '../../server/presenters/report-version.presenter.ts';
import type { ReviewEntryDto } from '../../server/presenters/review-queue.presenter.ts';
import type { SessionDto } from '../../server/presenters/session.presenter.ts';
import type { TargetChangeDto } from '../../server/presenters/target-change.presenter.ts';
import type { MeDto, UserDto } from '../../server/presenters/user.presenter.ts';
import type {
  SiteVisitDto,
  SuggestionDto,
  SupervisionDto,
} from '../../server/presenters/visit.presenter.ts';
import type { VoteSessionDto } from '../../server/presenters/vote.presenter.ts';
import type {
  OwnSessionDto,
  TotpEnrolment as TotpEnrolmentOfServer,
} from '../../server/routes/auth.routes.ts';
import type { ItemIndicatorsBody, ItemPeopleBody } from '../../server/routes/item-admin.routes.ts';
import type { SettingDto } from '../../server/routes/settings.routes.ts';
import type { ChecksDto } from '../../server/routes/submission-check.routes.ts';
import type {
  NewAccount as NewAccountOfServer,
  WithPassword,
} from '../../server/routes/user.routes.ts';
import type { ContributionContent } from '../../server/services/contribution.service.ts';
import type { ImportSummary as ImportSummaryOfServer } from '../../server/services/import.service.ts';
import type { ReportContent } from '../../server/services/report-content.ts';

export type Me = z.infer<typeof MeDto>;
export type Role = Me['role'];
export type Plan = PlanDto;
export type Category = z.infer<typeof CategoryDto>;
export type Period = PeriodDto;
export type ItemSummary = ItemSummaryDto;
export type ItemDetail = ItemDetailDto;
export type Report = ReportDto;
export type ReportInput = ReportContent;
export type ReportPreview = ReportPreviewDto;
export type ReportVersion = ReportVersionDto;
export type ReviewEntry = ReviewEntryDto;
export type PeriodPublication = PeriodPublicationDto;
export type Dashboard = DashboardDto;
export type AuditEvent = z.infer<typeof AuditEventDto>;
export type Notice = NoticeDto;
export type NoticeTier = NoticeDto['tier'];
export type Reminder = ReminderDto;
export type Contribution = ContributionDto;
export type ContributionInput = ContributionContent;
export type ItemContributions = ItemContributionsDto;
export type TargetChange = TargetChangeDto;
export type Attachment = AttachmentDto;
export type ReportChecks = z.infer<typeof ChecksDto>;
export type Named = NamedDto;
export type Unit = UnitDto;
export type ImportSummary = ImportSummaryOfServer;
export type ItemPeopleInput = z.input<typeof ItemPeopleBody>;
export type ItemIndicatorsInput = z.input<typeof ItemIndicatorsBody>;
export type ExportFormat = ExportFormatOfServer;
export type Comment = z.infer<typeof CommentDto>;
export type User = UserDto;
export type NewAccount = z.input<typeof NewAccountOfServer>;
export type UserWithPassword = z.infer<typeof WithPassword>;
export type LiveSession = SessionDto;
export type OwnSession = z.infer<typeof OwnSessionDto>;
export type TotpEnrolment = z.infer<typeof TotpEnrolmentOfServer>;
export type AuditVerification = AuditVerificationOfServer;
export type Setting = z.infer<typeof SettingDto>;
export type ProposalWindow = ProposalWindowDto;
export type Proposal = ProposalDto;
export type Candidate = CandidateDto;
export type VoteSession = VoteSessionDto;
export type RatingSession = RatingSessionDto;
export type Supervision = z.infer<typeof SupervisionDto> & { mayAnswer: boolean };
export type SiteVisit = SiteVisitDto;
export type Suggestion = SuggestionDto;
