import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Every way into the server, read from the code itself: the exported functions of "use server" modules (server
// actions) and the exported HTTP methods of App Router route handlers. The authorization matrix must name exactly
// these, so a new action or handler without an expected outcome fails the suite.

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type EntryPoint = { key: string; file: string; exportName: string };

const SKIPPED_DIRS = new Set(["node_modules", "generated", ".next", "test"]);

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listSourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** True when the module's first statement (after comments) is the "use server" directive. */
export function hasUseServerDirective(source: string): boolean {
  const code = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(code);
}

const relative = (root: string, file: string) => path.relative(root, file).split(path.sep).join("/");

/** Files with a "use server" directive inside a function (an inline action): those could not be listed here. */
export function findInlineServerActions(root: string): string[] {
  return ["app", "components", "lib"]
    .flatMap((dir) => listSourceFiles(path.join(root, dir)))
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      const directives = source.match(/^\s*["']use server["'];?\s*$/gm)?.length ?? 0;
      return directives > (hasUseServerDirective(source) ? 1 : 0);
    })
    .map((file) => relative(root, file));
}

/** Every exported function of every "use server" module under app/, components/ and lib/, keyed file#name. */
export async function discoverServerActions(root: string): Promise<EntryPoint[]> {
  const modules = ["app", "components", "lib"]
    .flatMap((dir) => listSourceFiles(path.join(root, dir)))
    .filter((file) => hasUseServerDirective(readFileSync(file, "utf8")));
  const found: EntryPoint[] = [];
  for (const file of modules.sort()) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function")
        found.push({ key: `${relative(root, file)}#${name}`, file: relative(root, file), exportName: name });
    }
  }
  return found;
}

/** The URL path of a route.ts file: /api/articles/[id]/report; route groups like (desk) are not part of it. */
export function routePathOf(file: string): string {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every exported HTTP method of every app/**\/route.ts, keyed "METHOD /path". */
export async function discoverRouteHandlers(root: string): Promise<EntryPoint[]> {
  const files = listSourceFiles(path.join(root, "app")).filter((file) => /\/route\.(ts|js|mjs)$/.test(file));
  const found: EntryPoint[] = [];
  for (const file of files.sort()) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      if (typeof exports[method] === "function")
        found.push({
          key: `${method} ${routePathOf(relative(root, file))}`,
          file: relative(root, file),
          exportName: method,
        });
    }
  }
  return found;
}

/** Signed-in pages that show one row named in their URL (app/(desk)/**\/[param]/**\/page.tsx), e.g. /articles/[id]/edit. */
export function discoverRowPages(root: string): { file: string; route: string; rowRoute: string }[] {
  return listSourceFiles(path.join(root, "app", "(desk)"))
    .filter((file) => /\/page\.tsx$/.test(file) && /\/\[[^/]+\]\//.test(file))
    .map((file) => {
      const route = routePathOf(relative(root, file));
      // the route up to its first dynamic segment names the kind of row: /articles/[id]
      const rowRoute = route.slice(0, route.indexOf("]") + 1);
      return { file: path.join(root, relative(root, file)), route, rowRoute };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
