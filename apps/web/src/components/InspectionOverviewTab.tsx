import { addCalendarDays, koreaToday } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { type InspectionDetail, scheduleInspection, useOfficialMutation } from "../api/inspections";
import { isApiError } from "../api/problem";
import { useUser } from "../auth/useSession";
import { formatDate, orEmpty } from "../lib/format";
import { useDraft } from "../lib/useDraft";
import { LimitedInput, TextField } from "./FormField";
import { ProblemAlert } from "./FormSection";
import { ActionDialog, Check, FieldGroup } from "./InspectionParts";
import { KeyValueTable } from "./KeyValueTable";
import { Section } from "./Section";

/** 개요·일정: what the inspection is, and while it is not started, the schedule form. */
export function InspectionOverviewTab({
  d,
  onNotice,
}: {
  d: InspectionDetail;
  onNotice: (message: string | null) => void;
}) {
  const schedulable = d.status === "planned" || d.status === "scheduled";
  return (
    <>
      <section aria-labelledby="overview-title">
        <h2 id="overview-title" className="app-section-title">
          점검 개요
        </h2>
        <KeyValueTable
          caption="점검 개요"
          rows={[
            [
              "기관",
              <Link key="i" to={`/official/institutions/${d.institutionId}`}>
                {d.institutionName}
              </Link>,
            ],
            ["지역 · 시설 유형", `${d.sidoName} ${d.sigunguName} · ${d.typeName}`],
            ["점검 구분", `${d.kindLabel} 점검`],
            [
              "점검 사유",
              <span key="r" className="app-pre">
                {d.reason}
              </span>,
            ],
            [
              "점검계획",
              d.planId ? (
                <Link key="p" to={`/official/inspections/plans/${d.planId}`}>
                  {d.planTitle}
                  {d.plannedMonth ? ` (${d.plannedMonth}월 예정)` : ""}
                </Link>
              ) : (
                "계획 밖 점검"
              ),
            ],
            ["점검표", d.checklistLabel],
            [
              "점검 일정",
              d.scheduledOn
                ? `${formatDate(d.scheduledOn)}${d.scheduledEndOn ? ` ~ ${formatDate(d.scheduledEndOn)}` : ""}`
                : "미정",
            ],
            [
              "점검반",
              d.team.length > 0
                ? d.team.map((m) => (m.position ? `${m.name}(${m.position})` : m.name)).join(", ")
                : "-",
            ],
            [
              "사전 통지",
              d.status === "planned"
                ? "-"
                : d.priorNotice
                  ? `통지함 (${formatDate(d.noticeSentOn)})`
                  : "불시 점검(사전 통지 없음)",
            ],
            ["자료 제출 기한", formatDate(d.documentsDueOn)],
            ["점검 결과", orEmpty(d.overallResultLabel)],
            [
              "점검 결과 요지",
              <span key="s" className="app-pre">
                {orEmpty(d.resultSummary)}
              </span>,
            ],
            [
              "내부 메모(공무원만 열람)",
              <span key="n" className="app-pre">
                {orEmpty(d.internalNote)}
              </span>,
            ],
            [
              "결과 통보",
              d.resultNoticeNo ? `${d.resultNoticeNo} (${formatDate(d.resultNotifiedOn)})` : "통보 전",
            ],
          ]}
        />
      </section>
      {schedulable ? <ScheduleForm d={d} onNotice={onNotice} /> : null}
    </>
  );
}

interface TeamRow {
  key: number;
  name: string;
  position: string;
}
interface DocRow {
  key: number;
  title: string;
}

