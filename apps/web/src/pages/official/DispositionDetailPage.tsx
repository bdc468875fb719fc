import {
  APPEAL_KIND_LABELS,
  APPEAL_KINDS,
  APPEAL_STATUS_LABELS,
  type AppealStatus,
  appealTransition,
  DISPOSITION_ACTION_LABELS,
  type DispositionAction,
  dispositionTransition,
  earliestOpinionDeadline,
  isIsoDate,
  isSuspension,
  koreaToday,
  MIN_OPINION_DAYS,
  parseMeasure,
} from "@ssis/domain";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import {
  cancel,
  type DispositionDetail,
  decide,
  end,
  execute,
  preNotice,
  recordAppeal,
  reportToMinistry,
  useDisposition,
  useDispositionMutation,
  withdraw,
} from "../../api/dispositions";
import { isApiError } from "../../api/problem";
import { Alert } from "../../components/Alert";
import {
  type ActionField,
  DispositionActionDialog,
  type Values,
} from "../../components/DispositionActionDialog";
import {
  DispositionHistoryPanel,
  DispositionSteps,
  DispositionSummary,
  NoticeButtons,
  OpinionView,
  TransitionTable,
  ViolationTable,
} from "../../components/DispositionParts";
import { Loading } from "../../components/Loading";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDate } from "../../lib/format";

const CRUMBS = [
  { label: "홈", to: "/official" },
  { label: "기관관리감독" },
  { label: "행정처분대장", to: "/official/dispositions" },
];

type Step = DispositionAction | "report" | "appeal";

const STEP_LABELS: Record<Step, string> = {
  ...DISPOSITION_ACTION_LABELS,
  withdraw: "처분 철회",
  cancel: "직권 취소",
  report: "보건복지부 보고일 기록",
  appeal: "행정심판·소송 기록",
};

