import { ITEM_RESULT_LABELS, ITEM_RESULTS, type ItemResult } from "@ssis/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import {
  type InspectionDetail,
  type ItemResultRow,
  inspectionKeys,
  officialFileUrl,
  saveResults,
  UPLOAD_HINT,
  uploadEvidence,
  useOfficialMutation,
} from "../api/inspections";
import { isApiError } from "../api/problem";
import { formatNumber } from "../lib/format";
import { Alert, LiveRegion } from "./Alert";
import { Code, ViolationCode } from "./CodeLabel";
import { InlineSelect, LimitedTextarea } from "./FormField";
import { ProblemAlert } from "./FormSection";
import { FileList, FileUpload, ResultBadge, UnverifiedBadge } from "./InspectionParts";
import { EmptyState } from "./Loading";
import { Modal } from "./Modal";
import { ScrollTable } from "./TableWrap";

/** How labels name a checklist item: by its number in the checklist, as the table shows it. */
const itemName = (item: { position: number }) => `${item.position}번 항목`;

interface Edit {
  result: ItemResult | "";
  note: string;
}
type ResultFilter = "" | "missing" | ItemResult;

/**
 * 점검표: results item by item, grouped by 점검 영역. Changes stay on screen until 저장 (a failed save
 * keeps them); 부적합 needs 확인 내용; "미입력 항목 모두 적합" fills the rest in one go.
 */
