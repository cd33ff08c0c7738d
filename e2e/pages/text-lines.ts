import type { Locator } from "@playwright/test";

/**
 * The most lines any occurrence of `phrase` inside `within` is laid out on (across any
 * elements it spans): 1 when none wraps, 0 when the text does not hold it.
 */
export async function linesOf(within: Locator, phrase: string): Promise<number> {
  return within.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join("");
    let most = 0;
    for (let start = text.indexOf(wanted); start >= 0; start = text.indexOf(wanted, start + 1)) {
      const end = start + wanted.length;
      const range = document.createRange();
      let at = 0;
      for (const n of nodes) {
        const next = at + n.data.length;
        if (start >= at && start < next) range.setStart(n, start - at);
        if (end > at && end <= next) range.setEnd(n, end - at);
        at = next;
      }
      const tops = [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.top));
      most = Math.max(most, new Set(tops).size);
    }
    return most;
  }, phrase);
}
