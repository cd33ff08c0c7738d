/** See scripts/hoist-strings.mjs. */
export function hoistStrings(code: string, file: string): { code: string; strings: string[] };
