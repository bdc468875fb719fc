import { templateErrors } from "@ssis/domain";
import { type FormEvent, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import {
  type NotificationTemplate,
  usePreviewTemplate,
  useSaveTemplate,
  useTemplates,
} from "../../api/notifications";
import { errorMessage } from "../../api/problem";
import { Alert } from "../../components/Alert";
import { ErrorSummary } from "../../components/ErrorSummary";
import { LimitedTextarea, TextField } from "../../components/FormField";
import { ProblemAlert, SubmitButton } from "../../components/FormSection";
import { Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatDateTime } from "../../lib/format";
import { useFormErrors } from "../../lib/useFormErrors";
import "../../styles/work.css";

const AUDIENCE_LABELS: Record<NotificationTemplate["audience"], string> = {
  official: "공무원",
  provider: "기관",
  any: "모든 사용자",
};

const FIELD_LABELS = { subject: "제목", body: "본문" };
type Field = keyof typeof FIELD_LABELS;
const fieldId = (field: string) => `tpl-${field}`;

/**
 * 알림 문구 관리 (system administrator): every kind's message with who receives it and whether its wording was
 * changed; a kind's subject and body edited with its variables (a click inserts one where the cursor is),
 * previewed with sample values and saved. The variables a kind has are fixed by the system.
 */
export function NotificationTemplatesPage() {
  const templates = useTemplates();
  const [params, setParams] = useSearchParams();
  const chosen = params.get("kind");
  const template = templates.data?.items.find((t) => t.kind === chosen);

  return (
    <>
      <PageHeader
        title="알림 문구 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            사용자에게 보내는 알림(알림함·전자우편·문자)의 제목과 본문입니다. 변수는 보낼 때 실제 값(기관명,
            기한 등)으로 바뀝니다. 바꾼 문구는 저장한 뒤 보내는 알림부터 쓰입니다.
          </p>
        }
      />
      {templates.isPending ? <Loading label="알림 문구를 불러오는 중입니다." /> : null}
      {templates.isError ? (
        <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
      ) : null}
      {template ? (
        <TemplateEditor key={template.kind} template={template} onClose={() => setParams({})} />
      ) : null}
      {templates.data ? (
        <section className="app-section" aria-labelledby="tpl-list">
          <h2 id="tpl-list" className="app-section-title">
            알림 종류
          </h2>
          <DataTable
            label="알림 종류 표"
            caption="알림 종류: 종류, 받는 사람, 제목, 문구, 최근 변경, 수정"
            columns={["종류", "받는 사람", "제목", "문구", "최근 변경", "수정"]}
            testId="template-table"
          >
            {templates.data.items.map((t) => (
              <tr key={t.kind} aria-current={t.kind === chosen ? "true" : undefined}>
                <th scope="row">{t.label}</th>
                <td className="app-nowrap">{AUDIENCE_LABELS[t.audience]}</td>
                <td>{readable(t.subject, t.variables)}</td>
                <td className="app-nowrap">
                  {t.customised ? (
                    <span className="krds-badge bg-light-primary">변경됨</span>
                  ) : (
                    <span className="krds-badge bg-light-gray">기본 문구</span>
                  )}
                </td>
                <td className="app-nowrap">
                  {t.updatedAt ? `${formatDateTime(t.updatedAt).slice(0, 16)} ${t.updatedByName ?? ""}` : "-"}
                </td>
                <td className="app-nowrap">
                  <Link to={`?kind=${t.kind}`} className="krds-btn xsmall secondary">
                    수정<span className="sr-only">: {t.label}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </>
  );
}

/** A template's text as a reader sees it in the list: each variable by its Korean name (〈기관명〉). */
function readable(text: string, variables: NotificationTemplate["variables"]) {
  const names = new Map(variables.map((v) => [v.name, v.description]));
  return text.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g, (whole, name: string) => {
    const label = names.get(name);
    return label ? `〈${label}〉` : whole;
  });
}

function TemplateEditor({ template, onClose }: { template: NotificationTemplate; onClose: () => void }) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [saved, setSaved] = useState(false);
  const { errors, problem, passes, failed, clear } = useFormErrors();
  const save = useSaveTemplate();
  const preview = usePreviewTemplate();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where a variable goes: the field last in focus (the body unless the subject was).
  const [target, setTarget] = useState<Field>("body");
  const kind = template.kind;

  const localErrors = (): Record<string, string> => {
    const found = templateErrors(kind, { subject, body });
    return Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => !!e[1]));
  };

  const insert = (name: string) => {
    const text = `{{${name}}}`;
    const element = target === "subject" ? subjectRef.current : bodyRef.current;
    const value = target === "subject" ? subject : body;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const next = value.slice(0, start) + text + value.slice(end);
    (target === "subject" ? setSubject : setBody)(next);
    clear(target);
    setSaved(false);
    // Back to the field, the cursor after what was inserted.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!passes(localErrors())) return;
    save.mutate(
      { kind, body: { subject, body, version: template.version ?? undefined } },
      {
        onSuccess: () => setSaved(true),
        onError: (error) =>
          failed(
            error,
            "저장하지 못했습니다. 잠시 후 다시 시도하세요.",
            (detail) => `${detail} 화면을 새로 고친 뒤 다시 수정하세요.`,
          ),
      },
    );
  };

  const runPreview = () => {
    if (!passes(localErrors())) return;
    preview.mutate({ kind, subject, body });
  };

  return (
    <section className="app-section" aria-labelledby="tpl-edit">
      <h2 id="tpl-edit" className="app-section-title">
        문구 수정: {template.label}
      </h2>
      {saved ? <Alert tone="success">「{template.label}」 문구를 저장했습니다.</Alert> : null}
      <ProblemAlert problem={problem} />
      <ErrorSummary errors={errors} labels={FIELD_LABELS} idOf={fieldId} />
      <form className="app-template-editor" onSubmit={submit} noValidate>
        <div>
          <TextField
            ref={subjectRef}
            id={fieldId("subject")}
            label="제목"
            maxLength={200}
            value={subject}
            error={errors.subject}
            onFocus={() => setTarget("subject")}
            onChange={(e) => {
              setSubject(e.target.value);
              clear("subject");
              setSaved(false);
            }}
          />
          <div className="form-group">
            <div className="form-tit">
              <label htmlFor={fieldId("body")}>본문</label>
            </div>
            <div className={`form-conts${errors.body ? " is-error" : ""}`}>
              <LimitedTextarea
                ref={bodyRef}
                id={fieldId("body")}
                className="krds-input"
                rows={6}
                maxLength={2000}
                value={body}
                error={errors.body}
                aria-describedby={errors.body ? `${fieldId("body")}-error` : undefined}
                onFocus={() => setTarget("body")}
                onChange={(e) => {
                  setBody(e.target.value);
                  clear("body");
                  setSaved(false);
                }}
              />
            </div>
            {errors.body ? (
              <p className="form-hint-invalid" id={`${fieldId("body")}-error`}>
                {errors.body}
              </p>
            ) : null}
          </div>
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn medium secondary"
              disabled={preview.isPending}
              aria-busy={preview.isPending || undefined}
              onClick={runPreview}
            >
              미리보기
            </button>
            <SubmitButton pending={save.isPending} pendingLabel="저장 중…">
              저장
            </SubmitButton>
            <button type="button" className="krds-btn medium tertiary" onClick={onClose}>
              닫기
            </button>
          </div>
          {preview.isError ? (
            <Alert tone="danger" live="alert">
              {errorMessage(preview.error)}
            </Alert>
          ) : null}
          {preview.data ? (
            <div className="app-preview" data-testid="template-preview">
              <p className="app-variables__title">미리보기(예시 값)</p>
              <dl>
                <dt>제목</dt>
                <dd>{preview.data.subject}</dd>
                <dt>본문</dt>
                <dd>{preview.data.body}</dd>
              </dl>
            </div>
          ) : null}
        </div>
        <div className="app-variables">
          <p className="app-variables__title" id="tpl-variables">
            쓸 수 있는 변수
          </p>
          <p className="app-muted">누르면 {target === "subject" ? "제목" : "본문"}의 커서 위치에 넣습니다.</p>
          <ul aria-labelledby="tpl-variables">
            {template.variables.map((v) => (
              <li key={v.name}>
                <button type="button" className="krds-btn small tertiary" onClick={() => insert(v.name)}>
                  {v.description}
                  <span className="app-code">{`{{${v.name}}}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </form>
    </section>
  );
}
