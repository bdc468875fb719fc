/**
 * Import boundaries, read from the source files (docs/architecture.md):
 * - web: a page (apps/web/src/pages/**) imports no other page; nothing outside the router (App.tsx and
 *   the files beside it) imports a page. Shared pieces live in components/, calls in api/, helpers in lib/.
 * - server: a module (apps/server/src/modules/<m>/) reaches another module only through its index.ts.
 * Relative imports are resolved the way TypeScript does (with or without extension, a folder's index).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const WEB = join(ROOT, "apps/web/src");
const MODULES = join(ROOT, "apps/server/src/modules");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every module specifier of static imports and re-exports, `import type` included, and dynamic imports. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^"';]*?\s+from\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/** The file a relative specifier names, or null for a package or an unresolvable path. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  const candidates = [
    base,
    base.replace(/\.js$/, ".ts"),
    base.replace(/\.js$/, ".tsx"),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const rel = (path: string, root: string) => relative(root, path).split(sep).join("/");

interface Edge {
  from: string;
  to: string;
}

function edges(files: string[], root: string): Edge[] {
  return files.flatMap((file) =>
    specifiers(readFileSync(file, "utf8")).flatMap((spec) => {
      const target = resolveImport(file, spec);
      return target ? [{ from: rel(file, root), to: rel(target, root) }] : [];
    }),
  );
}

/** The web rule for one import; null when it is allowed. */
export function webViolation({ from, to }: Edge): string | null {
  if (!to.startsWith("pages/")) return null;
  if (from.startsWith("pages/"))
    return `page ${from} imports page ${to} (move the shared part to components/)`;
  // The router (App.tsx and the files beside it) is the one place that opens pages.
  if (!from.includes("/")) return null;
  return `${from} imports page ${to}`;
}

/** The server rule for one import; null when it is allowed. */
export function serverViolation({ from, to }: Edge): string | null {
  if (to.startsWith("../")) return null; // platform, db, packages: not a module
  const [fromModule] = from.split("/");
  const [toModule, ...rest] = to.split("/");
  if (fromModule === toModule) return null;
  if (rest.join("/") === "index.ts") return null;
  return `module ${fromModule} reaches into ${to} (import ../${toModule}/index.ts)`;
}

describe("web import boundaries", () => {
  it("no page imports another page, and only the router imports pages", () => {
    const problems = edges(sourceFiles(WEB), WEB)
      .map(webViolation)
      .filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });

  it("the rule catches a page importing a page, and a component importing a page", () => {
    expect(webViolation({ from: "pages/official/A.tsx", to: "pages/provider/B.tsx" })).not.toBeNull();
    expect(webViolation({ from: "components/C.tsx", to: "pages/NotFoundPage.tsx" })).not.toBeNull();
    expect(webViolation({ from: "lib/format.ts", to: "pages/official/A.tsx" })).not.toBeNull();
    expect(webViolation({ from: "App.tsx", to: "pages/official/A.tsx" })).toBeNull();
    expect(webViolation({ from: "pages/official/A.tsx", to: "components/C.tsx" })).toBeNull();
  });
});

describe("server module boundaries", () => {
  it("a module reaches another module only through its index.ts", () => {
    const all = edges(sourceFiles(MODULES), MODULES);
    // The reader sees the crossings it judges (e.g. staff → institutions/index.ts), so an empty list means something.
    expect(
      all.filter((e) => e.from.split("/")[0] !== e.to.split("/")[0] && !e.to.startsWith("../")).length,
    ).toBeGreaterThan(5);
    const problems = all.map(serverViolation).filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });

  it("the rule catches a reach past index.ts", () => {
    expect(
      serverViolation({ from: "staff/staff.service.ts", to: "institutions/institutions.repository.ts" }),
    ).not.toBeNull();
    expect(serverViolation({ from: "staff/staff.service.ts", to: "institutions/index.ts" })).toBeNull();
    expect(serverViolation({ from: "staff/staff.routes.ts", to: "staff/staff.service.ts" })).toBeNull();
  });

  it("reads every kind of import", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b/b.service.ts";',
      'export { c } from "./c";',
      'import "./side-effect.ts";',
      'const d = await import("../d/index.ts");',
      "import {\n  e,\n  f,\n} from './ef';",
    ].join("\n");
    expect(specifiers(source).sort()).toEqual(
      ["./a.ts", "../b/b.service.ts", "./c", "./side-effect.ts", "../d/index.ts", "./ef"].sort(),
    );
  });
});
