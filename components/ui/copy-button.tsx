"use client";

import { useEffect, useState } from "react";

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a hidden textarea.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** A button that copies `text` and says so, in an aria-live region next to it. */
export function CopyButton({
  text,
  label,
  copiedMessage,
  className,
}: {
  text: string | (() => string);
  label: string;
  /** What the confirmation says, e.g. "Link copied". */
  copiedMessage: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const t = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () =>
          setState(
            (await writeClipboard(typeof text === "function" ? text() : text))
              ? "copied"
              : "failed",
          )
        }
        className={
          className ??
          "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
        }
      >
        {label}
      </button>
      <span aria-live="polite" role="status" className="text-sm text-emerald-800">
        {state === "copied"
          ? copiedMessage
          : state === "failed"
            ? "Could not copy: select the text and copy it by hand."
            : ""}
      </span>
    </span>
  );
}
