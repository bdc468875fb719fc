import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessLogPage, UserPage } from "../../test/api-types.ts";
import { createTestApp, type TestApp, type TestClient } from "../../test/helpers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Follows `nextCursor` page by page from the first page, as the screens' "더 보기" does. */
async function everyPage<P extends { items: unknown[]; nextCursor: string | number | null }>(
  client: TestClient,
  url: string,
  limit: number,
) {
  const pages: P["items"][] = [];
  let cursor: string | number | null = null;
  do {
    const r = await client.get(
      `${url}${url.includes("?") ? "&" : "?"}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<P>();
    expect(body.items.length).toBeLessThanOrEqual(limit);
    pages.push(body.items);
    cursor = body.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return pages;
}

describe("keyset pages (platform/paging.ts)", () => {
  it("walks the accounts by username: every account once, in order, the last page says there is no next", async () => {
    const admin = await t.login("sysadmin");
    const all = (await admin.get("/api/admin/users?limit=200")).json<UserPage>().items;
    expect(all.length).toBeGreaterThan(3);
    const pages = await everyPage<UserPage>(admin, "/api/admin/users", 2);
    expect(pages.flat().map((u) => u.username)).toEqual(all.map((u) => u.username));
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
  });

  it("walks the access log newest first: every entry once, none skipped between pages", async () => {
    for (const name of ["gu.jongno", "gu.jongno", "gu.jongno"]) await t.login(name);
    const auditor = await t.login("auditor");
    const url = "/api/official/access-log?username=gu.jongno";
    const all = (await auditor.get(`${url}&limit=500`)).json<AccessLogPage>().items;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const pages = await everyPage<AccessLogPage>(auditor, url, 2);
    expect(pages.flat().map((e) => e.seq)).toEqual(all.map((e) => e.seq));
  });
});
