import { type FormEvent, useRef, useState } from "react";
import { isApiError } from "../../api/problem";
import {
  type RegisterSetting,
  useRegisterSettings,
  useUpdateRegisterSetting,
} from "../../api/register-settings";
import { Notice } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDateTime, formatNumber } from "../../lib/format";

/** What a change does, for the settings whose effect is not obvious from the label. */
const EFFECTS: Record<string, string> = {
  change_request_due_days:
    "새 값은 저장한 뒤 접수되는 변경신청의 처리기한부터 적용됩니다. 이미 접수된 변경신청의 처리기한은 바뀌지 않습니다.",
};

function rangeLabel(s: Pick<RegisterSetting, "minValue" | "maxValue">): string {
  if (s.minValue === null && s.maxValue === null) return "제한 없음";
  if (s.minValue === null) return `${formatNumber(s.maxValue)} 이하`;
  if (s.maxValue === null) return `${formatNumber(s.minValue)} 이상`;
  return `${formatNumber(s.minValue)} ~ ${formatNumber(s.maxValue)}`;
}

/** The server's rule (register-settings.ts) for instant feedback: an integer within the allowed range. */
function checkValue(text: string, s: RegisterSetting): string | null {
  const trimmed = text.trim();
  if (!trimmed) return "값을 입력하세요.";
  if (!/^-?\d+$/.test(trimmed)) return "정수로 입력하세요.";
  const value = Number(trimmed);
  if ((s.minValue !== null && value < s.minValue) || (s.maxValue !== null && value > s.maxValue))
    return `${s.minValue ?? ""}~${s.maxValue ?? ""} 사이의 값을 입력하세요.`;
  if (value === s.value) return "지금 값과 같습니다. 바꿀 값을 입력하세요.";
  return null;
}

/** 등록부 설정 (시스템): values no statute fixes, kept by the system administrator (domain.md: 지침 → data). */
export function RegisterSettingsPage() {
  const settings = useRegisterSettings();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = settings.data?.find((s) => s.key === editing) ?? null;

  return (
    <>
      <PageHeader
        title="등록부 설정"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            법령이 정하지 않아 운영 기관이 정하는 등록부의 기준값입니다(예: 변경신청 처리기한). 허용 범위
            안에서만 바꿀 수 있고, 바꾼 사람·전후 값은 접속기록에 남습니다.
          </p>
        }
      />
      <Notice message={notice} />
      <Section id="setting-list" title="설정 항목">
        {settings.isPending ? <Loading label="설정을 불러오는 중입니다." /> : null}
        {settings.isError ? (
          <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : null}
        {settings.data && settings.data.length === 0 ? <EmptyState>설정 항목이 없습니다</EmptyState> : null}
        {settings.data && settings.data.length > 0 ? (
          <DataTable
            label="등록부 설정 표"
            caption="등록부 설정: 항목, 현재 값, 허용 범위, 설명, 최근 변경, 관리"
            columns={["항목", "현재 값", "허용 범위", "설명", "최근 변경", "관리"]}
            testId="register-settings"
          >
            {settings.data.map((s) => (
              <tr key={s.key}>
                <th scope="row" className="app-nowrap">
                  {s.label}
                </th>
                <td className="app-num">{formatNumber(s.value)}</td>
                <td className="app-nowrap">{rangeLabel(s)}</td>
                <td>{s.note}</td>
                <td className="app-nowrap">
                  {formatDateTime(s.updatedAt)}
                  {s.updatedByName ? ` · ${s.updatedByName}` : ""}
                </td>
                <td>
                  <button
                    type="button"
                    className="krds-btn small secondary"
                    aria-expanded={editing === s.key}
                    onClick={() => {
                      setNotice(null);
                      setEditing(s.key);
                    }}
                  >
                    변경<span className="sr-only"> ({s.label})</span>
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </Section>
      {current ? (
        <SettingForm
          key={current.key}
          setting={current}
          onCancel={() => setEditing(null)}
          onSaved={(saved, before) => {
            setEditing(null);
            setNotice(
              `「${saved.label}」 값을 바꾸었습니다: ${formatNumber(before)} → ${formatNumber(saved.value)}`,
            );
          }}
        />
      ) : null}
    </>
  );
}

/**
 * Edit one setting: the new value, then a confirmation naming the value before and after. The version the
 * administrator saw goes with the change; a change by someone else in between is refused (409), the list
 * is reloaded and the typed value stays, so the confirmation shows the value that would be replaced.
 */
function SettingForm({
  setting,
  onCancel,
  onSaved,
}: {
  setting: RegisterSetting;
  onCancel: () => void;
  onSaved: (saved: RegisterSetting, before: number) => void;
}) {
  const [text, setText] = useState(String(setting.value));
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const update = useUpdateRegisterSetting();
  const effect = EFFECTS[setting.key];

  const check = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const message = checkValue(text, setting);
    setError(message);
    if (message) {
      inputRef.current?.focus();
      return;
    }
    setConfirming(true);
  };

  const save = () => {
    setConfirming(false);
    const before = setting.value;
    update.mutate(
      { key: setting.key, value: Number(text.trim()), version: setting.version },
      {
        onSuccess: (saved) => onSaved(saved, before),
        onError: (failure) => {
          if (!isApiError(failure)) {
            setProblem("설정을 저장하지 못했습니다.");
            return;
          }
          const atField = failure.fieldErrors.value;
          setError(atField ?? null);
          if (failure.status === 409)
            setProblem(`${failure.detail} 목록을 새로 불러왔습니다. 입력한 값으로 바꾸려면 다시 저장하세요.`);
          else if (!atField) setProblem(failure.detail);
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <Section id="setting-form-title" title={<>설정 변경: {setting.label}</>}>
      <ProblemAlert problem={problem} />
      <form className="app-form" onSubmit={check} noValidate>
        <p>
          현재 값 <strong>{formatNumber(setting.value)}</strong> · 허용 범위 {rangeLabel(setting)} · 최근 변경{" "}
          {formatDateTime(setting.updatedAt)}
        </p>
        <TextField
          ref={inputRef}
          id="setting-value"
          label="새 값(필수)"
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          hint={effect ?? `허용 범위: ${rangeLabel(setting)}`}
          value={text}
          error={error}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="app-button-row">
          <button
            type="submit"
            className="krds-btn medium primary"
            disabled={update.isPending}
            aria-busy={update.isPending || undefined}
          >
            {update.isPending ? "저장 중…" : "저장"}
          </button>
          <button type="button" className="krds-btn medium tertiary" onClick={onCancel}>
            취소
          </button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title="설정을 바꿀까요?"
          confirmLabel="변경"
          onConfirm={save}
          onCancel={() => setConfirming(false)}
          cancelTone="tertiary"
        >
          <p>
            「{setting.label}」 값을 바꿉니다: <strong>{formatNumber(setting.value)}</strong> →{" "}
            <strong>{formatNumber(Number(text.trim()))}</strong>
          </p>
          {effect ? <p>{effect}</p> : null}
          <p className="app-muted">변경 내용은 접속기록에 남습니다.</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
