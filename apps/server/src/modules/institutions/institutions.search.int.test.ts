import { INSTITUTION_SORTS, type InstitutionSort, toInitials } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorOf,
  createTestApp,
  ids,
  listAllInstitutions,
  sheetRows,
  type TestApp,
  type TestClient,
  workbookOf,
} from "../../../test/helpers.ts";

interface Row {
  id: string;
  name: string;
  road_address: string;
  business_no: string | null;
  sigungu_code: string;
  sido_code: string;
  latest_grade: string | null;
  capacity: number | null;
  initials: string;
  type_code: string;
  field: string;
  status: string;
  current_users: number | null;
  head_name: string | null;
  phone: string | null;
  opened_on: string | null;
  closed_on: string | null;
  operator_kind: string;
  operator_name: string;
}

let t: TestApp;
let all: Row[];
let jongno: Row;
let jongnoClient: TestClient;
let mapoClient: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  all = await t.asOwner(
    async (db) =>
      (
        await db.query<Row>(
          `select i.id, i.name, i.road_address, i.business_no, i.sigungu_code, i.sido_code, i.latest_grade,
             i.capacity, hangul_initials(i.name) as initials, i.type_code, t.field, i.status,
             i.current_users, i.head_name, i.phone, i.opened_on, i.closed_on, i.operator_kind, i.operator_name
           from institution i join institution_type t on t.code = i.type_code`,
        )
      ).rows,
  );
  const found = all.find((r) => r.id === ids().jongnoInstitutionId);
  if (!found) throw new Error("demo institution missing");
  jongno = found;
  jongnoClient = await t.login("gu.jongno");
  mapoClient = await t.login("gu.mapo");
});
afterAll(() => t.close());

const inJongno = (r: Row) => r.sigungu_code === "11110";

describe("초성 search", () => {
  it("computes 초성 in the database exactly as the domain rule does, for every seeded name", () => {
    expect(all.length).toBeGreaterThan(100);
    for (const r of all) expect(r.initials, r.name).toBe(toInitials(r.name));
  });

  it("finds the institution by the 초성 of part of its name, within the jurisdiction only", async () => {
    const q = toInitials(jongno.name).slice(0, 4);
    expect(q).toMatch(/^[ㄱ-ㅎ]{4}$/);
    const { items, total } = await listAllInstitutions(jongnoClient, { q });
    expect(items.map((i) => i.id)).toContain(jongno.id);
    const expected = all.filter((r) => inJongno(r) && r.initials.includes(q));
    expect(total).toBe(expected.length);
    expect(items.map((i) => i.id).sort()).toEqual(expected.map((r) => r.id).sort());

    const fromMapo = await listAllInstitutions(mapoClient, { q });
    expect(fromMapo.items.map((i) => i.id)).not.toContain(jongno.id);
    expect(fromMapo.items.every((i) => i.sigunguName === "마포구")).toBe(true);
  });

  it("ignores spaces between the consonants", async () => {
    const q = toInitials(jongno.name).slice(0, 4);
    const spaced = `${q.slice(0, 2)} ${q.slice(2)}`;
    const { total } = await listAllInstitutions(jongnoClient, { q: spaced });
    expect(total).toBe((await listAllInstitutions(jongnoClient, { q })).total);
  });
});

