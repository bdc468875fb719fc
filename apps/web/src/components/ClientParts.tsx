/** 이용자 list pieces shared by the institution's own 이용자 page and the officials' institution detail. */
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import type { Client, ClientQuery, ClientSort, Unmasked } from "../api/clients";
import { isApiError } from "../api/problem";
import { formatDate, orEmpty } from "../lib/format";
import { SelectField, TextField } from "./FormField";
import { Modal } from "./Modal";
import { ScrollTable } from "./TableWrap";

export const CLIENT_SORTS: { value: ClientSort; label: string }[] = [
  { value: "name", label: "성명 가나다순" },
  { value: "-admitted_on", label: "입소일 최근순" },
  { value: "admitted_on", label: "입소일 오래된순" },
];

export function ClientTable({ items, actions }: { items: Client[]; actions?: (c: Client) => ReactNode }) {
  return (
    <ScrollTable label="이용자 목록 표">
      <table className="tbl col data app-table">
        <caption className="sr-only">
          이용자 목록: 성명, 성별, 생년월일, 주민등록번호(가림), 입소일, 퇴소일
        </caption>
        <thead>
          <tr>
            <th scope="col">성명</th>
            <th scope="col">성별</th>
            <th scope="col">생년월일</th>
            <th scope="col">주민등록번호</th>
            <th scope="col">입소일</th>
            <th scope="col">퇴소일(사유)</th>
            {actions ? <th scope="col">관리</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
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
              {actions ? <td>{actions(c)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function ClientFilter({
  initial,
  onSearch,
}: {
  initial: ClientQuery;
  onSearch: (f: ClientQuery) => void;
}) {
  const [draft, setDraft] = useState({ status: initial.status ?? "active", q: initial.q ?? "" });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({ status: draft.status, q: draft.q.trim() || undefined });
  };
  return (
    <form onSubmit={submit}>
      <div className="app-filter__grid">
        <SelectField
          id="client-status"
          label="재원 여부"
          options={CLIENT_STATUS_OPTIONS}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as "active" })}
        />
        <TextField
          id="client-q"
          label="성명"
          type="search"
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
      </div>
      <div className="app-filter__actions">
        <button type="submit" className="krds-btn medium primary">
          검색
        </button>
      </div>
    </form>
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
  const cancelRef = useRef<HTMLButtonElement>(null);
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
    <Modal
      title="주민등록번호 보기"
      onEscape={onClose}
      initialFocus={cancelRef}
      actions={
        <>
          <button ref={cancelRef} type="button" className="krds-btn medium tertiary" onClick={onClose}>
            {shown ? "닫기" : "취소"}
          </button>
          {shown ? null : (
            <button
              type="button"
              className="krds-btn medium primary"
              onClick={() => void submit()}
              disabled={pending}
            >
              보기
            </button>
          )}
        </>
      }
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
    </Modal>
  );
}

export const CLIENT_STATUS_OPTIONS = [
  { value: "active", label: "재원" },
  { value: "discharged", label: "퇴소" },
  { value: "all", label: "전체" },
];