export function InspectionResultsTab({
  d,
  onNotice,
  onAddFinding,
}: {
  d: InspectionDetail;
  onNotice: (message: string | null) => void;
  onAddFinding: (itemId: string) => void;
}) {
  const qc = useQueryClient();
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [domain, setDomain] = useState("");
  const [filter, setFilter] = useState<ResultFilter>("");
  const [evidenceFor, setEvidenceFor] = useState<ItemResultRow | null>(null);
  const [announce, setAnnounce] = useState<string | null>(null);
  const editable = d.canRecord;
  const save = useOfficialMutation((rows: { itemId: string; result: ItemResult; note: string | null }[]) =>
    saveResults(d.id, { results: rows }),
  );

  const current = (item: ItemResultRow): Edit =>
    edits[item.itemId] ?? { result: item.result ?? "", note: item.note ?? "" };
  const isDirty = (item: ItemResultRow) => {
    const e = edits[item.itemId];
    return !!e && (e.result !== (item.result ?? "") || e.note.trim() !== (item.note ?? "").trim());
  };
  const setEdit = (item: ItemResultRow, patch: Partial<Edit>) => {
    setEdits((all) => ({ ...all, [item.itemId]: { ...current(item), ...patch } }));
    if (errors[item.itemId]) setErrors(({ [item.itemId]: _, ...rest }) => rest);
  };

  const domains = useMemo(() => [...new Set(d.items.map((i) => i.domain))], [d.items]);
  const visible = d.items.filter((item) => {
    if (domain && item.domain !== domain) return false;
    const r = current(item).result;
    if (filter === "missing") return r === "";
    if (filter) return r === filter;
    return true;
  });
  const groups = domains
    .map((name) => ({ name, items: visible.filter((i) => i.domain === name) }))
    .filter((g) => g.items.length > 0);
  const dirty = d.items.filter(isDirty);
  const counts = Object.fromEntries(
    ITEM_RESULTS.map((r) => [r, d.items.filter((i) => current(i).result === r).length]),
  ) as Record<ItemResult, number>;
  const missingCount = d.items.filter((i) => current(i).result === "").length;
  const withFinding = new Set(
    d.findingList.filter((f) => f.status !== "withdrawn" && f.itemId).map((f) => f.itemId as string),
  );

  const fillCompliant = (items: ItemResultRow[], scope: string) => {
    const targets = items.filter((i) => current(i).result === "");
    if (targets.length === 0) {
      setAnnounce(`${scope}에 결과가 없는 항목이 없습니다.`);
      return;
    }
    setEdits((all) => {
      const next = { ...all };
      for (const i of targets) next[i.itemId] = { result: "compliant", note: current(i).note };
      return next;
    });
    setAnnounce(
      `${scope}의 미입력 ${targets.length}개 항목을 적합으로 표시했습니다. 저장을 눌러야 반영됩니다.`,
    );
  };

  const onSave = () => {
    const rows = d.items.filter(isDirty);
    const local: Record<string, string> = {};
    for (const item of rows) {
      const e = current(item);
      if (e.result === "non_compliant" && !e.note.trim())
        local[item.itemId] = "부적합 항목은 확인 내용을 적어야 합니다.";
    }
    const toSend = rows.filter((item) => current(item).result !== "");
    setErrors(local);
    onNotice(null);
    if (Object.keys(local).length > 0) {
      setProblem(`확인 내용이 없는 부적합 항목이 ${Object.keys(local).length}개 있습니다.`);
      return;
    }
    if (toSend.length === 0) {
      setProblem("저장할 변경이 없습니다. 결과를 고른 뒤 저장하세요.");
      return;
    }
    setProblem(null);
    const body = toSend.map((item) => {
      const e = current(item);
      return { itemId: item.itemId, result: e.result as ItemResult, note: e.note.trim() || null };
    });
    save.mutate(body, {
      onSuccess: () => {
        setEdits({});
        onNotice(`점검 결과 ${formatNumber(body.length)}개 항목을 저장했습니다.`);
      },
      onError: (error) => {
        if (!isApiError(error)) {
          setProblem("저장하지 못했습니다. 입력한 내용은 그대로 있습니다.");
          return;
        }
        const byItem: Record<string, string> = {};
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const m = /^results\.(\d+)\./.exec(field);
          const row = m ? body[Number(m[1])] : undefined;
          if (row) byItem[row.itemId] = message;
        }
        setErrors(byItem);
        setProblem(`${error.detail} 입력한 내용은 그대로 있습니다.`);
      },
    });
  };

  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" className="app-section-title">
        점검표 결과 <span className="app-muted">({d.checklistLabel})</span>
      </h2>
      <p>
        입력 {formatNumber(d.items.length - missingCount)}/{formatNumber(d.items.length)} · 적합{" "}
        {formatNumber(counts.compliant)} · 부적합 {formatNumber(counts.non_compliant)} · 해당 없음{" "}
        {formatNumber(counts.not_applicable)}
      </p>
      {!editable ? (
        <Alert tone="info" live="none">
          {d.status === "planned" || d.status === "scheduled"
            ? "점검을 시작하면 결과를 입력할 수 있습니다."
            : d.status === "completed"
              ? "완료한 점검입니다. 결과를 고치려면 '결과 다시 입력'을 누르세요. 증빙은 계속 첨부할 수 있습니다."
              : "결과를 입력할 수 없는 상태입니다."}
        </Alert>
      ) : null}
      {d.items.some((i) => !i.verified) ? (
        <p className="app-muted">
          <UnverifiedBadge /> 표시는 법적 근거나 처분 사례를 공개 자료로 확인하지 못한 항목입니다. 현행 법령과
          지침을 확인하고 판단하세요.
        </p>
      ) : null}
      <ProblemAlert problem={problem} />
      <LiveRegion message={announce} />

      <div className="app-toolbar">
        <InlineSelect
          id="results-domain"
          label="점검 영역"
          options={domains.map((name) => ({ value: name, label: name }))}
          value={domain}
          onChange={setDomain}
        />
        <div className="app-inline-field">
          <label htmlFor="results-filter">결과</label>
          <select
            id="results-filter"
            className={`krds-form-select small${filter ? " completed" : ""}`}
            value={filter}
            onChange={(e) => setFilter(e.target.value as ResultFilter)}
          >
            <option value="">전체</option>
            <option value="missing">미입력</option>
            {ITEM_RESULTS.map((r) => (
              <option key={r} value={r}>
                {ITEM_RESULT_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        {editable ? (
          <div className="app-toolbar__end">
            <button
              type="button"
              className="krds-btn small secondary"
              onClick={() => fillCompliant(d.items, "점검표 전체")}
            >
              미입력 항목 모두 적합
            </button>
            <p className="app-selection" aria-live="polite">
              {dirty.length > 0 ? `저장하지 않은 변경 ${formatNumber(dirty.length)}건` : ""}
            </p>
            <button
              type="button"
              className="krds-btn medium primary"
              disabled={save.isPending}
              onClick={onSave}
            >
              {save.isPending ? "저장 중…" : "결과 저장"}
            </button>
          </div>
        ) : null}
      </div>

      {groups.length === 0 ? <EmptyState>조건에 맞는 점검 항목이 없습니다</EmptyState> : null}
      {groups.length > 0 ? (
        <ScrollTable label="점검표 결과 표">
          <table className="tbl col data app-table app-results-table" data-testid="results-table">
            <caption className="sr-only">
              점검표 결과: 항목 번호(코드), 점검 항목과 법적 근거, 결과, 확인 내용, 증빙. 점검 영역별로 묶여
              있습니다.
            </caption>
            <thead>
              <tr>
                <th scope="col">번호</th>
                <th scope="col">점검 항목 · 법적 근거</th>
                <th scope="col">결과</th>
                <th scope="col">확인 내용</th>
                <th scope="col">증빙</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.name}>
                <tr className="app-group-row">
                  <th scope="colgroup" colSpan={editable ? 4 : 5}>
                    {group.name} ({formatNumber(group.items.length)}개 항목)
                  </th>
                  {editable ? (
                    <td>
                      <button
                        type="button"
                        className="krds-btn xsmall tertiary"
                        onClick={() => fillCompliant(group.items, group.name)}
                      >
                        이 영역 모두 적합<span className="sr-only"> ({group.name} 미입력 항목)</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
                {group.items.map((item) => {
                  const e = current(item);
                  const error = errors[item.itemId];
                  const needsFinding =
                    item.result === "non_compliant" && !withFinding.has(item.itemId) && d.canRecord;
                  return (
                    <tr
                      key={item.itemId}
                      className={
                        [
                          isDirty(item) ? "is-dirty" : "",
                          e.result === "non_compliant" ? "is-noncompliant" : "",
                        ]
                          .filter(Boolean)
                          .join(" ") || undefined
                      }
                    >
                      <th scope="row" className="app-nowrap">
                        {item.position}
                        <Code>{item.code}</Code>
                      </th>
                      <td className="app-item-text">
                        {item.item}
                        <p className="app-item-basis">
                          근거: {item.legalBasis}
                          {item.violationCode ? (
                            <>
                              {" "}
                              · 위반행위: <ViolationCode code={item.violationCode} />
                            </>
                          ) : null}
                        </p>
                        {!item.verified ? <UnverifiedBadge /> : null}
                      </td>
                      <td>
                        {editable ? (
                          <>
                            <label className="sr-only" htmlFor={`result-${item.itemId}`}>
                              {itemName(item)} 결과
                            </label>
                            <select
                              id={`result-${item.itemId}`}
                              className={`krds-form-select small${e.result ? " completed" : ""}`}
                              value={e.result}
                              onChange={(ev) => setEdit(item, { result: ev.target.value as ItemResult | "" })}
                            >
                              <option value="">미입력</option>
                              {ITEM_RESULTS.map((r) => (
                                <option key={r} value={r}>
                                  {ITEM_RESULT_LABELS[r]}
                                </option>
                              ))}
                            </select>
                          </>
                        ) : (
                          <ResultBadge result={item.result} label={item.resultLabel} />
                        )}
                        {needsFinding ? (
                          <p>
                            <button
                              type="button"
                              className="krds-btn xsmall secondary"
                              onClick={() => onAddFinding(item.itemId)}
                            >
                              지적사항 등록<span className="sr-only"> ({itemName(item)})</span>
                            </button>
                          </p>
                        ) : null}
                      </td>
                      <td className="app-note-cell">
                        {editable ? (
                          <>
                            <label className="sr-only" htmlFor={`note-${item.itemId}`}>
                              {itemName(item)} 확인 내용
                            </label>
                            <LimitedTextarea
                              id={`note-${item.itemId}`}
                              className="krds-input"
                              rows={e.result === "non_compliant" ? 3 : 1}
                              maxLength={2000}
                              placeholder={e.result === "non_compliant" ? "부적합 사유(필수)" : undefined}
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `note-${item.itemId}-error` : undefined}
                              value={e.note}
                              onChange={(ev) => setEdit(item, { note: ev.target.value })}
                            />
                            {error ? (
                              <p className="form-hint-invalid" id={`note-${item.itemId}-error`}>
                                {error}
                              </p>
                            ) : null}
                          </>
                        ) : (
                          <span className="app-pre">{item.note ?? "-"}</span>
                        )}
                      </td>
                      <td>
                        {item.files.length > 0 ? (
                          <FileList files={item.files} urlOf={officialFileUrl} stripCode compact />
                        ) : null}
                        {d.status === "in_progress" || d.status === "completed" ? (
                          <button
                            type="button"
                            className="krds-btn xsmall tertiary"
                            onClick={() => setEvidenceFor(item)}
                          >
                            증빙 첨부<span className="sr-only"> ({itemName(item)})</span>
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </ScrollTable>
      ) : null}

      {evidenceFor ? (
        <Modal
          title={`${itemName(evidenceFor)} 증빙 첨부`}
          onEscape={() => setEvidenceFor(null)}
          actions={
            <button type="button" className="krds-btn medium primary" onClick={() => setEvidenceFor(null)}>
              닫기
            </button>
          }
        >
          <p>{evidenceFor.item}</p>
          <p className="app-muted">
            현장 사진이나 확인 문서를 올리세요. 공무원만 볼 수 있고 기관에는 보이지 않습니다.
          </p>
          <FileUpload
            id="evidence-file"
            label="증빙 파일"
            hint={UPLOAD_HINT}
            onUpload={(file) => uploadEvidence(d.id, file, evidenceFor.code)}
            onDone={(name) => {
              void qc.invalidateQueries({ queryKey: inspectionKeys.detail(d.id) });
              setAnnounce(`${itemName(evidenceFor)}에 ${name}을(를) 첨부했습니다.`);
              onNotice(`${itemName(evidenceFor)}에 증빙 「${name}」을(를) 첨부했습니다.`);
            }}
          />
          {(d.items.find((i) => i.itemId === evidenceFor.itemId)?.files.length ?? 0) > 0 ? (
            <FileList
              files={d.items.find((i) => i.itemId === evidenceFor.itemId)?.files ?? []}
              urlOf={officialFileUrl}
              stripCode
            />
          ) : null}
        </Modal>
      ) : null}
    </section>
  );
}
