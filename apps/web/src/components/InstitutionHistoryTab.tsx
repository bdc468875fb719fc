import { koreaToday, REGISTER_FIELD_LABELS, type RegisterField, type RegisterFields } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { isApiError } from "../api/problem";
import { useAsOf, useHistory } from "../api/register";
import { formatDate, formatDateTime, formatNumber } from "../lib/format";
import { Alert } from "./Alert";
import { displayValue } from "./ChangeRequestParts";
import { TextField } from "./FormField";
import { KeyValueTable } from "./KeyValueTable";
import { EmptyState, Loading } from "./Loading";
import { QueryError } from "./QueryError";
import { Section } from "./Section";

const LIMIT = 10;
const SHOWN: RegisterField[] = [
  "name",
  "status",
  "typeCode",
  "roadAddress",
  "addressDetail",
  "postalCode",
  "capacity",
  "operatorKind",
  "operatorName",
  "corporationNo",
  "headName",
  "headAppointedOn",
  "openedOn",
  "closedOn",
  "businessNo",
  "phone",
  "fax",
  "email",
  "homepage",
];

/** 변경이력 tab of the officials' institution detail: every version, and the register as of a date. */
export function InstitutionHistoryTab({ institutionId }: { institutionId: string }) {
  const [offset, setOffset] = useState(0);
  const history = useHistory(institutionId, offset, LIMIT);
  const total = history.data?.total ?? 0;
  return (
    <div className="app-section">
      <AsOfView institutionId={institutionId} />
      <h2 className="app-section-title">변경이력</h2>
      {history.isPending ? <Loading label="변경이력을 불러오는 중입니다." /> : null}
      {history.isError ? <QueryError error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.isSuccess && history.data.items.length === 0 ? (
        <EmptyState>기록된 변경이력이 없습니다(시스템 도입 전 등록 기관)</EmptyState>
      ) : null}
      {history.data && history.data.items.length > 0 ? (
        <div className="krds-table-wrap">
          <table className="tbl col data app-table" data-testid="institution-change-history">
            <caption className="sr-only">변경이력: 일시, 구분, 변경 내용, 사유, 처리자</caption>
            <thead>
              <tr>
                <th scope="col">일시</th>
                <th scope="col">구분</th>
                <th scope="col">변경 내용(변경 전 → 변경 후)</th>
                <th scope="col">사유</th>
                <th scope="col">처리자</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((h) => (
                <tr key={h.id}>
                  <td className="app-nowrap">{formatDateTime(h.changedAt)}</td>
                  <td className="app-nowrap">{h.kindLabel}</td>
                  <td>
                    {h.changedFields.length === 0 ? (
                      "-"
                    ) : (
                      <ul className="app-rule-list">
                        {h.changedFields.map((f) => (
                          <li key={f}>
                            <strong>{REGISTER_FIELD_LABELS[f as RegisterField] ?? f}</strong>:{" "}
                            {h.kind === "change_requested" ||
                            h.kind === "change_request_returned" ||
                            h.kind === "change_request_withdrawn" ? (
                              <>
                                {displayValue(f, h.before?.[f as RegisterField])} →{" "}
                                {displayValue(f, h.changeRequest?.changes[f])} (신청)
                              </>
                            ) : h.before ? (
                              <>
                                {displayValue(f, h.before[f as RegisterField])} →{" "}
                                {displayValue(f, h.after[f as RegisterField])}
                              </>
                            ) : (
                              displayValue(f, h.after[f as RegisterField])
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    {h.changeRequest && h.kind === "change_request_approved" ? (
                      <p className="app-muted">
                        변경신청: {h.changeRequest.requestedByName},{" "}
                        {formatDateTime(h.changeRequest.requestedAt)}
                      </p>
                    ) : null}
                  </td>
                  <td className="app-break">{h.reason ?? "-"}</td>
                  <td className="app-nowrap">
                    {h.changedByName}
                    <br />
                    <span className="app-muted">{h.changedByRoleLabel}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {total > LIMIT ? (
        <div className="app-more">
          <button
            type="button"
            className="krds-btn small secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            최근 이력
          </button>
          <p className="app-muted">
            {formatNumber(offset + 1)}–{formatNumber(Math.min(total, offset + LIMIT))} / {formatNumber(total)}
            건
          </p>
          <button
            type="button"
            className="krds-btn small secondary"
            disabled={offset + LIMIT >= total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            이전 이력
          </button>
        </div>
      ) : null}
    </div>
  );
}

function AsOfView({ institutionId }: { institutionId: string }) {
  const [draft, setDraft] = useState("");
  const [date, setDate] = useState<string | null>(null);
  const asOf = useAsOf(institutionId, date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDate(draft || null);
  };
  const notRegistered = isApiError(asOf.error) && asOf.error.status === 404 ? asOf.error.detail : null;
  return (
    <Section id="as-of-title" title="기준일 현황">
      <form className="app-filter" onSubmit={submit}>
        <div className="app-filter__grid">
          <TextField
            id="as-of-date"
            label="기준일"
            type="date"
            max={koreaToday()}
            value={draft}
            hint="그날이 끝날 때의 등록사항을 보여 줍니다."
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <div className="app-button-row app-filter__actions">
          <button type="submit" className="krds-btn medium primary" disabled={!draft}>
            조회
          </button>
        </div>
      </form>
      {asOf.isFetching ? <Loading label="기준일 현황을 불러오는 중입니다." /> : null}
      {notRegistered ? (
        <Alert tone="info">
          <p>{notRegistered}</p>
        </Alert>
      ) : null}
      {asOf.isError && !notRegistered ? <QueryError error={asOf.error} /> : null}
      {asOf.data && date ? <AsOfTable date={date} record={asOf.data.record} basis={asOf.data.basis} /> : null}
    </Section>
  );
}

function AsOfTable({ date, record, basis }: { date: string; record: RegisterFields; basis: string }) {
  return (
    <KeyValueTable
      showCaption
      testId="institution-as-of"
      caption={
        <>
          {formatDate(date)} 기준 등록사항
          {basis === "current" ? " (변경이력이 없어 현재 등록사항과 같습니다)" : ""}
        </>
      }
      rows={SHOWN.map((f) => [REGISTER_FIELD_LABELS[f], displayValue(f, record[f])])}
    />
  );
}
