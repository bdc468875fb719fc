/** 이용자 list pieces shared by the institution's own 이용자 page and the officials' institution detail. */
import type { UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import type { Client, ClientPage, ClientQuery, ClientSort, Unmasked } from "../api/clients";
import type { DownloadResult } from "../api/download";
import { isApiError } from "../api/problem";
import { formatDate, orEmpty } from "../lib/format";
import type { ListParams, ListParamsSpec } from "../lib/listParams";
import { ConfirmDialog } from "./ConfirmDialog";
import { type Option, TextField } from "./FormField";
import { InstitutionRecordList, oneOf, RECORD_LIMIT, type RecordListUse } from "./InstitutionRecordList";

type ClientFilter = "status" | "q";
export type ClientListParams = ListParams<ClientFilter, ClientSort>;

const STATUSES = ["active", "discharged", "all"] as const;
const STATUS_OPTIONS: Option[] = [
  { value: "active", label: "재원" },
  { value: "discharged", label: "퇴소" },
  { value: "all", label: "전체" },
];

/** The list's filters, orders (the first is the default) and what it opens on: 재원 only. */
export const CLIENT_LIST: ListParamsSpec<ClientFilter, ClientSort> = {
  filters: ["status", "q"],
  defaults: { status: "active" },
  sorts: [
    { value: "name", label: "성명 가나다순" },
    { value: "-admitted_on", label: "입소일 최근순" },
    { value: "admitted_on", label: "입소일 오래된순" },
  ],
};

/** The API's query for the list's filters, order and page. */
export function clientQuery({ filters, sort, page }: ClientListParams): ClientQuery {
  return {
    status: oneOf(STATUSES, filters.status),
    q: filters.q || undefined,
    sort,
    page,
    limit: RECORD_LIMIT,
  };
}

export function ClientList({
  list,
  query,
  download,
  ...use
}: RecordListUse<Client> & {
  list: ClientListParams;
  query: UseQueryResult<ClientPage>;
  /** 엑셀 다운로드 under the list's filters, with the reason the access log keeps */
  download: (filters: ClientQuery, reason: string) => Promise<DownloadResult>;
}) {
  return (
    <InstitutionRecordList
      {...use}
      list={list}
      query={query}
      subject="이용자"
      unit="명"
      empty="조건에 맞는 이용자가 없습니다"
      fields={(f) => (
        <>
          {f.select("status", "재원 여부", STATUS_OPTIONS, { placeholder: null })}
          {f.text("q", "성명")}
        </>
      )}
      excel={{
        download: (reason) => download(clientQuery(list), reason),
        contents: "파일에는 이용자의 성명·생년월일이 들어 있으며, 주민등록번호는 가린 채로 저장됩니다.",
        placeholder: "예: 분기별 입소자 현황 보고",
      }}
      caption="이용자 목록: 성명, 성별, 생년월일, 주민등록번호(가림), 입소일, 퇴소일"
      columns={["성명", "성별", "생년월일", "주민등록번호", "입소일", "퇴소일(사유)"]}
      row={(c) => (
        <>
          <th scope="row" className="app-cell-name">
            {c.name}
          </th>
          <td>{c.genderLabel}</td>
          <td className="app-nowrap">{formatDate(c.birthDate)}</td>
          <td className="app-nowrap">{c.rrnMasked}</td>
          <td className="app-nowrap">{formatDate(c.admittedOn)}</td>
          <td className="app-nowrap">
            {c.dischargedOn ? `${formatDate(c.dischargedOn)} (${orEmpty(c.dischargeReason)})` : "재원"}
          </td>
        </>
      )}
    />
  );
}

/** 주민등록번호 보기: asks for a reason (logged), shows the number once, forgets it on close. */
export function UnmaskDialog({
  client,
  unmask,
  onClose,
}: {
  client: Client;
  unmask: (reason: string) => Promise<Unmasked>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    if (reason.trim().length < 5) {
      setError("열람 사유를 5자 이상 입력하세요.");
      return;
    }
    setPending(true);
    try {
      setShown((await unmask(reason.trim())).residentNumber);
      setError(null);
    } catch (e) {
      setError(isApiError(e) ? (e.fieldErrors.reason ?? e.detail) : "주민등록번호를 불러오지 못했습니다.");
    } finally {
      setPending(false);
    }
  };
  return (
    <ConfirmDialog
      title="주민등록번호 보기"
      confirmLabel="보기"
      onConfirm={shown ? undefined : () => void submit()}
      pending={pending}
      onCancel={onClose}
      cancelLabel={shown ? "닫기" : "취소"}
      cancelTone="tertiary"
    >
      {shown ? (
        <>
          <p>
            <strong>{client.name}</strong> 님의 주민등록번호
          </p>
          <p className="app-stat__value">{shown}</p>
          <p className="app-muted">열람 사실과 사유가 접속기록에 남았습니다. 창을 닫으면 다시 가려집니다.</p>
        </>
      ) : (
        <>
          <p>
            <strong>{client.name}</strong>({client.rrnMasked}) 님의 주민등록번호 전체를 봅니다. 열람 사유는
            접속기록에 남습니다(개인정보 보호법 제24조).
          </p>
          <TextField
            id="unmask-reason"
            label="열람 사유(5자 이상)"
            value={reason}
            error={error}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
    </ConfirmDialog>
  );
}
