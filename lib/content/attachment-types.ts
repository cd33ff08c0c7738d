// Attachment types receivers commonly refuse, as data with sources. Browser-safe.
//
// - Executables and scripts: Rspamd 3.4's bad_extensions (/usr/share/rspamd/plugins/mime_types.lua),
//   which it says merges Gmail's and Outlook's blocked lists; Gmail "File types blocked in Gmail"
//   (https://support.google.com/mail/answer/6590); Microsoft Defender for Office 365 "common
//   attachments filter" (https://learn.microsoft.com/en-us/defender-office-365/anti-malware-policies-configure).
// - Macro-enabled Office files: Microsoft "File formats that are supported in Word/Excel/PowerPoint"
//   (the "m" formats hold VBA macros; https://learn.microsoft.com/en-us/deployoffice/compat/office-file-format-reference);
//   Microsoft blocks macros from the Internet by default (https://learn.microsoft.com/en-us/microsoft-365-apps/security/internet-macros-blocked).
// - Archives: Rspamd's archive_extensions (same file); an archive is refused when it holds any
//   of the above (Gmail: "archive files that contain" blocked types).

import type { AttachmentRisk } from "./types";

export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Rspamd bad_extensions (core and "from Gmail")
  "bat",
  "com",
  "exe",
  "iso",
  "jar",
  "lnk",
  "scr",
  "ace",
  "arj",
  "cab",
  "ade",
  "adp",
  "chm",
  "cmd",
  "cpl",
  "ins",
  "isp",
  "js",
  "jse",
  "lib",
  "mde",
  "msc",
  "msi",
  "msp",
  "mst",
  "nsh",
  "pif",
  "sct",
  "shb",
  "sys",
  "vb",
  "vbe",
  "vbs",
  "vxd",
  "wsc",
  "wsh",
  // Rspamd bad_extensions ("from Outlook"), the ones still in use
  "app",
  "bas",
  "diagcab",
  "gadget",
  "hta",
  "inf",
  "jnlp",
  "msh",
  "ps1",
  "psm1",
  "reg",
  "scf",
  "url",
  "ws",
  "wsf",
  "xbap",
  "xll",
  // Gmail's list adds these
  "appx",
  "appxbundle",
  "dll",
  "dmg",
  "msix",
  "msixbundle",
  "img",
  "vhd",
  "vhdx",
]);

export const MACRO_EXTENSIONS: ReadonlySet<string> = new Set([
  "docm",
  "dotm",
  "xlsm",
  "xltm",
  "xlam",
  "pptm",
  "potm",
  "ppsm",
  "ppam",
  "sldm",
]);

export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  "zip",
  "rar",
  "7z",
  "arj",
  "ace",
  "cab",
  "gz",
  "tgz",
  "bz2",
  "xz",
  "tar",
  "lz",
  "egg",
  "alz",
]);

export const RISK_REASONS: Record<AttachmentRisk, string> = {
  executable:
    "a program or script: Gmail, Microsoft 365 and most filters refuse these outright, whatever the message says",
  macro:
    "an Office file with macros: a common malware carrier, refused or stripped by many receivers",
  "archive-with-executable":
    "an archive that holds a program or script: receivers look inside archives and refuse these too",
  archive:
    "an archive the receiver cannot always look into (encrypted or of an unusual type): some receivers hold or refuse these",
};

/** The lower-case extension of a file name ("" when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0
    ? base
        .slice(dot + 1)
        .toLowerCase()
        .trim()
    : "";
}

/** The risk of a file by its name alone, or null when its type is ordinary. */
export function riskOfName(
  name: string,
): Exclude<AttachmentRisk, "archive-with-executable"> | null {
  const ext = extensionOf(name);
  if (EXECUTABLE_EXTENSIONS.has(ext)) return "executable";
  if (MACRO_EXTENSIONS.has(ext)) return "macro";
  if (ARCHIVE_EXTENSIONS.has(ext)) return "archive";
  return null;
}
