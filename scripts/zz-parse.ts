import { readdirSync, readFileSync } from "node:fs";
import { parseBounce } from "@/lib/bounce/parse";
const dir = "../shared/corpus/sisimai-dev/emails";
const bufs = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`));
async function main() { for (let i = 0; i < 30; i++) for (const b of bufs) await parseBounce(b); }
main();
