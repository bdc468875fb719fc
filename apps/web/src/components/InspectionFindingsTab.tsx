import {
  CORRECTIVE_OUTCOME_LABELS,
  CORRECTIVE_OUTCOMES,
  type CorrectiveOutcome,
  correctiveDeadline,
  FINDING_SEVERITIES,
  FINDING_SEVERITY_LABELS,
  type FindingSeverity,
  koreaToday,
  needsInstitutionReport,
  violationName,
} from "@ssis/domain";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { Link } from "react-router-dom";
import {
  acceptCorrective,
  addFinding,
  confirmCorrective,
  type FindingItem,
  type InspectionDetail,
  officialFileUrl,
  orderCorrective,
  returnCorrective,
  shareToCasebook,
  useOfficialMutation,
  withdrawFinding,
} from "../api/inspections";
import { formatDate, formatDateTime, orEmpty } from "../lib/format";
import { useDraft } from "../lib/useDraft";
import { useFormErrors } from "../lib/useFormErrors";
import { Alert } from "./Alert";
import { ViolationCode } from "./CodeLabel";
import { type Option, SelectField, TextAreaField, TextField } from "./FormField";
import { ProblemAlert } from "./FormSection";
import {
  ActionDialog,
  Check,
  CorrectiveStatusBadge,
  DueBadge,
  FieldGroup,
  FileList,
  FindingCard,
  formatWon,
} from "./InspectionParts";
import { KeyValueTable } from "./KeyValueTable";
import { EmptyState } from "./Loading";

const ORDERABLE = ["in_progress", "completed", "notified"];
const SEVERITY_OPTIONS: Option[] = FINDING_SEVERITIES.map((s) => ({
  value: s,
  label: FINDING_SEVERITY_LABELS[s],
}));
const OUTCOME_OPTIONS: Option[] = CORRECTIVE_OUTCOMES.map((o) => ({
  value: o,
  label: `${CORRECTIVE_OUTCOME_LABELS[o]}${needsInstitutionReport(o) ? " (기관 결과 보고)" : " (처리 결과 확인)"}`,
}));

/** 지적사항: register findings, order the corrective action, verify the institution's report, share to the case book. */
export function InspectionFindingsTab({
  d,
  onNotice,
  presetItemId,
  onPresetUsed,
}: {
  d: InspectionDetail;
  onNotice: (message: string | null) => void;
  presetItemId: string | null;
  onPresetUsed: () => void;
}) {
  const [adding, setAdding] = useState<boolean>(presetItemId !== null);
  const [showWithdrawn, setShowWithdrawn] = useState(false);
  const withFinding = new Set(
    d.findingList.filter((f) => f.status !== "withdrawn" && f.itemId).map((f) => f.itemId as string),
  );
  const missing = d.items.filter((i) => i.result === "non_compliant" && !withFinding.has(i.itemId));
  const findings = d.findingList.filter((f) => showWithdrawn || f.status !== "withdrawn");
  const withdrawn = d.findingList.length - d.findingList.filter((f) => f.status !== "withdrawn").length;

  return (
    <section aria-labelledby="findings-title">
      <div className="app-list-header">
        <h2 id="findings-title" className="app-section-title">
          지적사항
        </h2>
        {withdrawn > 0 ? (
          <Check
            id="findings-withdrawn"
            label={`취소한 지적사항도 보기 (${withdrawn}건)`}
            checked={showWithdrawn}
            onChange={setShowWithdrawn}
          />
        ) : null}
        {d.canRecord && !adding ? (
          <div className="app-sort">
            <button type="button" className="krds-btn medium secondary" onClick={() => setAdding(true)}>
              지적사항 등록
            </button>
          </div>
        ) : null}
      </div>
      {d.canRecord && missing.length > 0 ? (
        <Alert tone="warning" live="none" title="지적사항이 없는 부적합 항목">
          <p>
            {missing.map((i) => i.code).join(", ")} — 부적합 항목마다 지적사항을 등록해야 점검을 완료할 수
            있습니다.
          </p>
        </Alert>
      ) : null}
      {adding && d.canRecord ? (
        <AddFindingForm
          d={d}
          presetItemId={presetItemId ?? missing[0]?.itemId ?? ""}
          onClose={(message) => {
            setAdding(false);
            onPresetUsed();
            if (message) onNotice(message);
          }}
        />
      ) : null}
      {findings.length === 0 ? (
        <EmptyState>
          {d.status === "planned" || d.status === "scheduled"
            ? "점검을 시작하면 지적사항을 등록할 수 있습니다"
            : "등록된 지적사항이 없습니다"}
        </EmptyState>
      ) : null}
      <div data-testid="finding-list">
        {findings.map((f, index) => (
          <FindingPanel key={f.id} d={d} f={f} index={index + 1} onNotice={onNotice} />
        ))}
      </div>
    </section>
  );
}