describe("search functions that bypass row-level security for the index", () => {
  it("answer only ids inside the caller's scope when the application calls them directly", async () => {
    const found = await t.scoped(actorOf("sigungu", "11440"), async (ctx) => {
      const ids = async (sql: string, params: unknown[]) =>
        (await ctx.tx.query<{ id: string }>(sql, params)).rows.map((r) => r.id);
      return {
        byInitials: await ids("select institution_ids_by_initials($1, null) as id", [
          toInitials(jongno.name),
        ]),
        byShortInitials: await ids("select institution_ids_by_initials($1, null) as id", [
          toInitials(jongno.name).slice(0, 2),
        ]),
        byText: await ids("select institution_ids_by_text('', null) as id", []),
        limited: await ids("select institution_ids_by_text('', 3) as id", []),
      };
    });
    expect(found.byInitials).not.toContain(jongno.id);
    expect(found.byShortInitials).not.toContain(jongno.id);
    const mapoIds = all.filter((r) => r.sigungu_code === "11440").map((r) => r.id);
    expect(found.byText.sort()).toEqual(mapoIds.sort());
    expect(found.limited).toHaveLength(Math.min(3, mapoIds.length));
    expect(mapoIds).toEqual(expect.arrayContaining(found.limited));
    const short = toInitials(jongno.name).slice(0, 2);
    expect(found.byShortInitials.sort()).toEqual(
      all
        .filter((r) => r.sigungu_code === "11440" && r.initials.includes(short))
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe("text and number search", () => {
  it("matches a fragment of the road address as well as of the name", async () => {
    const fragment = jongno.road_address.split(" ").slice(-2).join(" ");
    const { items, total } = await listAllInstitutions(jongnoClient, { q: fragment });
    expect(items.map((i) => i.id)).toContain(jongno.id);
    const expected = all.filter(
      (r) => inJongno(r) && (r.name.includes(fragment) || r.road_address.includes(fragment)),
    );
    expect(total).toBe(expected.length);
  });

  it("finds one institution by its 사업자등록번호, with or without hyphens, and not from another 시군구", async () => {
    const withNo = all.find((r) => inJongno(r) && r.business_no);
    if (!withNo?.business_no) throw new Error("no 종로구 institution with a business number");
    const d = withNo.business_no;
    for (const q of [d, `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`]) {
      const { items } = await listAllInstitutions(jongnoClient, { q });
      expect(items.map((i) => i.id)).toEqual([withNo.id]);
    }
    expect((await listAllInstitutions(mapoClient, { q: d })).total).toBe(0);
  });

  it("ignores the case of latin letters, in the name and the road address", async () => {
    const mohw = await t.login("mohw");
    const other = all.find((r) => inJongno(r) && r.id !== jongno.id);
    if (!other) throw new Error("no second 종로구 institution");
    await t.asOwner(async (db) => {
      await db.query("update institution set name = 'SamSung 케어센터' where id = $1", [jongno.id]);
      await db.query("update institution set road_address = road_address || ' SAMSUNG타워' where id = $1", [
        other.id,
      ]);
    });
    try {
      for (const q of ["samsung", "SAMSUNG", "Sa", "sung 케어"]) {
        const { items } = await listAllInstitutions(mohw, { q });
        expect(
          items.map((i) => i.id),
          q,
        ).toContain(jongno.id);
        if (q !== "sung 케어")
          expect(
            items.map((i) => i.id),
            q,
          ).toContain(other.id);
      }
    } finally {
      await t.asOwner(async (db) => {
        await db.query("update institution set name = $2 where id = $1", [jongno.id, jongno.name]);
        await db.query("update institution set road_address = $2 where id = $1", [
          other.id,
          other.road_address,
        ]);
      });
    }
  });

  it("takes LIKE wildcards literally", async () => {
    for (const q of ["%", "_", "%_", "a%b"])
      expect((await listAllInstitutions(jongnoClient, { q })).total).toBe(0);
  });

  it("finds 1 and 2 characters of the name or the road address anywhere in them", async () => {
    const mohw = await t.login("mohw");
    for (const q of [jongno.name.slice(1, 3), jongno.name.slice(0, 1), jongno.road_address.slice(-2)]) {
      const { items, total } = await listAllInstitutions(mohw, { q });
      const expected = all.filter((r) => r.name.includes(q) || r.road_address.includes(q)).map((r) => r.id);
      expect(total, q).toBe(expected.length);
      expect(items.map((i) => i.id).sort()).toEqual(expected.sort());
    }
  });

  it("refuses a search term over 100 characters with a Korean message", async () => {
    const r = await jongnoClient.get(`/api/official/institutions?q=${"가".repeat(101)}`);
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toContainEqual(
      expect.objectContaining({ field: "querystring.q", message: "검색어는 100자 이내로 입력하세요." }),
    );
  });
});

describe("filters, sort and paging", () => {
  it("filters by latest grade, and 'none' lists the ungraded", async () => {
    const mohw = await t.login("mohw");
    const seoul = await t.login("sido.seoul");
    for (const [client, grade, inScope] of [
      [mohw, "A", () => true],
      [seoul, "B", (r: Row) => r.sido_code === "11"],
      [seoul, "none", (r: Row) => r.sido_code === "11"],
    ] as const) {
      const { items, total } = await listAllInstitutions(client, { grade });
      const expected = all.filter(
        (r) => inScope(r) && (grade === "none" ? r.latest_grade === null : r.latest_grade === grade),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(total).toBe(expected.length);
      expect(items.map((i) => i.id).sort()).toEqual(expected.map((r) => r.id).sort());
    }
  });

  it("filters by type, field and status, alone and together, in name order", async () => {
    const seoul = await t.login("sido.seoul");
    const inSeoul = (r: Row) => r.sido_code === "11";
    const common = (key: "type_code" | "field") => {
      const counts = new Map<string, number>();
      for (const r of all.filter(inSeoul)) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    };
    const type = common("type_code");
    const field = common("field");
    const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
    for (const [query, keep] of [
      [{ type }, (r: Row) => r.type_code === type],
      [{ field }, (r: Row) => r.field === field],
      [{ status: "operating" }, (r: Row) => r.status === "operating"],
      [{ field, status: "operating" }, (r: Row) => r.field === field && r.status === "operating"],
      // Not a plain code: bound as a parameter, and it matches nothing.
      [{ type: "노인'요양" }, () => false],
      [{ field: "없는 분야" }, () => false],
    ] as const) {
      const expected = all.filter((r) => inSeoul(r) && keep(r)).sort(byName);
      const { items, total } = await listAllInstitutions(seoul, { ...query, limit: "9" });
      expect(total, JSON.stringify(query)).toBe(expected.length);
      expect(items.map((i) => i.id)).toEqual(expected.map((r) => r.id));
    }
  });

  it("filters by operator (kind and part of the name) and by opening and closing dates", async () => {
    const mohw = await t.login("mohw");
    const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
    // A frequent word of the operators' names, and the middle of the opening dates: both sides non-empty.
    const words = new Map<string, number>();
    for (const r of all)
      for (const w of r.operator_name.split(/\s+/).filter((x) => x.length >= 2))
        words.set(w, (words.get(w) ?? 0) + 1);
    const word = [...words]
      .filter(([, n]) => n < all.length / 2)
      .sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const fragment = word.slice(0, 2);
    const opened = all
      .map((r) => r.opened_on)
      .filter((d): d is string => d !== null)
      .sort();
    const [from, to] = [
      opened[Math.floor(opened.length / 4)],
      opened[Math.floor((opened.length * 3) / 4)],
    ] as [string, string];
    const closed = all.filter((r) => r.closed_on !== null);
    expect(closed.length).toBeGreaterThan(0);
    const closedFrom = [...closed].sort((a, b) => ((a.closed_on ?? "") < (b.closed_on ?? "") ? -1 : 1))[0]
      ?.closed_on as string;
    for (const [query, keep] of [
      [{ operatorKind: "corporation" }, (r: Row) => r.operator_kind === "corporation"],
      [{ operatorKind: "individual" }, (r: Row) => r.operator_kind === "individual"],
      [{ operator: fragment }, (r: Row) => r.operator_name.includes(fragment)],
      [{ operator: word }, (r: Row) => r.operator_name.includes(word)],
      [{ openedFrom: from }, (r: Row) => r.opened_on !== null && r.opened_on >= from],
      [{ openedTo: to }, (r: Row) => r.opened_on !== null && r.opened_on <= to],
      [
        { openedFrom: from, openedTo: to, operatorKind: "individual" },
        (r: Row) =>
          r.opened_on !== null &&
          r.opened_on >= from &&
          r.opened_on <= to &&
          r.operator_kind === "individual",
      ],
      [{ closedFrom }, (r: Row) => r.closed_on !== null && r.closed_on >= closedFrom],
      [{ closedTo: "1900-01-01" }, () => false],
      // LIKE's own characters are plain text here.
      [{ operator: "%" }, (r: Row) => r.operator_name.includes("%")],
    ] as const) {
      const expected = all.filter(keep).sort(byName);
      // Each condition keeps some institutions and drops others, but for the two that match nothing.
      const nothing = "closedTo" in query || ("operator" in query && query.operator === "%");
      if (!nothing) expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      const { items, total } = await listAllInstitutions(mohw, { ...query, limit: "50" });
      expect(total, JSON.stringify(query)).toBe(expected.length);
      expect(items.map((i) => i.id)).toEqual(expected.map((r) => r.id));
    }
    // The same conditions give the same count whether or not the page before counted others (remembered facts).
    const first = await listAllInstitutions(mohw, { operatorKind: "public" });
    expect(first.total).toBe(all.filter((r) => r.operator_kind === "public").length);
  });

  it("refuses a date range that ends before it starts, and a malformed date, in Korean", async () => {
    const reversed = await jongnoClient.get(
      "/api/official/institutions?openedFrom=2024-05-01&openedTo=2024-04-30",
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toContainEqual({
      field: "querystring.openedTo",
      message: "개소일(까지)는 개소일(부터)와 같거나 그 이후여야 합니다.",
    });
    const malformed = await jongnoClient.get("/api/official/institutions?closedFrom=2024-13-01");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].message).toBe("폐지일(부터)는 YYYY-MM-DD 형식의 날짜입니다.");
  });

  it("pages by capacity, largest first and unknown last, without gaps or repeats across pages", async () => {
    const mohw = await t.login("mohw");
    const { items, total } = await listAllInstitutions(mohw, { sort: "-capacity", limit: "7" });
    expect(total).toBe(all.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(all.length);
    const caps = items.map((i) => i.capacity);
    const firstNull = caps.indexOf(null);
    const known = (firstNull < 0 ? caps : caps.slice(0, firstNull)) as number[];
    for (let k = 1; k < known.length; k++) expect(known[k]).toBeLessThanOrEqual(known[k - 1] as number);
    if (firstNull >= 0) expect(caps.slice(firstNull).every((c) => c === null)).toBe(true);
  });

  // The keys of each order as the repository defines them: a grouping column, then the name; the id last.
  const KEYS: Record<string, (keyof Row)[]> = {
    name: ["name"],
    type: ["type_code", "name"],
    region: ["sigungu_code", "name"],
    status: ["status", "name"],
    grade: ["latest_grade", "name"],
    capacity: ["capacity"],
    current_users: ["current_users"],
    head_name: ["head_name"],
    phone: ["phone"],
    opened_on: ["opened_on"],
  };
  const inOrder = (sort: InstitutionSort) => {
    const descending = sort.startsWith("-");
    const keys = KEYS[sort.replace("-", "")] ?? [];
    const compare = (a: string | number | null, b: string | number | null) => {
      if (a === b) return 0;
      // Unknown values last in both directions.
      if (a === null) return 1;
      if (b === null) return -1;
      return (a < b ? -1 : 1) * (descending ? -1 : 1);
    };
    return (x: Row, y: Row) => {
      for (const k of keys) {
        const c = compare(x[k] as string | number | null, y[k] as string | number | null);
        if (c !== 0) return c;
      }
      return compare(x.id, y.id);
    };
  };

  it("orders by every column it shows, both ways, unknown values last, paging without gaps or repeats", async () => {
    const seoul = await t.login("sido.seoul");
    const inSeoul = all.filter((r) => r.sido_code === "11");
    for (const key of Object.keys(KEYS)) {
      // Each order must tell rows apart by its own keys somewhere, or the test would only check the ids.
      expect(new Set(inSeoul.map((r) => r[KEYS[key]?.[0] as keyof Row])).size, key).toBeGreaterThan(1);
    }
    expect(inSeoul.some((r) => r.head_name === null || r.latest_grade === null)).toBe(true);
    for (const sort of INSTITUTION_SORTS) {
      const expected = [...inSeoul].sort(inOrder(sort)).map((r) => r.id);
      const { items, total } = await listAllInstitutions(seoul, { sort, limit: "13" });
      expect(total, sort).toBe(inSeoul.length);
      expect(
        items.map((i) => i.id),
        sort,
      ).toEqual(expected);
    }
  });

  it("orders a search and a filter by any column too", async () => {
    const mohw = await t.login("mohw");
    for (const [query, keep] of [
      [{ q: "복지" }, (r: Row) => r.name.includes("복지") || r.road_address.includes("복지")],
      [{ status: "operating" }, (r: Row) => r.status === "operating"],
    ] as const) {
      for (const sort of ["-grade", "region", "-current_users", "phone"] as const) {
        const expected = all.filter(keep).sort(inOrder(sort));
        expect(expected.length).toBeGreaterThan(13);
        const { items } = await listAllInstitutions(mohw, { ...query, sort, limit: "13" });
        expect(
          items.map((i) => i.id),
          `${JSON.stringify(query)} ${sort}`,
        ).toEqual(expected.map((r) => r.id));
      }
    }
  });

  it("answers 400 in Korean for a cursor it did not issue and for an unknown sort", async () => {
    const bad = await jongnoClient.get("/api/official/institutions?cursor=bm90LWEtY3Vyc29y");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toBe("페이지 정보가 올바르지 않습니다. 처음부터 다시 조회하세요.");
    // A cursor of another order (one key where the type order has two) is refused the same way.
    const first = (await jongnoClient.get("/api/official/institutions?limit=1")).json();
    const mixed = await jongnoClient.get(
      `/api/official/institutions?limit=1&sort=type&cursor=${first.nextCursor}`,
    );
    expect(mixed.statusCode).toBe(400);
    const sort = await jongnoClient.get("/api/official/institutions?sort=fax");
    expect(sort.statusCode).toBe(400);
    expect(sort.json().errors[0].message).toBe("정렬 기준이 올바르지 않습니다.");
  });
});

async function readWorkbook(body: Buffer) {
  const wb = await workbookOf(body);
  return { list: sheetRows(wb, "기관 현황"), about: sheetRows(wb, "조회 조건") };
}

describe("Excel download", () => {
  const url = (query: Record<string, string>) =>
    `/api/official/institutions/export.xlsx?${new URLSearchParams(query)}`;

  it("gives the 시군구 official its own institutions as searched, and logs who, why and how many", async () => {
    const reason = "정기 지도점검 대상 선정";
    const r = await jongnoClient.get(url({ status: "operating", reason }));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers["content-type"]).toContain("spreadsheetml");
    expect(r.headers["content-disposition"]).toContain(encodeURIComponent("기관현황_"));
    const { list, about } = await readWorkbook(r.rawPayload);
    expect(list[0]?.slice(0, 3)).toEqual(["기관명", "분야", "시설 유형"]);
    const { total } = await listAllInstitutions(jongnoClient, { status: "operating" });
    expect(list.length - 1).toBe(total);
    expect(total).toBeGreaterThan(0);
    expect(list.slice(1).every((row) => row[4] === "종로구" && row[7] === "운영")).toBe(true);
    const names = list.slice(1).map((row) => row[0] as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(about).toContainEqual(["다운로드 사유", reason]);
    expect(about).toContainEqual(["조회 범위", "서울특별시 종로구"]);
    expect(about).toContainEqual(["정렬", "기관명 가나다순"]);

    const entry = await t.lastAccessLog({});
    expect(entry).toMatchObject({
      action: "export",
      username: "gu.jongno",
      reason,
      details: { rows: total },
    });
  });

  it("keeps another 시군구's institutions out even when the filter names them", async () => {
    const r = await mapoClient.get(url({ sigungu: "11110", reason: "관할 외 조회 시험" }));
    expect(r.statusCode).toBe(200);
    const { list } = await readWorkbook(r.rawPayload);
    expect(list).toHaveLength(1);
  });

  it("applies the 초성 search to the download as to the list", async () => {
    const q = toInitials(jongno.name).slice(0, 4);
    const r = await jongnoClient.get(url({ q, reason: "초성 검색 결과 보고" }));
    const { list } = await readWorkbook(r.rawPayload);
    expect(list.slice(1).map((row) => row[0])).toContain(jongno.name);
    expect(list.length - 1).toBe((await listAllInstitutions(jongnoClient, { q })).total);
  });

  it("requires a reason, with the message beside the field", async () => {
    const none = await jongnoClient.get(url({}));
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toContainEqual({
      field: "querystring.reason",
      message: "다운로드 사유를 입력하세요.",
    });
    const short = await jongnoClient.get(url({ reason: " 가 " }));
    expect(short.json().errors).toContainEqual({
      field: "querystring.reason",
      message: "다운로드 사유를 2자 이상 입력하세요.",
    });
  });

  it("is not offered to readers who only consult the register, nor to providers", async () => {
    for (const username of ["eval.agency", "auditor"]) {
      const client = await t.login(username);
      expect((await client.get(url({ reason: "업무 참고" }))).statusCode).toBe(403);
    }
    const provider = await t.login("provider.admin");
    expect([403, 404]).toContain((await provider.get(url({ reason: "업무 참고" }))).statusCode);
  });
});
