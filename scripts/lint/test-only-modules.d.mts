/** Production modules under lib/, app/ or components/ that only tests (or nothing) reach, sorted. */
export function findTestOnlyModules(sources: Map<string, string>): string[];
/** Every source file of the project (path relative to root → text), without node_modules, build output or generated code. */
export function readProjectSources(root: string): Map<string, string>;