function AddFindingForm({
  d,
  presetItemId,
  onClose,
}: {
  d: InspectionDetail;
  presetItemId: string;
  onClose: (message?: string) => void;
}) {
  const preset = d.items.find((i) => i.itemId === presetItemId);
  const [itemId, setItemId] = useState(presetItemId);
  const [severity, setSeverity] = useState<FindingSeverity | "">("moderate");
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft, set, bind } = useDraft(
    { domain: "", title: "", detail: preset?.note ?? "", violationCode: "" },
    errors,
  );
  const titleRef = useRef<HTMLInputElement>(null);
  const item = d.items.find((i) => i.itemId === itemId);
  const add = useOfficialMutation(() =>
    addFinding(d.id, {
      itemId: itemId || null,
      domain: itemId ? undefined : draft.domain.trim(),
      title: draft.title.trim(),
      detail: draft.detail.trim(),
      severity: severity as FindingSeverity,
      violationCode: draft.violationCode.trim() || null,
    }),
  );
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  // Items not compliant first: that is where findings come from.
  const ordered = [...d.items].sort(
    (a, b) =>
      Number(b.result === "non_compliant") - Number(a.result === "non_compliant") || a.position - b.position,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!itemId && !draft.domain.trim()) local.domain = "점검 영역을 입력하세요.";
    if (!draft.title.trim()) local.title = "지적 제목을 입력하세요.";
    if (!draft.detail.trim()) local.detail = "지적 내용을 입력하세요.";
    if (!severity) local.severity = "심각도를 고르세요.";
    if (
      draft.violationCode.trim() &&
      !/^[A-Z]{2,5}-[0-9A-Za-z가-힣.]{1,10}$/.test(draft.violationCode.trim())
    )
      local.violationCode = "위반 코드 형식이 올바르지 않습니다(처분기준표의 위반 코드를 입력하세요).";
    if (!passes(local)) return;
    add.mutate(undefined, {
      onSuccess: () => onClose(`지적사항 「${draft.title.trim()}」을(를) 등록했습니다. 조치를 요구하세요.`),
      onError: (error) => failed(error, "등록하지 못했습니다."),
    });
  };
  return (
    <div className="app-subform">
      <h3 className="app-section-title">지적사항 등록</h3>
      <ProblemAlert problem={problem} />
      <form className="app-form" onSubmit={submit} noValidate>
        <SelectField
          id="finding-item"
          label="점검 항목"
          placeholder="점검표 밖의 지적(영역 직접 입력)"
          options={ordered.map((i) => ({
            value: i.itemId,
            label: `${i.position}.${i.result === "non_compliant" ? " [부적합]" : ""} ${i.item.length > 60 ? `${i.item.slice(0, 60)}…` : i.item}`,
          }))}
          value={itemId}
          error={errors.itemId}
          onChange={(e) => {
            setItemId(e.target.value);
            const next = d.items.find((i) => i.itemId === e.target.value);
            if (next?.note && !draft.detail.trim()) set({ detail: next.note });
          }}
        />
        {item ? (
          <p className="app-muted">
            {item.domain} · 근거: {item.legalBasis}
            {item.violationCode ? (
              <>
                {" "}
                · 위반행위: <ViolationCode code={item.violationCode} />
              </>
            ) : null}
          </p>
        ) : (
          <TextField id="finding-domain" label="점검 영역(필수)" maxLength={40} {...bind("domain")} />
        )}
        <TextField
          ref={titleRef}
          id="finding-title"
          label="지적 제목(필수)"
          maxLength={200}
          placeholder="예: 운영위원회 미운영"
          {...bind("title")}
        />
        <TextAreaField
          id="finding-detail"
          label="지적 내용(필수)"
          rows={3}
          maxLength={4000}
          {...bind("detail")}
        />
        <div className="app-field-row">
          <SelectField
            id="finding-severity"
            label="심각도(필수)"
            options={SEVERITY_OPTIONS}
            value={severity}
            error={errors.severity}
            onChange={(e) => setSeverity(e.target.value as FindingSeverity | "")}
          />
          <TextField
            id="finding-violation"
            label="위반 코드"
            maxLength={16}
            placeholder={item?.violationCode ?? "예: SWS-4가"}
            hint={
              item?.violationCode
                ? `비워 두면 점검 항목의 위반행위(${violationName(item.violationCode) ?? "처분기준표에 없는 위반행위"})가 들어갑니다.`
                : "행정처분기준표의 위반 코드(영문 약어와 항목 번호)"
            }
            {...bind("violationCode")}
          />
        </div>
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={add.isPending}>
            지적사항 저장
          </button>
          <button type="button" className="krds-btn medium secondary" onClick={() => onClose()}>
            취소
          </button>
        </div>
      </form>
    </div>
  );
}

