import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, type InspectionKind, koreaToday } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import { createPlan, useChecklists, useOfficialMutation } from "../../api/inspections";
import { type Option, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import {
  CandidatePicker,
  checkTargets,
  type TargetDraft,
  toTargetInput,
} from "../../components/InspectionCandidatePicker";
import { ActionDialog } from "../../components/InspectionParts";
import { PageHeader } from "../../components/PageHeader";
import { Section } from "../../components/Section";
import { formatNumber } from "../../lib/format";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";

const KIND_OPTIONS: Option[] = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));

/** 점검계획 수립: title, year, kind, checklist version, and the targets with their reasons and months. */
export function InspectionPlanFormPage() {
  const navigate = useNavigate();
  const checklists = useChecklists();
  const today = koreaToday();
  const year = Number(today.slice(0, 4));
  const nextMonth = String((Number(today.slice(5, 7)) % 12) + 1);
  const [kind, setKind] = useState<InspectionKind>("regular");
  const [versionId, setVersionId] = useState("");
  const [targets, setTargets] = useState<TargetDraft[]>([]);
  const { errors, problem, setErrors, setProblem, answered } = useFormErrors();
  const { draft, bind } = useDraft(
    { title: `${year}년 정기 지도점검`, planYear: String(year), jointBodies: "", note: "" },
    errors,
  );
  const [confirming, setConfirming] = useState(false);
  const latest =
    checklists.data?.items.find((v) => v.isLatest && v.templateCode === "DEFAULT") ??
    checklists.data?.items.find((v) => v.isLatest);
  const chosenVersion = versionId || latest?.id || "";
  const create = useOfficialMutation(() =>
    createPlan({
      title: draft.title.trim(),
      planYear: Number(draft.planYear),
      kind,
      jointBodies: kind === "joint" ? draft.jointBodies.trim() || null : null,
      checklistVersionId: chosenVersion,
      note: draft.note.trim() || null,
      targets: toTargetInput(targets),
    }),
  );

  const check = (e?: FormEvent) => {
    e?.preventDefault();
    const local: Record<string, string> = { ...checkTargets(targets) };
    if (!draft.title.trim()) local.title = "계획 제목을 입력하세요.";
    if (!/^\d{4}$/.test(draft.planYear.trim())) local.planYear = "계획 연도는 네 자리 숫자입니다.";
    if (kind === "joint" && !draft.jointBodies.trim())
      local.jointBodies = "합동 점검에 참여하는 기관을 입력하세요.";
    if (!chosenVersion) local.checklistVersionId = "점검표를 고르세요.";
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) {
      setProblem("입력값을 확인하세요. 잘못된 항목 옆에 안내가 있습니다.");
      return;
    }
    setConfirming(true);
  };

  return (
    <>
      <PageHeader
        title="점검계획 수립"
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "점검계획", to: "/official/inspections/plans" },
        ]}
        description={
          <p>
            대상 후보를 시설 유형, 최근 점검일, 평가등급, 미조치 지적사항으로 찾아 고르고, 기관마다 선정
            사유와 점검 월을 정합니다. 저장한 계획은 승인 전까지 대상을 더할 수 있습니다.
          </p>
        }
      />
      <ProblemAlert problem={problem} />
      {/* Not one form: the candidate search inside has its own, and forms cannot nest. */}
      <div>
        <form className="app-section app-form" aria-labelledby="plan-basic" onSubmit={check} noValidate>
          <h2 id="plan-basic" className="app-section-title">
            계획 정보
          </h2>
          <TextField id="plan-title" label="계획 제목(필수)" maxLength={100} {...bind("title")} />
          <div className="app-field-row">
            <TextField
              id="plan-year-input"
              label="계획 연도(필수)"
              inputMode="numeric"
              maxLength={4}
              {...bind("planYear")}
            />
            <SelectField
              id="plan-kind-input"
              label="점검 구분(필수)"
              options={KIND_OPTIONS}
              value={kind}
              error={errors.kind}
              onChange={(e) => setKind(e.target.value as InspectionKind)}
            />
            <SelectField
              id="plan-checklist"
              label="점검표(필수)"
              options={(checklists.data?.items ?? []).map((v) => ({
                value: v.id,
                label: `${v.templateName} 버전 ${v.version}${v.isLatest ? " (최신)" : ""}`,
              }))}
              value={chosenVersion}
              error={errors.checklistVersionId}
              hint="계획의 모든 점검이 이 버전을 씁니다. 점검표를 고쳐도 바뀌지 않습니다."
              onChange={(e) => setVersionId(e.target.value)}
            />
          </div>
          {kind === "joint" ? (
            <TextField
              id="plan-joint"
              label="합동 점검 참여 기관(필수)"
              maxLength={200}
              placeholder="예: 소방서, 보건소"
              {...bind("jointBodies")}
            />
          ) : null}
          <TextAreaField id="plan-note" label="비고" rows={2} maxLength={2000} {...bind("note")} />
        </form>

        <Section id="plan-targets" title="대상 기관 선정">
          <CandidatePicker
            selected={targets}
            onChange={setTargets}
            errors={errors}
            defaultMonth={nextMonth}
          />
        </Section>

        <div className="app-section app-button-row">
          <button
            type="button"
            className="krds-btn medium primary"
            disabled={create.isPending}
            onClick={() => check()}
          >
            계획 저장
          </button>
          <button
            type="button"
            className="krds-btn medium secondary"
            onClick={() => navigate("/official/inspections/plans")}
          >
            취소
          </button>
        </div>
      </div>
      {confirming ? (
        <ActionDialog
          title="점검계획을 저장할까요?"
          confirmLabel="계획 저장"
          run={() =>
            create.mutateAsync(undefined).then(
              (plan) => navigate(`/official/inspections/plans/${plan.id}`),
              (error) => {
                answered(error);
                throw error;
              },
            )
          }
          onClose={() => setConfirming(false)}
        >
          <p>
            「{draft.title.trim()}」 ({draft.planYear}년 {INSPECTION_KIND_LABELS[kind]})을 대상 기관{" "}
            {formatNumber(targets.length)}
            곳으로 저장합니다. 저장한 계획은 작성 중 상태이며, 승인해야 확정됩니다.
          </p>
        </ActionDialog>
      ) : null}
    </>
  );
}
