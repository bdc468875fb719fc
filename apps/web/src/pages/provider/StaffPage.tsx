import {
  checkEmploymentPeriod,
  checkWeeklyHours,
  EMPLOYMENT_KIND_LABELS,
  EMPLOYMENT_KINDS,
  koreaToday,
} from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/problem";
import {
  createStaff,
  downloadOwnStaffExcel,
  type EmploymentKind,
  endStaff,
  type ImportReport,
  importStaff,
  STAFF_TEMPLATE_URL,
  type Staff,
  updateStaff,
  useJobTypes,
  useOwnStaff,
  useStaffMutation,
} from "../../api/staff";
import { useUser } from "../../auth/useSession";
import { Alert, Notice } from "../../components/Alert";
import { type EndInput, EndRecordDialog } from "../../components/EndRecordDialog";
import { FilePicker, SelectField, TextField } from "../../components/FormField";
import { FormButtons, FormSection, ProblemAlert, SubmitButton } from "../../components/FormSection";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { RowButtons } from "../../components/RowButtons";
import { Section } from "../../components/Section";
import { STAFF_LIST, StaffList, staffQuery } from "../../components/StaffList";
import { formatDate, formatNumber, orEmpty } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useDraft } from "../../lib/useDraft";
import { refreshListAndRetry, useFormErrors } from "../../lib/useFormErrors";
import { useRecordEditing } from "../../lib/useRecordEditing";

const KIND_OPTIONS = EMPLOYMENT_KINDS.map((k) => ({ value: k, label: EMPLOYMENT_KIND_LABELS[k] }));

/** 종사자 관리 (CWSU): list, add/edit, 퇴사 처리, 엑셀 일괄등록. */
export function StaffPage() {
  const user = useUser();
  const list = useListParams(STAFF_LIST);
  const staff = useOwnStaff(staffQuery(list));
  const page = useRecordEditing<Staff>();
  const jobTypes = useJobTypes();
  const isAdmin = user.role === "provider_admin";

  return (
    <>
      <PageHeader
        title="종사자 관리"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>우리 기관 종사자의 입·퇴사, 직종, 자격을 관리합니다. 변경 내용은 접속기록에 남습니다.</p>
        }
        actions={
          <button type="button" className="krds-btn medium primary" onClick={page.add}>
            종사자 등록
          </button>
        }
      />
      <Notice message={page.notice} />
      {page.form ? <StaffForm key={page.formKey} {...page.form} jobTypes={jobTypes.data ?? []} /> : null}

      <StaffList
        list={list}
        query={staff}
        title="종사자 목록"
        idPrefix="staff"
        jobTypes={(jobTypes.data ?? []).map((j) => ({ value: j.code, label: j.name }))}
        download={downloadOwnStaffExcel}
        actions={(s) => (
          <RowButtons
            name={s.name}
            buttons={[
              { label: "수정", onClick: () => page.edit(s) },
              isAdmin && s.isActive && { label: "퇴사 처리", tone: "tertiary", onClick: () => page.end(s) },
            ]}
          />
        )}
      />

      <StaffImport onSaved={(n) => page.setNotice(`종사자 ${formatNumber(n)}명을 일괄 등록했습니다.`)} />

      {page.ending ? <EndDialog staff={page.ending} onClose={page.closeEnd} /> : null}
    </>
  );
}

interface FormState {
  name: string;
  jobTypeCode: string;
  qualification: string;
  licenseNo: string;
  employmentKind: EmploymentKind;
  weeklyHours: string;
  hiredOn: string;
}