type FindingDialog = "accept" | "return" | "confirm" | "withdraw" | "share" | "unshare" | null;

function FindingPanel({
  d,
  f,
  index,
  onNotice,
}: {
  d: InspectionDetail;
  f: FindingItem;
  index: number;
  onNotice: (message: string | null) => void;
}) {
  const [ordering, setOrdering] = useState(false);
  const [dialog, setDialog] = useState<FindingDialog>(null);
  const a = f.correctiveAction;
  const accept = useOfficialMutation((note: string) =>
    acceptCorrective(a?.id ?? "", a?.version ?? 1, note || null),
  );
  const giveBack = useOfficialMutation((reason: string) =>
    returnCorrective(a?.id ?? "", a?.version ?? 1, reason),
  );
  const confirm = useOfficialMutation((reason: string) =>
    confirmCorrective(a?.id ?? "", a?.version ?? 1, reason),
  );
  const withdraw = useOfficialMutation((reason: string) => withdrawFinding(f.id, reason, f.version));
  const share = useOfficialMutation((text: string | null) => shareToCasebook(f.id, text !== null, text));
  const titleId = `finding-${f.id}-title`;
  const done = (message: string) => (ok: boolean) => {
    setDialog(null);
    if (ok) onNotice(message);
  };

  return (
    <FindingCard
      f={f}
      index={index}
      titleId={titleId}
      testId="finding-card"
      badges={f.casebookShared ? <span className="krds-badge bg-light-secondary">사례집 공유</span> : null}
      rows={[
        ["등록", `${f.createdByName} · ${formatDateTime(f.createdAt)}`],
        ...(f.casebookShared
          ? ([
              [
                "사례집 내용",
                <span key="c" className="app-pre">
                  {f.casebookText}
                </span>,
              ],
            ] as [string, ReactNode][])
          : []),
      ]}
    >
      {a ? (
        <>
          <h4>
            조치: {a.outcomeLabel} <CorrectiveStatusBadge status={a.status} label={a.statusLabel} />{" "}
            <DueBadge label={a.dueLabel} overdue={a.isOverdue} />
          </h4>
          <KeyValueTable
            caption={`지적사항 ${index}의 조치`}
            rows={[
              [
                "조치 요구 내용",
                <span key="i" className="app-pre">
                  {a.instruction}
                </span>,
              ],
              ...(a.amountWon !== null
                ? ([[a.outcome === "fine" ? "과태료" : "환수액", formatWon(a.amountWon)]] as [
                    string,
                    string,
                  ][])
                : []),
              ["통보일", formatDate(a.noticeOn)],
              [
                "조치 기한",
                a.dueOn ? formatDate(a.dueOn) : a.needsReport ? "-" : "해당 없음(처리 결과 확인)",
              ],
              ...(a.needsReport
                ? ([
                    [
                      "기관 조치 결과",
                      a.reportText ? (
                        <span key="r">
                          <span className="app-pre">{a.reportText}</span>
                          <br />
                          <span className="app-muted">
                            {a.reportedByName} · {formatDateTime(a.reportedAt)}
                            {a.isLate ? " · 지연 보고" : ""}
                          </span>
                        </span>
                      ) : (
                        "보고 전"
                      ),
                    ],
                    ["증빙", <FileList key="f" files={a.files} urlOf={officialFileUrl} />],
                  ] as [string, ReactNode][])
                : []),
              [
                a.status === "returned" ? "보완 요구 사유" : "확인",
                a.verifiedAt
                  ? `${orEmpty(a.verificationNote)} (${a.verifiedByName ?? ""}, ${formatDateTime(a.verifiedAt)})`
                  : "-",
              ],
              ...(a.lastRemindedAt
                ? ([["최근 독촉", formatDateTime(a.lastRemindedAt)]] as [string, string][])
                : []),
            ]}
          />
        </>
      ) : null}

      <div className="app-button-row">
        {f.status === "open" && ORDERABLE.includes(d.status) && !ordering ? (
          <button type="button" className="krds-btn small primary" onClick={() => setOrdering(true)}>
            조치 요구<span className="sr-only"> ({f.title})</span>
          </button>
        ) : null}
        {a?.status === "submitted" ? (
          <>
            <button type="button" className="krds-btn small primary" onClick={() => setDialog("accept")}>
              확인(승인)<span className="sr-only"> ({f.title})</span>
            </button>
            <button type="button" className="krds-btn small secondary" onClick={() => setDialog("return")}>
              보완 요구<span className="sr-only"> ({f.title})</span>
            </button>
          </>
        ) : null}
        {a && !a.needsReport && a.status === "ordered" ? (
          <button type="button" className="krds-btn small primary" onClick={() => setDialog("confirm")}>
            처리 결과 확인<span className="sr-only"> ({f.title})</span>
          </button>
        ) : null}
        {a?.dispositionId ? (
          <Link className="krds-btn small secondary" to={`/official/dispositions/${a.dispositionId}`}>
            행정처분 보기<span className="sr-only"> ({f.title})</span>
          </Link>
        ) : f.violationCode && f.status !== "withdrawn" ? (
          // 행정처분기준의 위반 코드가 있는 지적: 처분 절차로 바로 (issue 6)
          <Link
            className="krds-btn small secondary"
            to={`/official/dispositions/new?findingId=${f.id}&inspectionId=${d.id}`}
          >
            행정처분 절차로<span className="sr-only"> ({f.title})</span>
          </Link>
        ) : null}
        {f.status !== "withdrawn" ? (
          <button
            type="button"
            className="krds-btn small secondary"
            onClick={() => setDialog(f.casebookShared ? "unshare" : "share")}
          >
            {f.casebookShared ? "사례집 공유 해제" : "사례집 공유"}
            <span className="sr-only"> ({f.title})</span>
          </button>
        ) : null}
        {f.status === "open" ? (
          <button type="button" className="krds-btn small tertiary" onClick={() => setDialog("withdraw")}>
            지적 취소<span className="sr-only"> ({f.title})</span>
          </button>
        ) : null}
      </div>

      {ordering ? (
        <CorrectiveOrderForm
          f={f}
          onClose={(message) => {
            setOrdering(false);
            if (message) onNotice(message);
          }}
        />
      ) : null}

      {dialog === "accept" && a ? (
        <ActionDialog
          title="조치 결과를 확인(승인)할까요?"
          confirmLabel="확인(승인)"
          input={{ label: "확인 의견", field: "note", initial: "조치 결과 확인" }}
          run={(note) => accept.mutateAsync(note)}
          onClose={done(`「${f.title}」 조치 결과를 확인했습니다. 지적사항이 종결되었습니다.`)}
        >
          <p>
            {d.institutionName}의 조치 결과를 승인하면 이 지적사항이 종결됩니다. 모든 지적사항이 종결되면
            점검도 종결됩니다.
          </p>
        </ActionDialog>
      ) : null}
      {dialog === "return" && a ? (
        <ActionDialog
          title="보완을 요구할까요?"
          confirmLabel="보완 요구"
          input={{ label: "보완 요구 사유", required: true, field: "reason" }}
          run={(reason) => giveBack.mutateAsync(reason)}
          onClose={done(`「${f.title}」 조치 결과의 보완을 요구했습니다.`)}
        >
          <p>기관이 사유를 보고 조치 결과를 다시 보고합니다. 조치 기한은 바뀌지 않습니다.</p>
        </ActionDialog>
      ) : null}
      {dialog === "confirm" && a ? (
        <ActionDialog
          title={`${a.outcomeLabel} 처리 결과를 기록할까요?`}
          confirmLabel="처리 결과 확인"
          input={{
            label: "처리 결과",
            required: true,
            field: "reason",
            hint: "예: 현장에서 시정 확인, 처분 문서번호",
          }}
          run={(reason) => confirm.mutateAsync(reason)}
          onClose={done(`「${f.title}」 처리 결과를 기록했습니다. 지적사항이 종결되었습니다.`)}
        >
          <p>{a.outcomeLabel}은(는) 기관의 결과 보고 없이 담당 공무원이 처리 결과를 확인합니다.</p>
        </ActionDialog>
      ) : null}
      {dialog === "withdraw" ? (
        <ActionDialog
          title="지적사항을 취소할까요?"
          confirmLabel="지적 취소"
          input={{ label: "취소 사유", required: true, field: "reason" }}
          run={(reason) => withdraw.mutateAsync(reason)}
          onClose={done(`지적사항 「${f.title}」을(를) 취소했습니다.`)}
        >
          <p>조치를 요구하기 전의 지적사항만 취소할 수 있습니다. 취소 사유는 상태 이력에 남습니다.</p>
        </ActionDialog>
      ) : null}
      {dialog === "share" ? (
        <ActionDialog
          title="지적 사례집에 공유할까요?"
          confirmLabel="사례집 공유"
          input={{
            label: "사례집에 실을 내용",
            required: true,
            field: "text",
            rows: 5,
            maxLength: 4000,
            initial: `${f.domain}: ${f.detail}`,
            hint: "기관명·시설장·운영자 이름을 빼고 적으세요. 전국의 공무원과 기관이 봅니다.",
          }}
          run={(text) => share.mutateAsync(text)}
          onClose={done(`「${f.title}」을(를) 지적 사례집에 공유했습니다.`)}
        >
          <p>사례집에는 점검 영역, 제목, 심각도, 위반 코드, 시설 유형과 아래 내용만 실립니다.</p>
        </ActionDialog>
      ) : null}
      {dialog === "unshare" ? (
        <ActionDialog
          title="사례집 공유를 해제할까요?"
          confirmLabel="공유 해제"
          run={() => share.mutateAsync(null)}
          onClose={done(`「${f.title}」을(를) 사례집에서 내렸습니다.`)}
        >
          <p>사례집 목록에서 이 사례가 빠집니다.</p>
        </ActionDialog>
      ) : null}
    </FindingCard>
  );
}