/** 일정 확정: date, team, prior notice or unannounced, and the documents the institution submits first. */
function ScheduleForm({ d, onNotice }: { d: InspectionDetail; onNotice: (message: string | null) => void }) {
  const user = useUser();
  const today = koreaToday();
  const [team, setTeam] = useState<TeamRow[]>(() =>
    d.team.length > 0
      ? d.team.map((m, i) => ({ key: i, name: m.name, position: m.position }))
      : [{ key: 0, name: user.name, position: "" }],
  );
  const [priorNotice, setPriorNotice] = useState(d.status === "planned" ? true : d.priorNotice);
  const [docs, setDocs] = useState<DocRow[]>(() => (d.documents.length > 0 ? [] : [{ key: 0, title: "" }]));
  const [nextKey, setNextKey] = useState(100);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { draft, bind } = useDraft(
    {
      scheduledOn: d.scheduledOn ?? addCalendarDays(today, 14),
      scheduledEndOn: d.scheduledEndOn ?? "",
      documentsDueOn: d.documentsDueOn ?? "",
    },
    errors,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const schedule = useOfficialMutation(() =>
    scheduleInspection(d.id, {
      version: d.version,
      scheduledOn: draft.scheduledOn,
      scheduledEndOn: draft.scheduledEndOn || null,
      team: team.map((m) => ({ name: m.name.trim(), position: m.position.trim() })),
      priorNotice,
      documentsDueOn: priorNotice && draft.documentsDueOn ? draft.documentsDueOn : null,
      documents: priorNotice ? docs.map((x) => x.title.trim()).filter(Boolean) : [],
    }),
  );

  const check = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    const newDocs = docs.map((x) => x.title.trim()).filter(Boolean);
    if (!draft.scheduledOn) local.scheduledOn = "점검일을 입력하세요.";
    if (draft.scheduledEndOn && draft.scheduledEndOn < draft.scheduledOn)
      local.scheduledEndOn = "종료일은 점검일 이후여야 합니다.";
    if (team.length === 0) local.team = "점검반을 한 명 이상 지정하세요.";
    team.forEach((m, i) => {
      if (!m.name.trim()) local[`team.${i}.name`] = "점검반원 이름을 입력하세요.";
    });
    if (priorNotice && newDocs.length > 0 && !draft.documentsDueOn)
      local.documentsDueOn = "자료 제출 기한을 입력하세요.";
    if (priorNotice && draft.documentsDueOn && draft.scheduledOn && draft.documentsDueOn > draft.scheduledOn)
      local.documentsDueOn = "자료 제출 기한은 점검일 이전이어야 합니다.";
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) {
      setProblem("입력값을 확인하세요. 잘못된 항목 옆에 안내가 있습니다.");
      return;
    }
    setConfirming(true);
  };

  const newDocCount = docs.filter((x) => x.title.trim()).length;
  return (
    <Section id="schedule-title" title={d.status === "planned" ? "점검 일정 확정" : "점검 일정 변경"}>
      <ProblemAlert problem={problem} />
      <form className="app-form" onSubmit={check} noValidate>
        <div className="app-field-row">
          <TextField id="schedule-on" label="점검일(필수)" type="date" {...bind("scheduledOn")} />
          <TextField
            id="schedule-end"
            label="점검 종료일"
            type="date"
            hint="하루에 끝나면 비워 두세요."
            min={draft.scheduledOn || undefined}
            {...bind("scheduledEndOn")}
          />
        </div>

        <FieldGroup label="점검반(필수)">
          {errors.team ? <p className="form-hint-invalid">{errors.team}</p> : null}
          <div className="krds-table-wrap app-medium">
            <table className="tbl col data app-table app-team-table">
              <caption className="sr-only">점검반: 이름, 직위</caption>
              <thead>
                <tr>
                  <th scope="col">이름</th>
                  <th scope="col">직위</th>
                  <th scope="col">삭제</th>
                </tr>
              </thead>
              <tbody>
                {team.map((m, i) => {
                  const error = errors[`team.${i}.name`];
                  return (
                    <tr key={m.key}>
                      <td>
                        <label className="sr-only" htmlFor={`team-${m.key}-name`}>
                          {i + 1}번째 점검반원 이름
                        </label>
                        <LimitedInput
                          id={`team-${m.key}-name`}
                          className="krds-input small"
                          maxLength={40}
                          aria-invalid={error ? true : undefined}
                          value={m.name}
                          onChange={(e) =>
                            setTeam(team.map((x) => (x.key === m.key ? { ...x, name: e.target.value } : x)))
                          }
                        />
                        {error ? <p className="form-hint-invalid">{error}</p> : null}
                      </td>
                      <td>
                        <label className="sr-only" htmlFor={`team-${m.key}-position`}>
                          {i + 1}번째 점검반원 직위
                        </label>
                        <LimitedInput
                          id={`team-${m.key}-position`}
                          className="krds-input small"
                          maxLength={40}
                          placeholder="예: 주무관"
                          value={m.position}
                          onChange={(e) =>
                            setTeam(
                              team.map((x) => (x.key === m.key ? { ...x, position: e.target.value } : x)),
                            )
                          }
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="krds-btn small tertiary"
                          disabled={team.length === 1}
                          onClick={() => setTeam(team.filter((x) => x.key !== m.key))}
                        >
                          삭제<span className="sr-only"> ({i + 1}번째 점검반원)</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p>
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={team.length >= 20}
              onClick={() => {
                setTeam([...team, { key: nextKey, name: "", position: "" }]);
                setNextKey(nextKey + 1);
              }}
            >
              점검반원 추가
            </button>
          </p>
        </FieldGroup>

        <div className="form-group">
          <Check
            id="schedule-prior-notice"
            label="기관에 사전 통지"
            checked={priorNotice}
            describedBy="schedule-prior-notice-hint"
            onChange={setPriorNotice}
          />
          <div className="form-hint" id="schedule-prior-notice-hint">
            사전 통지하면 기관이 일정과 요청 자료를 바로 볼 수 있습니다. 불시 점검은 결과를 통보할 때까지
            기관에 보이지 않으며, 사전 점검자료를 요청할 수 없습니다.
          </div>
        </div>

        {priorNotice ? (
          <FieldGroup label="사전 점검자료 요청">
            {d.documents.length > 0 ? (
              <p>
                이미 요청한 자료: {d.documents.map((x) => x.title).join(", ")}. 아래에 적은 자료는 추가로
                요청됩니다.
              </p>
            ) : null}
            {errors.documents ? <p className="form-hint-invalid">{errors.documents}</p> : null}
            <ul className="app-files">
              {docs.map((x, i) => (
                <li key={x.key} className="app-inline-field">
                  <label htmlFor={`doc-${x.key}`}>요청 자료 {i + 1}</label>
                  <LimitedInput
                    id={`doc-${x.key}`}
                    className="krds-input small"
                    maxLength={200}
                    placeholder="예: 2025회계연도 결산서"
                    aria-invalid={errors[`documents.${i}`] ? true : undefined}
                    value={x.title}
                    onChange={(e) =>
                      setDocs(docs.map((y) => (y.key === x.key ? { ...y, title: e.target.value } : y)))
                    }
                  />
                  <button
                    type="button"
                    className="krds-btn small tertiary"
                    onClick={() => setDocs(docs.filter((y) => y.key !== x.key))}
                  >
                    삭제<span className="sr-only"> (요청 자료 {i + 1})</span>
                  </button>
                  {errors[`documents.${i}`] ? (
                    <p className="form-hint-invalid">{errors[`documents.${i}`]}</p>
                  ) : null}
                </li>
              ))}
            </ul>
            <p>
              <button
                type="button"
                className="krds-btn small secondary"
                onClick={() => {
                  setDocs([...docs, { key: nextKey, title: "" }]);
                  setNextKey(nextKey + 1);
                }}
              >
                요청 자료 추가
              </button>
            </p>
            <div className="app-field-row">
              <TextField
                id="schedule-docs-due"
                label="자료 제출 기한"
                type="date"
                max={draft.scheduledOn || undefined}
                hint="점검일 이전이어야 합니다."
                {...bind("documentsDueOn")}
              />
            </div>
          </FieldGroup>
        ) : null}

        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={schedule.isPending}>
            {d.status === "planned" ? "일정 확정" : "일정 변경"}
          </button>
        </div>
      </form>
      {confirming ? (
        <ActionDialog
          title={d.status === "planned" ? "점검 일정을 확정할까요?" : "점검 일정을 바꿀까요?"}
          confirmLabel={d.status === "planned" ? "일정 확정" : "일정 변경"}
          run={() =>
            schedule.mutateAsync(undefined).catch((error) => {
              if (isApiError(error)) setErrors({ ...error.fieldErrors });
              throw error;
            })
          }
          onClose={(done) => {
            setConfirming(false);
            if (done) {
              setDocs([]);
              onNotice(
                priorNotice
                  ? "점검 일정을 확정하고 기관에 사전 통지했습니다."
                  : "점검 일정을 확정했습니다(불시 점검: 기관에 알리지 않음).",
              );
            }
          }}
        >
          <p>
            점검일 {formatDate(draft.scheduledOn)}
            {draft.scheduledEndOn ? ` ~ ${formatDate(draft.scheduledEndOn)}` : ""}, 점검반{" "}
            {team.map((m) => m.name.trim()).join(", ")}.
          </p>
          <p>
            {priorNotice
              ? `${d.institutionName}에 일정을 사전 통지합니다${
                  newDocCount > 0
                    ? ` (요청 자료 ${newDocCount}건, 제출 기한 ${formatDate(draft.documentsDueOn)})`
                    : ""
                }.`
              : "불시 점검입니다. 결과를 통보할 때까지 기관에 알리지 않습니다."}
          </p>
        </ActionDialog>
      ) : null}
    </Section>
  );
}
