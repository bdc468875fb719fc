import type { Role } from "@ssis/domain";
import { type ReactNode, useState } from "react";
import {
  type Client,
  downloadInstitutionClientsExcel,
  unmaskInstitutionClient,
  useInstitutionClients,
} from "../api/clients";
import { downloadInstitutionStaffExcel, useInstitutionStaff } from "../api/staff";
import { useUser } from "../auth/useSession";
import { formatNumber } from "../lib/format";
import { useLocalList } from "../lib/useLocalList";
import { CLIENT_LIST, ClientList, clientQuery, UnmaskDialog } from "./ClientParts";
import { STAFF_LIST, StaffList, staffQuery } from "./StaffList";
import { Tabs } from "./Tabs";

/** Who reads residents on the officials' side, and who may unmask (as the server's clients.policy.ts). */
const CLIENT_READERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
const CLIENT_UNMASKERS: readonly Role[] = ["sido_official", "sigungu_official"];

/** 기관 상세 (UWSI): 기본정보 · 종사자 · 이용자 tabs, then the tabs of other functions. */
export function InstitutionPeopleTabs({
  institutionId,
  overview,
  extraTabs = [],
}: {
  institutionId: string;
  overview: ReactNode;
  /** further tabs from other functions (e.g. 변경이력 of the register module) */
  extraTabs?: { id: string; label: string; content: ReactNode }[];
}) {
  const user = useUser();
  const tabs = [
    { id: "overview", label: "기본정보", content: overview },
    { id: "staff", label: "종사자", content: <InstitutionStaffTab institutionId={institutionId} /> },
    ...(CLIENT_READERS.includes(user.role)
      ? [
          {
            id: "clients",
            label: "이용자",
            content: (
              <InstitutionClientsTab
                institutionId={institutionId}
                canUnmask={CLIENT_UNMASKERS.includes(user.role)}
              />
            ),
          },
        ]
      : []),
    ...extraTabs,
  ];
  const [active, setActive] = useState("overview");
  return (
    <Tabs label="기관 정보" tabs={tabs} active={active} onChange={setActive}>
      {tabs.find((t) => t.id === active)?.content}
    </Tabs>
  );
}

function InstitutionStaffTab({ institutionId }: { institutionId: string }) {
  const list = useLocalList(STAFF_LIST);
  return (
    <StaffList
      list={list}
      query={useInstitutionStaff(institutionId, staffQuery(list))}
      title="종사자 현황"
      idPrefix="ost"
      inTab
      download={(filters, reason) => downloadInstitutionStaffExcel(institutionId, filters, reason)}
    />
  );
}

function InstitutionClientsTab({ institutionId, canUnmask }: { institutionId: string; canUnmask: boolean }) {
  const list = useLocalList(CLIENT_LIST);
  const clients = useInstitutionClients(institutionId, clientQuery(list));
  const [unmasking, setUnmasking] = useState<Client | null>(null);
  const counts = clients.data;
  return (
    <>
      <ClientList
        list={list}
        query={clients}
        title="이용자 현황"
        idPrefix="oc"
        inTab
        intro={
          <p className="app-muted">주민등록번호는 가려서 보이며, 조회와 열람은 모두 접속기록에 남습니다.</p>
        }
        beside={
          counts?.residential ? (
            <p className="app-muted">
              정원 {formatNumber(counts.capacity)}명, 재원 {formatNumber(counts.activeCount)}명
            </p>
          ) : null
        }
        download={(filters, reason) => downloadInstitutionClientsExcel(institutionId, filters, reason)}
        actions={
          canUnmask
            ? (c) => (
                <button type="button" className="krds-btn small secondary" onClick={() => setUnmasking(c)}>
                  주민등록번호 보기<span className="sr-only"> ({c.name})</span>
                </button>
              )
            : undefined
        }
      />
      {unmasking ? (
        <UnmaskDialog
          client={unmasking}
          unmask={(reason) => unmaskInstitutionClient(institutionId, unmasking.id, reason)}
          onClose={() => setUnmasking(null)}
        />
      ) : null}
    </>
  );
}
