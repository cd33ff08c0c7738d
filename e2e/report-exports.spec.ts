import { expect, test } from "./fixtures";

test.describe("the copied report has the share page's structure", () => {
  test("an unknown's Markdown and plain text say first what is not settled, and that no check ran", async ({
    reportPage,
    page,
  }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    // The API's link for a bounce that does not say why: made before any check or answer.
    const response = await page.request.post("/api/diagnose", {
      data: { text: "550 mail refused" },
    });
    expect(response.ok()).toBe(true);
    const { link } = (await response.json()) as { link: { ok: boolean; url?: string } };
    expect(link.ok).toBe(true);
    await reportPage.open(`/r${new URL(link.url ?? "").hash}`);
    await expect(reportPage.notSettled()).toBeVisible();

    const copy = async (name: string, copied: string) => {
      await reportPage.report.getByRole("button", { name }).click();
      await expect(page.getByRole("status").filter({ hasText: copied })).toBeVisible();
      return page.evaluate(() => navigator.clipboard.readText());
    };

    const md = await copy("Copy Markdown", "Report copied as Markdown");
    const lines = md.split("\n");
    const notSettled = lines.indexOf("## Not settled yet");
    expect(notSettled).toBeGreaterThan(0);
    expect(notSettled).toBeLessThan(lines.indexOf("## What is known"));
    // Each step the page frames as "check first" is one in the ticket too, unticked.
    const pageSteps = await reportPage.notSettled().getByTestId("tells-apart").count();
    expect(pageSteps).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes("[ ] Check first"))).toHaveLength(pageSteps);
    expect(md).toContain("No check had run when this report was made");
    expect(md).not.toContain("## Records found");

    const text = await copy("Copy plain text", "Report copied as plain text");
    expect(text.indexOf("NOT SETTLED YET")).toBeGreaterThan(0);
    expect(text.indexOf("NOT SETTLED YET")).toBeLessThan(text.indexOf("WHAT IS KNOWN"));
    expect(text).not.toMatch(/^#+ /m);
    expect(text).not.toContain("- [ ]");
  });
});
