import { readdirSync, readFileSync } from "node:fs";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
const dir = "../shared/corpus/sisimai-dev/emails";
const bufs = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`));
async function main() {
  const parsed = [];
  for (let i = 0; i < 3; i++) for (const b of bufs) classify(await parseBounce(b));
  let t0 = performance.now();
  for (let i = 0; i < 10; i++) for (const b of bufs) parsed.push(await parseBounce(b));
  const tp = performance.now() - t0;
  t0 = performance.now();
  for (const p of parsed) classify(p);
  const tc = performance.now() - t0;
  console.log(`parse ${(tp / parsed.length * 1000).toFixed(1)} us/msg  classify ${(tc / parsed.length * 1000).toFixed(1)} us/msg  total ${(1e6 / ((tp + tc) / parsed.length * 1000)).toFixed(0)} msg/s`);
}
main();
