/** See scripts/latin1-source.mjs. */
export function latin1Source(code: string, name: string): string;