function StaffForm({
  initial,
  jobTypes,
  onDone,
  onCancel,
}: {
  initial: Staff | null;
  jobTypes: { code: string; name: string }[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft: form, bind } = useDraft<FormState>(
    {
      name: initial?.name ?? "",
      jobTypeCode: initial?.jobTypeCode ?? "",
      qualification: initial?.qualification ?? "",
      licenseNo: initial?.licenseNo ?? "",
      employmentKind: initial?.employmentKind ?? "full_time",
      weeklyHours:
        initial?.weeklyHours === null || initial?.weeklyHours === undefined
          ? ""
          : String(initial.weeklyHours),
      hiredOn: initial?.hiredOn ?? "",
    },
    errors,
  );
  const save = useStaffMutation(async (f: FormState) => {
    const body = {
      name: f.name.trim(),
      jobTypeCode: f.jobTypeCode,
      qualification: f.qualification.trim() || null,
      licenseNo: f.licenseNo.trim() || null,
      employmentKind: f.employmentKind,
      weeklyHours: f.weeklyHours.trim() === "" ? null : Number(f.weeklyHours),
      hiredOn: f.hiredOn,
    };
    return initial ? updateStaff(initial.id, { ...body, version: initial.version }) : createStaff(body);
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // the same rules as the server, for instant feedback; the server decides
    const local: Record<string, string> = {};
    if (!form.name.trim()) local.name = "성명을 입력하세요.";
    if (!form.jobTypeCode) local.jobTypeCode = "직종을 선택하세요.";
    if (!form.hiredOn) local.hiredOn = "입사일을 입력하세요.";
    const hours = form.weeklyHours.trim() === "" ? null : Number(form.weeklyHours);
    if (hours !== null && Number.isNaN(hours)) local.weeklyHours = "주당 근무시간은 숫자입니다.";
    else for (const p of checkWeeklyHours(form.employmentKind, hours)) local[p.field] = p.message;
    if (form.hiredOn)
      for (const p of checkEmploymentPeriod({
        hiredOn: form.hiredOn,
        leftOn: initial?.leftOn,
        today: koreaToday(),
      }))
        local[p.field] = p.message;
    if (!passes(local)) return;
    save.mutate(form, {
      onSuccess: (saved) =>
        onDone(initial ? `${saved.name} 님의 정보를 수정했습니다.` : `${saved.name} 님을 등록했습니다.`),
      onError: (error) => failed(error, "저장하지 못했습니다.", refreshListAndRetry),
    });
  };

  return (
    <FormSection
      id="staff-form-title"
      title={initial ? `종사자 정보 수정: ${initial.name}` : "종사자 등록"}
      problem={problem}
      onSubmit={submit}
    >
      <TextField id="staff-name" label="성명" required {...bind("name")} />
      <SelectField
        id="staff-jobType"
        label="직종"
        required
        options={jobTypes.map((j) => ({ value: j.code, label: j.name }))}
        placeholder="선택하세요"
        {...bind("jobTypeCode")}
      />
      <TextField id="staff-qualification" label="자격(증)명" {...bind("qualification")} />
      <TextField id="staff-license" label="자격·면허번호" {...bind("licenseNo")} />
      <SelectField
        id="staff-kind"
        label="근무형태"
        required
        options={KIND_OPTIONS}
        {...bind("employmentKind")}
      />
      <TextField
        id="staff-hours"
        label="주당 근무시간"
        inputMode="decimal"
        hint="0 초과 52 이하, 시간제는 40 미만"
        {...bind("weeklyHours")}
      />
      <TextField
        id="staff-hiredOn"
        label="입사일"
        type="date"
        required
        {...bind("hiredOn")}
        max={koreaToday()}
      />
      <FormButtons pending={save.isPending} onCancel={onCancel} />
    </FormSection>
  );
}

function EndDialog({ staff, onClose }: { staff: Staff; onClose: (message: string | null) => void }) {
  const end = useStaffMutation(({ date, reason }: EndInput) =>
    endStaff(staff.id, { leftOn: date, endReason: reason, version: staff.version }),
  );
  return (
    <EndRecordDialog
      title="퇴사 처리"
      confirmLabel="퇴사 처리"
      intro={
        <>
          <strong>{staff.name}</strong>({staff.jobTypeName}, {formatDate(staff.hiredOn)} 입사) 님을 퇴사
          처리합니다. 처리 후에는 되돌릴 수 없습니다.
        </>
      }
      date={{ id: "end-leftOn", field: "leftOn", label: "퇴사일" }}
      reason={{
        id: "end-reason",
        field: "endReason",
        label: "퇴사 사유",
        missing: "퇴사 사유를 2자 이상 입력하세요.",
      }}
      check={({ date }) =>
        Object.fromEntries(
          checkEmploymentPeriod({ hiredOn: staff.hiredOn, leftOn: date, today: koreaToday() }).map((p) => [
            p.field,
            p.message,
          ]),
        )
      }
      mutation={end}
      success={({ date }) => `${staff.name} 님을 ${date} 자로 퇴사 처리했습니다.`}
      failure="퇴사 처리하지 못했습니다."
      onClose={onClose}
    />
  );
}

function StaffImport({ onSaved }: { onSaved: (n: number) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useStaffMutation((f: File) => importStaff(f));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!file) {
      setProblem("올릴 엑셀 파일을 선택하세요.");
      return;
    }
    upload.mutate(file, {
      onSuccess: (r) => {
        setReport(r);
        if (r.ok) onSaved(r.saved);
      },
      onError: (error) => {
        setReport(null);
        setProblem(
          isApiError(error) ? (Object.values(error.fieldErrors)[0] ?? error.detail) : "올리지 못했습니다.",
        );
      },
    });
  };
  const failed = report?.rows.filter((r) => r.errors.length > 0) ?? [];
  return (
    <Section id="staff-import-title" title="엑셀 일괄등록">
      <p>
        양식을 내려받아 2행부터 입력한 뒤 올리세요. 모든 행이 올바를 때만 한꺼번에 저장되고, 한 행이라도
        틀리면 아무것도 저장되지 않습니다.{" "}
        <a className="krds-btn small secondary" href={STAFF_TEMPLATE_URL} download>
          양식 내려받기
        </a>
      </p>
      <form className="app-form" onSubmit={submit}>
        <div className="form-group">
          <div className="form-tit">
            <label htmlFor="staff-file">엑셀 파일(.xlsx, 5MB 이하)</label>
          </div>
          <div className="form-conts app-upload">
            <FilePicker
              id="staff-file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              file={file}
              onFile={setFile}
            />
            <SubmitButton size="small" pending={upload.isPending} pendingLabel="확인 중…">
              올리기
            </SubmitButton>
          </div>
        </div>
      </form>
      <ProblemAlert problem={problem} />
      {report?.ok ? <Alert tone="success">{formatNumber(report.saved)}명을 모두 저장했습니다.</Alert> : null}
      {report && !report.ok ? (
        <>
          <Alert tone="danger" live="alert" title="저장하지 않았습니다">
            전체 {formatNumber(report.rows.length)}행 중 {formatNumber(failed.length)}행에 오류가 있습니다.
            고친 뒤 파일 전체를 다시 올리세요.
          </Alert>
          <DataTable
            label="일괄등록 행별 오류 표"
            caption="행별 검사 결과: 엑셀 행 번호, 성명, 항목, 오류 내용"
            columns={["행", "성명", "항목", "오류 내용"]}
          >
            {failed.flatMap((r) =>
              r.errors.map((e) => (
                <tr key={`${r.row}-${e.column}-${e.message}`}>
                  <th scope="row" className="app-num">
                    {r.row}
                  </th>
                  <td>{orEmpty(r.name)}</td>
                  <td className="app-nowrap">{e.column}</td>
                  <td className="app-error-text">{e.message}</td>
                </tr>
              )),
            )}
          </DataTable>
        </>
      ) : null}
    </Section>
  );
}
