import { businessNumberCheckDigit } from "./business-number.ts";
import type { RegisterFields } from "./institution-rules.ts";

const nine = "123456789";

/**
 * For the tests: a valid register record of a residential institution in 종로구 (정원 70) with every
 * identifier correct; each test overrides only what it is about.
 */
export function registerRecord(overrides: Partial<RegisterFields> = {}): RegisterFields {
  return {
    name: "행복요양원",
    typeCode: "A01",
    sigunguCode: "11110",
    roadAddress: "서울특별시 종로구 세종대로 1",
    addressDetail: null,
    postalCode: "03154",
    phone: "02-123-4567",
    fax: null,
    email: null,
    homepage: null,
    businessNo: nine + businessNumberCheckDigit(nine),
    operatorKind: "corporation",
    operatorName: "사회복지법인 행복",
    corporationNo: "1301110006246",
    headName: "김시설",
    headAppointedOn: "2020-03-01",
    capacity: 70,
    openedOn: "2010-05-01",
    closedOn: null,
    status: "operating",
    ...overrides,
  };
}
