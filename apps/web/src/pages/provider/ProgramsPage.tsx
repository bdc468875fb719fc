import {
  checkProgram,
  koreaToday,
  PROGRAM_FUNDING_LABELS,
  PROGRAM_FUNDING_SOURCES,
  type ProgramCategory,
  type ProgramFundingSource,
} from "@ssis/domain";
import type { FormEvent } from "react";
import {
  createProgram,
  endProgram,
  type Program,
  programExportUrl,
  updateProgram,
  useOwnPrograms,
  useProgramMutation,
} from "../../api/programs";
import { useUser } from "../../auth/useSession";
import { Notice } from "../../components/Alert";
import { type EndInput, EndRecordDialog } from "../../components/EndRecordDialog";
import { SelectField, TextField } from "../../components/FormField";
import { FormButtons, FormSection } from "../../components/FormSection";
import { PageHeader } from "../../components/PageHeader";
import { CATEGORY_OPTIONS, ProgramList, programList, programQuery } from "../../components/ProgramParts";
import { RowButtons } from "../../components/RowButtons";
import { formatDate } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useDraft } from "../../lib/useDraft";
import { refreshListAndRetry, useFormErrors } from "../../lib/useFormErrors";
import { useRecordEditing } from "../../lib/useRecordEditing";

const FUNDING_OPTIONS = PROGRAM_FUNDING_SOURCES.map((f) => ({ value: f, label: PROGRAM_FUNDING_LABELS[f] }));

const ONGOING = programList("ongoing");

/** 프로그램 관리 (CWSU): list with filters, add (관리자·직원), edit and 종료 처리 (관리자), Excel download. */
export function ProgramsPage() {
  const user = useUser();
  const isAdmin = user.role === "provider_admin";
  const list = useListParams(ONGOING);
  const programs = useOwnPrograms(programQuery(list));
  const page = useRecordEditing<Program>();

  return (
    <>
      <PageHeader
        title="프로그램 관리"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>
            우리 기관이 운영하는 프로그램을 등록하고 관리합니다. 끝난 프로그램은 삭제하지 않고 종료일을
            기록합니다. 변경 내용은 접속기록에 남습니다.
          </p>
        }
        actions={
          <>
            <a className="krds-btn medium secondary" href={programExportUrl(programQuery(list))} download>
              엑셀 내려받기
            </a>
            <button type="button" className="krds-btn medium primary" onClick={page.add}>
              프로그램 등록
            </button>
          </>
        }
      />
      <Notice message={page.notice} />
      {page.form ? <ProgramForm key={page.formKey} {...page.form} /> : null}

      <ProgramList
        list={list}
        query={programs}
        idPrefix="program"
        actions={
          isAdmin
            ? (p) => (
                <RowButtons
                  name={p.name}
                  buttons={[
                    { label: "수정", onClick: () => page.edit(p) },
                    !p.endedOn && { label: "종료 처리", tone: "tertiary", onClick: () => page.end(p) },
                  ]}
                />
              )
            : undefined
        }
      />

      {page.ending ? <EndDialog program={page.ending} onClose={page.closeEnd} /> : null}
    </>
  );
}

interface FormState {
  name: string;
  category: ProgramCategory | "";
  targetGroup: string;
  startedOn: string;
  endedOn: string;
  sessionsPerMonth: string;
  participants: string;
  fundingSource: ProgramFundingSource | "";
  description: string;
}

function ProgramForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: Program | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft: form, bind } = useDraft<FormState>(
    {
      name: initial?.name ?? "",
      category: initial?.category ?? "",
      targetGroup: initial?.targetGroup ?? "",
      startedOn: initial?.startedOn ?? "",
      endedOn: initial?.endedOn ?? "",
      sessionsPerMonth: initial ? String(initial.sessionsPerMonth) : "",
      participants: initial ? String(initial.participants) : "",
      fundingSource: initial?.fundingSource ?? "",
      description: initial?.description ?? "",
    },
    errors,
  );
  const save = useProgramMutation(async (f: FormState) => {
    const body = {
      name: f.name.trim(),
      category: f.category as ProgramCategory,
      targetGroup: f.targetGroup.trim(),
      startedOn: f.startedOn,
      sessionsPerMonth: Number(f.sessionsPerMonth),
      participants: Number(f.participants),
      fundingSource: f.fundingSource as ProgramFundingSource,
      description: f.description.trim() || null,
    };
    return initial
      ? updateProgram(initial.id, { ...body, version: initial.version })
      : createProgram({ ...body, endedOn: f.endedOn || null });
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // the same rules as the server, for instant feedback; the server decides
    const local: Record<string, string> = {};
    if (!form.name.trim()) local.name = "프로그램명을 입력하세요.";
    if (!form.category) local.category = "분야를 선택하세요.";
    if (!form.targetGroup.trim()) local.targetGroup = "대상을 입력하세요.";
    if (!form.startedOn) local.startedOn = "시작일을 입력하세요.";
    if (!form.fundingSource) local.fundingSource = "재원(자체·보조금·후원금·기타)을 선택하세요.";
    if (form.sessionsPerMonth.trim() === "") local.sessionsPerMonth = "월 운영 횟수를 입력하세요.";
    if (form.participants.trim() === "") local.participants = "참여 인원을 입력하세요.";
    if (form.startedOn)
      for (const p of checkProgram({
        startedOn: form.startedOn,
        endedOn: form.endedOn || null,
        sessionsPerMonth: Number(form.sessionsPerMonth || 0),
        participants: Number(form.participants || 0),
        today: koreaToday(),
      }))
        local[p.field] ??= p.message;
    if (!passes(local)) return;
    save.mutate(form, {
      onSuccess: (saved) =>
        onDone(initial ? `${saved.name} 프로그램을 수정했습니다.` : `${saved.name} 프로그램을 등록했습니다.`),
      onError: (error) => failed(error, "저장하지 못했습니다.", refreshListAndRetry),
    });
  };

  return (
    <FormSection
      id="program-form-title"
      title={initial ? `프로그램 수정: ${initial.name}` : "프로그램 등록"}
      problem={problem}
      onSubmit={submit}
    >
      <TextField id="program-name" label="프로그램명" required {...bind("name")} />
      <SelectField
        id="program-category-input"
        label="분야"
        required
        options={CATEGORY_OPTIONS}
        placeholder="선택하세요"
        {...bind("category")}
      />
      <TextField
        id="program-target"
        label="대상"
        required
        hint="예: 입소자 전체, 경도인지장애 이용자"
        {...bind("targetGroup")}
      />
      <TextField
        id="program-startedOn"
        label="시작일"
        type="date"
        required
        max={koreaToday()}
        {...bind("startedOn")}
      />
      {initial ? null : (
        <TextField
          id="program-endedOn"
          label="종료일"
          type="date"
          hint="이미 끝난 프로그램을 기록할 때만 입력합니다."
          min={form.startedOn || undefined}
          {...bind("endedOn")}
        />
      )}
      <TextField
        id="program-sessions"
        label="월 운영 횟수(회)"
        inputMode="numeric"
        required
        hint="0~100회"
        {...bind("sessionsPerMonth")}
      />
      <TextField
        id="program-participants"
        label="참여 인원(명)"
        inputMode="numeric"
        required
        {...bind("participants")}
      />
      <SelectField
        id="program-funding"
        label="재원"
        required
        options={FUNDING_OPTIONS}
        placeholder="선택하세요"
        {...bind("fundingSource")}
      />
      <TextField id="program-description" label="내용" {...bind("description")} />
      <FormButtons pending={save.isPending} onCancel={onCancel} />
    </FormSection>
  );
}

function EndDialog({ program, onClose }: { program: Program; onClose: (message: string | null) => void }) {
  const end = useProgramMutation(({ date }: EndInput) =>
    endProgram(program.id, { endedOn: date, version: program.version }),
  );
  return (
    <EndRecordDialog
      title="프로그램 종료 처리"
      confirmLabel="종료 처리"
      intro={
        <>
          <strong>{program.name}</strong>({formatDate(program.startedOn)} 시작) 프로그램을 종료합니다. 종료한
          프로그램은 목록의 &lsquo;종료&rsquo;에 남으며 되돌릴 수 없습니다.
        </>
      }
      date={{ id: "program-end-date", field: "endedOn", label: "종료일" }}
      check={({ date }): Record<string, string> => {
        if (!date) return { endedOn: "종료일을 입력하세요." };
        if (date < program.startedOn) return { endedOn: "종료일은 시작일과 같거나 그 이후여야 합니다." };
        return {};
      }}
      mutation={end}
      success={({ date }) => `${program.name} 프로그램을 ${date} 자로 종료했습니다.`}
      failure="종료 처리하지 못했습니다."
      onClose={onClose}
    />
  );
}
