// The source replies Bounce Doctor still reads wrong, and why: each fix lies outside the MTAs'
// signature files this sweep owns (a status-code reading in lib/knowledge/scoring or
// enhanced-status-codes.ts, a generic or provider wording, a stage shift, the engine in
// lib/classify). The test expects these rows to fail; a fix elsewhere turns one green, and then
// its line here goes.

export const KNOWN_MISREADS: Readonly<Record<string, string>> = {};