/** 행정처분 상세 (UWDX): the procedure's steps, the engine's reasons, the opinion, notices and history. */
export function DispositionDetailPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const query = useDisposition(id);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  const [step, setStep] = useState<Step | null>(null);

  const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  if (notFound)
    return (
      <>
        <PageHeader title="행정처분을 찾을 수 없습니다" breadcrumbs={CRUMBS} />
        <p>요청하신 행정처분이 없습니다.</p>
      </>
    );
  if (query.isPending) return <Loading label="행정처분을 불러오는 중입니다." />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const steps = availableSteps(d);

  return (
    <>
      <PageHeader
        title={`${d.institutionName} 행정처분`}
        breadcrumbs={CRUMBS}
        description={
          <p>
            {d.authorityName} · {d.measureLabel} · {d.statusLabel}
            {d.decisionNo ? ` · ${d.decisionNo}` : ""}
          </p>
        }
        actions={
          <>
            <Link
              to={`/official/dispositions/history/${encodeURIComponent(d.institutionId)}`}
              className="krds-btn medium secondary"
            >
              기관 처분 이력
            </Link>
            <BackToList to="/official/dispositions" />
          </>
        }
      />
      {notice ? (
        <Alert tone="success" title="처리했습니다">
          <p data-testid="disposition-notice">{notice}</p>
        </Alert>
      ) : null}
      {!d.inJurisdiction ? (
        <Alert tone="info" title="관할 밖 기관의 처분입니다">
          <p>다른 처분청의 처분이므로 조회만 할 수 있습니다. 조회 사실은 접속기록에 남습니다.</p>
        </Alert>
      ) : null}

      <DispositionSteps d={d} />

      {d.inJurisdiction && steps.available.length > 0 ? (
        <Section id="disp-actions" title="처리">
          <p>{nextStepText(d)}</p>
          <div className="app-button-row">
            {steps.available.map((s, index) => (
              <button
                key={s}
                type="button"
                className={`krds-btn medium ${index === 0 && s !== "withdraw" && s !== "cancel" ? "primary" : "secondary"}`}
                onClick={() => setStep(s)}
              >
                {STEP_LABELS[s]}
              </button>
            ))}
          </div>
          {steps.blocked ? (
            <p className="form-hint" data-testid="disposition-blocked">
              {steps.blocked}
            </p>
          ) : null}
        </Section>
      ) : null}

      {d.hearingRequired && (d.status === "draft" || d.status === "pre_noticed") ? (
        <Alert tone="warning" title="청문 대상 처분입니다">
          <p>
            시설폐쇄·지정취소·등록취소는 처분 전에 청문을 거쳐야 합니다(사회복지사업법 제49조 등). 청문 일정과
            결과를 결정 사유에 적으세요.
          </p>
        </Alert>
      ) : null}

      <Section id="disp-summary" title="처분 개요">
        <DispositionSummary d={d} />
        {d.inspectionId ? (
          <p>
            <Link to={`/official/inspections/${encodeURIComponent(d.inspectionId)}`}>
              이 처분의 근거가 된 지도점검 보기
            </Link>
          </p>
        ) : null}
      </Section>

      <Section id="disp-violations" title="위반행위와 처분기준표의 판단">
        <ViolationTable violations={d.violations} />
        <p className="disp-pre" data-testid="disposition-explanation">
          <strong>종합 판단</strong> {d.explanation}
        </p>
      </Section>

      <Section id="disp-opinion" title="기관 의견제출">
        <OpinionView d={d} zone="official" />
      </Section>

      {d.preNoticeOn || d.decidedOn ? (
        <Section id="disp-notices" title="통지서">
          <NoticeButtons d={d} zone="official" />
        </Section>
      ) : null}

      <Section id="disp-transitions" title="처리 기록">
        <TransitionTable transitions={d.transitions} />
      </Section>

      <Section id="disp-history" title="행정처분 이력(전국)">
        <DispositionHistoryPanel institutionId={d.institutionId} currentId={d.id} headingLevel={3} />
      </Section>

      {step ? (
        <StepDialog
          step={step}
          d={d}
          onClose={(message) => {
            setStep(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

/** Which steps the state machine allows now; the decision may wait for the opinion period. */
function availableSteps(d: DispositionDetail): { available: Step[]; blocked: string | null } {
  const today = koreaToday();
  const available: Step[] = [];
  let blocked: string | null = null;
  const order: DispositionAction[] = ["preNotice", "decide", "execute", "end", "withdraw", "cancel"];
  for (const action of order) {
    const t =
      action === "decide"
        ? dispositionTransition(d.status, action, {
            today,
            opinionDueOn: d.opinionDueOn,
            opinionSubmitted: d.opinionSubmittedAt !== null,
          })
        : dispositionTransition(d.status, action, {
            reason: "확인",
            noticeOn: today,
            opinionDueOn: earliestOpinionDeadline(today),
          });
    if (t.ok) available.push(action);
    else if (action === "decide" && t.code === "OPINION_PERIOD_RUNNING") blocked = t.message;
  }
  if (d.decidedOn && d.status !== "cancelled") available.push("report");
  const appealNext: AppealStatus = d.appealStatus === "filed" ? "dismissed" : "filed";
  if (appealTransition(d.status, d.appealStatus, appealNext).ok) available.push("appeal");
  // Irreversible ends last.
  const rank = (s: Step) => (s === "withdraw" || s === "cancel" ? 1 : 0);
  return { available: available.sort((a, b) => rank(a) - rank(b)), blocked };
}

function nextStepText(d: DispositionDetail): string {
  switch (d.status) {
    case "draft":
      return "처분안을 확인한 뒤 기관에 사전통지하세요. 의견제출 기한은 통지일부터 10일 이상이어야 합니다.";
    case "pre_noticed":
      return d.opinionSubmittedAt
        ? "기관이 의견을 제출했습니다. 의견을 검토한 뒤 처분을 결정하거나 철회하세요."
        : `의견제출 기한(${formatDate(d.opinionDueOn)})이 지나거나 기관이 의견을 내면 처분을 결정할 수 있습니다.`;
    case "decided":
      return "처분서를 보내고, 집행과 보건복지부 보고를 기록하세요. 행정심판·소송이 청구되면 그 진행도 기록합니다.";
    case "executing":
      return "처분 기간이 끝나면 집행 종료를 기록하세요.";
    case "ended":
      return "집행이 끝난 처분입니다. 행정심판·소송 결과나 직권 취소는 새 기록으로 남깁니다.";
    default:
      return "";
  }
}

const today = () => koreaToday();
const dateField = (name: string, label: string): ActionField => ({
  name,
  label,
  type: "date",
  initial: today(),
});
const reasonField: ActionField = { name: "reason", label: "사유", type: "textarea" };
const needDate = (v: Values, name: string, label: string): Values =>
  isIsoDate(v[name] ?? "") ? {} : { [name]: `${label}을(를) 입력하세요.` };
const needReason = (v: Values): Values =>
  (v.reason ?? "").trim().length >= 2 ? {} : { reason: "사유를 입력하세요." };

function StepDialog({
  step,
  d,
  onClose,
}: {
  step: Step;
  d: DispositionDetail;
  onClose: (message: string | null) => void;
}) {
  const m = useDispositionMutation(async (fn: () => Promise<unknown>) => fn());
  const run = (fn: () => Promise<unknown>) => m.mutateAsync(fn);
  const common = { onClose, confirmLabel: STEP_LABELS[step] };
  const parsed = parseMeasure(d.measureLabel);
  const suspension = parsed.ok && isSuspension(parsed.measure);

  switch (step) {
    case "preNotice":
      return (
        <DispositionActionDialog
          {...common}
          title="사전통지할까요?"
          intro={
            <p>
              {d.institutionName}에 처분 내용({d.measureLabel})과 의견제출 기한을 알립니다. 통지하면 기관
              포털에 표시되고 사전통지서를 내려받을 수 있으며, 처분안은 더 고칠 수 없습니다.
            </p>
          }
          fields={[
            dateField("noticeOn", "사전통지일"),
            {
              name: "opinionDueOn",
              label: "의견제출 기한",
              type: "date",
              initial: earliestOpinionDeadline(today()),
              min: (v) =>
                isIsoDate(v.noticeOn ?? "") ? earliestOpinionDeadline(v.noticeOn ?? "") : undefined,
              hint: (v) =>
                isIsoDate(v.noticeOn ?? "")
                  ? `사전통지일부터 ${MIN_OPINION_DAYS}일 이상이어야 합니다(행정절차법 제21조제3항). 가장 이른 기한: ${earliestOpinionDeadline(v.noticeOn ?? "")}`
                  : `사전통지일부터 ${MIN_OPINION_DAYS}일 이상이어야 합니다(행정절차법 제21조제3항).`,
            },
          ]}
          check={(v) => {
            const e = {
              ...needDate(v, "noticeOn", "사전통지일"),
              ...needDate(v, "opinionDueOn", "의견제출 기한"),
            };
            if (
              Object.keys(e).length === 0 &&
              (v.opinionDueOn ?? "") < earliestOpinionDeadline(v.noticeOn ?? "")
            )
              e.opinionDueOn = `의견제출 기한은 ${earliestOpinionDeadline(v.noticeOn ?? "")} 이후로 정하세요.`;
            return e;
          }}
          submit={(v) =>
            run(() =>
              preNotice({
                id: d.id,
                version: d.version,
                noticeOn: v.noticeOn ?? "",
                opinionDueOn: v.opinionDueOn ?? "",
              }),
            )
          }
          success={(v) => `사전통지했습니다. 의견제출 기한은 ${v.opinionDueOn}입니다.`}
        />
      );
    case "decide":
      return (
        <DispositionActionDialog
          {...common}
          title="처분을 결정할까요?"
          intro={
            <>
              <p>
                {d.measureLabel} 처분을 결정하고 처분 번호를 매겨 처분서를 발급합니다.{" "}
                {d.opinionSubmittedAt ? "기관의 의견을 검토했는지 확인하세요." : "기관이 낸 의견은 없습니다."}
              </p>
              <p>결정한 처분은 고칠 수 없고, 직권 취소나 행정심판·소송 결과로만 바꿀 수 있습니다.</p>
            </>
          }
          fields={[
            dateField("decidedOn", "처분일"),
            ...(suspension
              ? [
                  {
                    name: "periodFrom",
                    label: "정지 시작일",
                    type: "date",
                    initial: today(),
                    min: (v: Values) => v.decidedOn,
                    hint: "정지 기간은 시작일부터 처분 기간만큼 계산합니다(끝나는 날 포함).",
                  } satisfies ActionField,
                ]
              : []),
            {
              name: "decisionReason",
              label: "결정 사유(의견 검토 결과)",
              type: "textarea",
              hint: "기관의 의견을 받아들이지 않은 이유 등을 적으세요. 처분서에 들어갑니다.",
            },
          ]}
          check={(v) => {
            const e = needDate(v, "decidedOn", "처분일");
            if (d.preNoticeOn && (v.decidedOn ?? "") < d.preNoticeOn)
              e.decidedOn = "처분일은 사전통지일 이후여야 합니다.";
            if (suspension) {
              Object.assign(e, needDate(v, "periodFrom", "정지 시작일"));
              if ((v.periodFrom ?? "") < (v.decidedOn ?? ""))
                e.periodFrom = "정지 시작일은 처분일 이후여야 합니다.";
            }
            return e;
          }}
          submit={(v) =>
            run(() =>
              decide({
                id: d.id,
                version: d.version,
                decidedOn: v.decidedOn ?? "",
                decisionReason: v.decisionReason?.trim() || null,
                periodFrom: suspension ? v.periodFrom || null : null,
              }),
            )
          }
          success={() => "처분을 결정했습니다. 처분서 PDF를 내려받아 기관에 보내세요."}
        />
      );
    case "execute":
    case "end":
    case "report": {
      const label = step === "execute" ? "집행 개시일" : step === "end" ? "집행 종료일" : "보건복지부 보고일";
      const fn = step === "execute" ? execute : step === "end" ? end : reportToMinistry;
      return (
        <DispositionActionDialog
          {...common}
          title={`${STEP_LABELS[step]}을(를) 기록할까요?`}
          intro={
            <p>
              {step === "report"
                ? "행정처분대장에 보건복지부에 보고한 날을 기록합니다."
                : `${label}을(를) 기록하고 처분의 상태를 바꿉니다. 되돌릴 수 없습니다.`}
            </p>
          }
          fields={[dateField("on", label)]}
          check={(v) => needDate(v, "on", label)}
          submit={(v) => run(() => fn({ id: d.id, version: d.version, on: v.on ?? "" }))}
          success={(v) => `${label}(${v.on})을 기록했습니다.`}
        />
      );
    }
    case "withdraw":
    case "cancel":
      return (
        <DispositionActionDialog
          {...common}
          title={step === "withdraw" ? "처분을 철회할까요?" : "처분을 직권 취소할까요?"}
          intro={
            <p>
              {step === "withdraw"
                ? "결정 전의 처분을 철회합니다. 철회한 처분은 다시 진행할 수 없습니다."
                : "결정된 처분을 취소합니다. 취소한 처분은 이후 위반 차수를 셀 때 빠지며, 되돌릴 수 없습니다."}
            </p>
          }
          fields={[reasonField]}
          check={needReason}
          submit={(v) =>
            run(() =>
              (step === "withdraw" ? withdraw : cancel)({
                id: d.id,
                version: d.version,
                reason: v.reason ?? "",
              }),
            )
          }
          success={() => (step === "withdraw" ? "처분을 철회했습니다." : "처분을 취소했습니다.")}
        />
      );
    case "appeal": {
      const filing = d.appealStatus !== "filed";
      const outcomes: AppealStatus[] = filing ? ["filed"] : ["dismissed", "cancelled", "changed"];
      return (
        <DispositionActionDialog
          {...common}
          title={filing ? "행정심판·소송 청구를 기록할까요?" : "행정심판·소송 결과를 기록할까요?"}
          intro={
            <p>
              {filing
                ? "기관이 청구한 행정심판 또는 행정소송을 기록합니다."
                : "인용(처분 취소)이면 처분이 취소되어 이후 위반 차수에서 빠지고, 일부 인용이면 처분 내용이 바뀝니다. 결과는 되돌릴 수 없습니다."}
            </p>
          }
          fields={[
            {
              name: "kind",
              label: "구분",
              type: "select",
              initial: d.appealKind ?? "administrative_appeal",
              options: APPEAL_KINDS.map((k) => ({ value: k, label: APPEAL_KIND_LABELS[k] })),
            },
            {
              name: "status",
              label: filing ? "진행 상황" : "결과",
              type: "select",
              initial: outcomes[0],
              options: outcomes.map((s) => ({ value: s, label: APPEAL_STATUS_LABELS[s] })),
            },
            dateField("on", filing ? "청구일" : "결과 일자"),
            {
              name: "changedMeasure",
              label: "변경된 처분",
              type: "text",
              placeholder: "예: 개선명령",
              when: (v) => v.status === "changed",
            },
            {
              name: "note",
              label: "내용",
              type: "textarea",
              hint: "심판·소송 기관, 사건번호, 결과 요지를 적으세요.",
            },
          ]}
          check={(v) => {
            const e = needDate(v, "on", "일자");
            if ((v.note ?? "").trim().length < 2) e.note = "내용을 입력하세요.";
            if (v.status === "changed") {
              const p = parseMeasure(v.changedMeasure ?? "");
              if (!p.ok) e.changedMeasure = p.message;
            }
            return e;
          }}
          submit={(v) =>
            run(() =>
              recordAppeal({
                id: d.id,
                version: d.version,
                kind: (v.kind ?? "administrative_appeal") as (typeof APPEAL_KINDS)[number],
                status: (v.status ?? "filed") as "filed" | "dismissed" | "cancelled" | "changed",
                on: v.on ?? "",
                note: (v.note ?? "").trim(),
                changedMeasure: v.status === "changed" ? (v.changedMeasure ?? "").trim() : null,
              }),
            )
          }
          success={(v) =>
            `행정심판·소송 ${APPEAL_STATUS_LABELS[(v.status ?? "filed") as AppealStatus]}을 기록했습니다.`
          }
        />
      );
    }
  }
}
