import { useState } from "react";
import {
  type ChecklistItem,
  type ChecklistItemInput,
  type ChecklistVersionDetail,
  createChecklistVersion,
  useChecklist,
  useChecklists,
  useOfficialMutation,
} from "../../api/inspections";
import { Alert, Notice } from "../../components/Alert";
import { CellField } from "../../components/CellField";
import { Code, ViolationCode } from "../../components/CodeLabel";
import { InlineSelect, LimitedInput, LimitedTextarea, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { ActionDialog, Check, UnverifiedBadge } from "../../components/InspectionParts";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useFormErrors } from "../../lib/useFormErrors";

/** 점검표 관리 (UWDX): versions of each template, their items (with unverified marks), and 새 버전 만들기. */
export function InspectionChecklistPage() {
  const list = useChecklists();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const latest =
    list.data?.items.find((v) => v.isLatest && v.templateCode === "DEFAULT") ?? list.data?.items[0];
  const versionId = chosen ?? latest?.id ?? null;
  const version = useChecklist(versionId);

  return (
    <>
      <PageHeader
        title="점검표 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            지도점검 점검표(점검 영역, 항목, 법적 근거, 위반 코드)를 관리합니다. 고치면 새 버전이 만들어지고,
            이미 계획하거나 진행 중인 점검은 쓰던 버전을 그대로 씁니다.
          </p>
        }
      />
      <Notice message={notice} />
      <Section id="checklist-versions" title="점검표 버전">
        {list.isPending ? <Loading label="점검표를 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data ? (
          <DataTable
            label="점검표 버전 표"
            caption="점검표 버전: 점검표, 버전, 항목 수, 근거 미확인, 변경 내용, 작성, 보기"
            columns={[
              "점검표",
              "버전",
              { header: "항목 수", className: "app-num" },
              { header: "근거 미확인", className: "app-num" },
              "변경 내용",
              "작성",
              "항목",
            ]}
            testId="checklist-versions"
          >
            {list.data.items.map((v) => (
              <tr key={v.id} aria-current={v.id === versionId ? "true" : undefined}>
                <th scope="row">{v.templateName}</th>
                <td className="app-nowrap">
                  {v.version} {v.isLatest ? <span className="krds-badge bg-light-success">최신</span> : null}
                </td>
                <td className="app-num">{formatNumber(v.itemCount)}</td>
                <td className="app-num">{formatNumber(v.unverifiedCount)}</td>
                <td>{v.changeNote}</td>
                <td className="app-nowrap">
                  {v.createdByName} · {formatDateTime(v.createdAt)}
                </td>
                <td>
                  <button
                    type="button"
                    className="krds-btn small secondary"
                    aria-pressed={v.id === versionId}
                    onClick={() => {
                      setChosen(v.id);
                      setEditing(false);
                    }}
                  >
                    {v.id === versionId ? "보는 중" : "항목 보기"}
                    <span className="sr-only">
                      {" "}
                      ({v.templateName} 버전 {v.version})
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </Section>

      {version.isPending && versionId ? <Loading label="점검 항목을 불러오는 중입니다." /> : null}
      {version.isError ? <QueryError error={version.error} onRetry={() => void version.refetch()} /> : null}
      {version.data && !editing ? <ItemsView v={version.data} onEdit={() => setEditing(true)} /> : null}
      {version.data && editing ? (
        <VersionEditor
          key={version.data.id}
          v={version.data}
          onClose={(created) => {
            setEditing(false);
            if (created) {
              setChosen(created.id);
              setNotice(
                `${created.templateName} 버전 ${created.version}을(를) 만들었습니다. 새로 계획하는 점검부터 씁니다.`,
              );
            }
          }}
        />
      ) : null}
    </>
  );
}

function ItemsView({ v, onEdit }: { v: ChecklistVersionDetail; onEdit: () => void }) {
  const [domain, setDomain] = useState("");
  const [unverifiedOnly, setUnverifiedOnly] = useState(false);
  const domains = [...new Set(v.items.map((i) => i.domain))];
  const rows = v.items.filter((i) => (!domain || i.domain === domain) && (!unverifiedOnly || !i.verified));
  return (
    <section className="app-section" aria-labelledby="checklist-items">
      <div className="app-list-header">
        <h2 id="checklist-items" className="app-section-title">
          {v.templateName} 버전 {v.version} 항목
        </h2>
        <p className="app-count">
          <strong>{formatNumber(rows.length)}</strong>/{formatNumber(v.items.length)}개 · 근거 미확인{" "}
          {formatNumber(v.unverifiedCount)}개
        </p>
        <InlineSelect
          id="checklist-domain"
          label="점검 영역"
          options={domains.map((d) => ({ value: d, label: d }))}
          value={domain}
          onChange={setDomain}
        />
        <Check
          id="checklist-unverified"
          label="근거 미확인 항목만"
          checked={unverifiedOnly}
          onChange={setUnverifiedOnly}
        />
        <div className="app-sort">
          <button type="button" className="krds-btn medium primary" onClick={onEdit}>
            이 버전으로 새 버전 만들기
          </button>
        </div>
      </div>
      {v.unverifiedCount > 0 ? (
        <Alert tone="warning" live="none" title="근거 미확인 항목">
          <p>
            <UnverifiedBadge /> 표시는 법적 근거나 처분 사례를 공개 자료로 확인하지 못한 항목입니다. 현행
            법령·지침으로 확인한 뒤 새 버전에서 '근거 확인'을 표시하세요.
          </p>
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>조건에 맞는 항목이 없습니다</EmptyState>
      ) : (
        <DataTable
          label="점검 항목 표"
          caption="점검 항목: 코드, 점검 영역, 점검 항목(적용 대상), 법적 근거, 위반행위, 근거 확인"
          columns={["코드", "점검 영역", "점검 항목", "법적 근거", "위반행위", "근거 확인"]}
          className="app-results-table"
          testId="checklist-items"
        >
          {rows.map((i) => (
            <ItemRow key={i.id} i={i} />
          ))}
        </DataTable>
      )}
    </section>
  );
}

function ItemRow({ i }: { i: ChecklistItem }) {
  return (
    <tr>
      <th scope="row" className="app-nowrap">
        <Code>{i.code}</Code>
      </th>
      <td className="app-nowrap">{i.domain}</td>
      <td className="app-item-text">
        {i.item}
        {i.appliesTo ? <p className="app-item-basis">적용 대상: {i.appliesTo}</p> : null}
        {i.typicalFinding ? <p className="app-item-basis">주요 지적 사례: {i.typicalFinding}</p> : null}
        {i.typicalOutcome ? <p className="app-item-basis">통상 조치: {i.typicalOutcome}</p> : null}
      </td>
      <td>{i.legalBasis}</td>
      <td>
        <ViolationCode code={i.violationCode} />
      </td>
      <td className="app-nowrap">{i.verified ? "확인" : <UnverifiedBadge />}</td>
    </tr>
  );
}

/** The editable cells of an item's row: its field, the id's ending, the column's name, the limit, and lines. */
const EDIT_CELLS = [
  { key: "code", id: "code", label: "코드", max: 10, rows: 0 },
  { key: "domain", id: "domain", label: "점검 영역", max: 40, rows: 0 },
  { key: "item", id: "item", label: "점검 항목", max: 1000, rows: 3 },
  { key: "legalBasis", id: "basis", label: "법적 근거", max: 1000, rows: 3 },
  { key: "violationCode", id: "violation", label: "위반 코드", max: 16, rows: 0 },
] as const;

interface EditRow extends ChecklistItemInput {
  key: number;
}

/** 새 버전 만들기: edit, add or remove items of the chosen version; saving makes the next version. */
function VersionEditor({
  v,
  onClose,
}: {
  v: ChecklistVersionDetail;
  onClose: (created?: ChecklistVersionDetail) => void;
}) {
  const [rows, setRows] = useState<EditRow[]>(() =>
    v.items.map((i, index) => ({
      key: index,
      code: i.code,
      domain: i.domain,
      item: i.item,
      legalBasis: i.legalBasis,
      appliesTo: i.appliesTo,
      violationCode: i.violationCode,
      verified: i.verified,
    })),
  );
  const [nextKey, setNextKey] = useState(v.items.length);
  const [changeNote, setChangeNote] = useState("");
  const { errors, problem, setErrors, setProblem, answered } = useFormErrors();
  const [domain, setDomain] = useState("");
  const [confirming, setConfirming] = useState(false);
  const create = useOfficialMutation(() =>
    createChecklistVersion({
      basedOnVersionId: v.id,
      changeNote: changeNote.trim(),
      items: rows.map(({ key: _key, ...item }) => ({
        ...item,
        code: item.code.trim(),
        domain: item.domain.trim(),
        item: item.item.trim(),
        legalBasis: item.legalBasis.trim(),
        appliesTo: item.appliesTo?.trim() || null,
        violationCode: item.violationCode?.trim() || null,
      })),
    }),
  );
  const domains = [...new Set(rows.map((r) => r.domain))];
  const set = (key: number, patch: Partial<EditRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const check = () => {
    const local: Record<string, string> = {};
    const codes = new Set<string>();
    rows.forEach((r, i) => {
      if (!/^[A-Z]{2,6}-\d{2,3}$/.test(r.code.trim()))
        local[`items.${i}.code`] = "항목 코드는 'ACC-01' 형식입니다.";
      else if (codes.has(r.code.trim()))
        local[`items.${i}.code`] = `항목 코드 ${r.code.trim()}가 중복됩니다.`;
      codes.add(r.code.trim());
      if (!r.domain.trim()) local[`items.${i}.domain`] = "점검 영역을 입력하세요.";
      if (!r.item.trim()) local[`items.${i}.item`] = "점검 항목을 입력하세요.";
      if (!r.legalBasis.trim()) local[`items.${i}.legalBasis`] = "법적 근거를 입력하세요.";
      if (r.violationCode?.trim() && !/^[A-Z]{2,5}-[0-9A-Za-z가-힣.]{1,10}$/.test(r.violationCode.trim()))
        local[`items.${i}.violationCode`] =
          "위반 코드 형식이 올바르지 않습니다(처분기준표의 위반 코드를 입력하세요).";
    });
    if (rows.length === 0) local.items = "점검 항목을 하나 이상 두세요.";
    if (!changeNote.trim()) local.changeNote = "변경 내용을 입력하세요.";
    setErrors(local);
    const count = Object.keys(local).length;
    setProblem(count > 0 ? `고칠 곳이 ${count}군데 있습니다. 표시된 칸을 확인하세요.` : null);
    if (count === 0) setConfirming(true);
  };

  const visible = rows.map((r, index) => ({ r, index })).filter(({ r }) => !domain || r.domain === domain);
  const field = (index: number, name: string) => errors[`items.${index}.${name}`];

  return (
    <Section
      id="checklist-editor"
      title={
        <>
          새 버전 만들기 ({v.templateName} 버전 {v.version} 기준)
        </>
      }
    >
      <ProblemAlert problem={problem} />
      <TextField
        id="checklist-change-note"
        label="변경 내용(필수)"
        maxLength={500}
        placeholder="예: 2026년 지침 반영, 전기·가스 안전점검 항목 추가"
        value={changeNote}
        error={errors.changeNote}
        onChange={(e) => setChangeNote(e.target.value)}
      />
      <div className="app-toolbar app-editor-toolbar">
        <InlineSelect
          id="editor-domain"
          label="점검 영역"
          options={domains.map((d) => ({ value: d, label: d }))}
          value={domain}
          onChange={setDomain}
        />
        <p className="app-muted">항목 {formatNumber(rows.length)}개</p>
        <div className="app-toolbar__end">
          <button
            type="button"
            className="krds-btn small secondary"
            onClick={() => {
              setRows([
                ...rows,
                {
                  key: nextKey,
                  code: "",
                  domain: domain || "",
                  item: "",
                  legalBasis: "",
                  appliesTo: null,
                  violationCode: null,
                  verified: false,
                },
              ]);
              setNextKey(nextKey + 1);
            }}
          >
            항목 추가
          </button>
        </div>
      </div>
      {errors.items ? <p className="form-hint-invalid">{errors.items}</p> : null}
      <DataTable
        label="점검 항목 편집 표"
        caption="점검 항목 편집: 코드, 점검 영역, 점검 항목, 법적 근거, 위반 코드, 근거 확인, 삭제"
        columns={["코드", "점검 영역", "점검 항목", "법적 근거", "위반 코드", "근거 확인", "삭제"]}
        className="app-edit-table"
      >
        {visible.map(({ r, index }) => {
          const label = r.code || `${index + 1}번째 항목`;
          return (
            <tr key={r.key}>
              {EDIT_CELLS.map((c) => (
                <CellField
                  key={c.key}
                  id={`edit-${r.key}-${c.id}`}
                  label={`${label} ${c.label}`}
                  error={field(index, c.key)}
                >
                  {(control) =>
                    c.rows ? (
                      <LimitedTextarea
                        {...control}
                        className="krds-input"
                        rows={c.rows}
                        maxLength={c.max}
                        value={r[c.key] ?? ""}
                        onChange={(e) => set(r.key, { [c.key]: e.target.value })}
                      />
                    ) : (
                      <LimitedInput
                        {...control}
                        className="krds-input small"
                        maxLength={c.max}
                        value={r[c.key] ?? ""}
                        onChange={(e) =>
                          set(r.key, {
                            [c.key]: c.key === "code" ? e.target.value.toUpperCase() : e.target.value,
                          })
                        }
                      />
                    )
                  }
                </CellField>
              ))}
              <td>
                <Check
                  id={`edit-${r.key}-verified`}
                  label={
                    <>
                      확인<span className="sr-only"> ({label} 근거)</span>
                    </>
                  }
                  checked={r.verified}
                  onChange={(on) => set(r.key, { verified: on })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="krds-btn small tertiary"
                  onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
                >
                  삭제<span className="sr-only"> ({label})</span>
                </button>
              </td>
            </tr>
          );
        })}
      </DataTable>
      <div className="app-section app-button-row">
        <button type="button" className="krds-btn medium primary" disabled={create.isPending} onClick={check}>
          새 버전 저장
        </button>
        <button type="button" className="krds-btn medium secondary" onClick={() => onClose()}>
          취소
        </button>
      </div>
      {confirming ? (
        <ActionDialog
          title="점검표 새 버전을 만들까요?"
          confirmLabel="새 버전 저장"
          run={() =>
            create.mutateAsync(undefined).then(
              (created) => onClose(created),
              (error) => {
                answered(error);
                throw error;
              },
            )
          }
          onClose={() => setConfirming(false)}
        >
          <p>
            항목 {formatNumber(rows.length)}개로 {v.templateName}의 새 버전을 만듭니다(버전 {v.version}은
            그대로 남습니다). 이미 계획하거나 진행 중인 점검은 쓰던 버전을 계속 씁니다.
          </p>
        </ActionDialog>
      ) : null}
    </Section>
  );
}