/** 조치 요구: the measure, what to do, and the deadline as days from the notice or as a date. */
function CorrectiveOrderForm({ f, onClose }: { f: FindingItem; onClose: (message?: string) => void }) {
  const today = koreaToday();
  const [outcome, setOutcome] = useState<CorrectiveOutcome>("correction");
  const [mode, setMode] = useState<"days" | "date">("days");
  const { errors, problem, passes, answered } = useFormErrors();
  const { draft, set, bind } = useDraft(
    { instruction: "", amount: "", noticeOn: today, days: "30", dueOn: "" },
    errors,
  );
  const [confirming, setConfirming] = useState(false);
  const reports = needsInstitutionReport(outcome);
  const hasAmount = outcome === "subsidy_recovery" || outcome === "fine";
  const order = useOfficialMutation(() =>
    orderCorrective(f.id, {
      outcome,
      instruction: draft.instruction.trim(),
      amountWon: hasAmount ? Number(draft.amount.replaceAll(",", "")) : null,
      noticeOn: draft.noticeOn,
      days: reports && mode === "days" ? Number(draft.days) : null,
      dueOn: reports && mode === "date" ? draft.dueOn : null,
    }),
  );
  let deadline: string | null = null;
  if (reports) {
    try {
      deadline =
        mode === "date"
          ? draft.dueOn || null
          : /^\d+$/.test(draft.days) && Number(draft.days) >= 1 && draft.noticeOn
            ? correctiveDeadline({ noticeOn: draft.noticeOn, days: Number(draft.days) })
            : null;
    } catch {
      deadline = null;
    }
  }

  const check = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.instruction.trim()) local.instruction = "조치 요구 내용을 입력하세요.";
    if (hasAmount && !(Number(draft.amount.replaceAll(",", "")) > 0))
      local.amountWon = "환수액 또는 과태료 금액을 입력하세요.";
    if (!draft.noticeOn) local.noticeOn = "통보일을 입력하세요.";
    if (
      reports &&
      mode === "days" &&
      !(/^\d+$/.test(draft.days) && Number(draft.days) >= 1 && Number(draft.days) <= 365)
    )
      local.days = "기한 일수는 1~365일입니다.";
    if (reports && mode === "date" && !draft.dueOn) local.dueOn = "조치 기한을 입력하세요.";
    if (reports && mode === "date" && draft.dueOn && draft.noticeOn && draft.dueOn < draft.noticeOn)
      local.dueOn = "조치 기한은 통보일 이후여야 합니다.";
    if (passes(local)) setConfirming(true);
  };

  return (
    <div className="app-subform">
      <h4>조치 요구</h4>
      <ProblemAlert problem={problem} />
      <form className="app-form" onSubmit={check} noValidate>
        <SelectField
          id={`order-${f.id}-outcome`}
          label="조치 구분(필수)"
          options={OUTCOME_OPTIONS}
          value={outcome}
          error={errors.outcome}
          hint="주의·경고·시정·개선·보조금 환수는 기관이 조치 결과를 보고하고, 현지시정·행정처분·과태료·고발은 담당 공무원이 처리 결과를 확인합니다."
          onChange={(e) => setOutcome(e.target.value as CorrectiveOutcome)}
        />
        <TextAreaField
          id={`order-${f.id}-instruction`}
          label="조치 요구 내용(필수)"
          rows={3}
          maxLength={2000}
          placeholder="예: 운영위원회를 구성하여 분기 1회 이상 개최하고 회의록을 제출할 것"
          {...bind("instruction")}
        />
        <div className="app-field-row">
          {hasAmount ? (
            <TextField
              id={`order-${f.id}-amount`}
              label={outcome === "fine" ? "과태료(원, 필수)" : "환수액(원, 필수)"}
              inputMode="numeric"
              value={draft.amount}
              error={errors.amountWon}
              onChange={(e) => set({ amount: e.target.value })}
            />
          ) : null}
          <TextField
            id={`order-${f.id}-notice`}
            label="통보일(필수)"
            type="date"
            hint="결과 통보 예정일. 기한 일수는 다음 날부터 셉니다."
            {...bind("noticeOn")}
          />
        </div>
        {reports ? (
          <FieldGroup label="조치 기한(필수)">
            <div className="app-choices">
              <Check
                id={`order-${f.id}-mode-days`}
                type="radio"
                name={`order-${f.id}-mode`}
                label="통보일부터 일수"
                checked={mode === "days"}
                onChange={() => setMode("days")}
              />
              <Check
                id={`order-${f.id}-mode-date`}
                type="radio"
                name={`order-${f.id}-mode`}
                label="날짜 지정"
                checked={mode === "date"}
                onChange={() => setMode("date")}
              />
            </div>
            <div className="app-field-row">
              {mode === "days" ? (
                <TextField
                  id={`order-${f.id}-days`}
                  label="기한 일수"
                  inputMode="numeric"
                  {...bind("days")}
                />
              ) : (
                <TextField
                  id={`order-${f.id}-due`}
                  label="조치 기한"
                  type="date"
                  min={draft.noticeOn || undefined}
                  {...bind("dueOn")}
                />
              )}
            </div>
            <p aria-live="polite">
              {deadline ? `조치 기한: ${formatDate(deadline)}까지(당일 보고는 기한 내)` : ""}
            </p>
          </FieldGroup>
        ) : null}
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={order.isPending}>
            조치 요구 저장
          </button>
          <button type="button" className="krds-btn medium secondary" onClick={() => onClose()}>
            취소
          </button>
        </div>
      </form>
      {confirming ? (
        <ActionDialog
          title={`${CORRECTIVE_OUTCOME_LABELS[outcome]} 조치를 요구할까요?`}
          confirmLabel="조치 요구"
          run={() =>
            order.mutateAsync(undefined).catch((error) => {
              answered(error);
              throw error;
            })
          }
          onClose={(ok) => {
            setConfirming(false);
            if (ok)
              onClose(
                `「${f.title}」에 ${CORRECTIVE_OUTCOME_LABELS[outcome]} 조치를 요구했습니다${deadline ? ` (기한 ${deadline})` : ""}.`,
              );
          }}
        >
          <p>
            {reports
              ? `기관은 결과 통보 후 ${deadline ? `${formatDate(deadline)}까지` : "기한 안에"} 조치 결과를 보고해야 합니다.`
              : "기관의 보고 없이 담당 공무원이 처리 결과를 확인해 종결합니다."}
          </p>
          <p>조치를 요구한 뒤에는 지적사항을 취소할 수 없습니다.</p>
        </ActionDialog>
      ) : null}
    </div>
  );
}
