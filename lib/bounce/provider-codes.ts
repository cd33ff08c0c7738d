// Provider-specific codes that bounces carry beside the standard ones, as data. The
// classifier's catalog (lib/knowledge) explains them; here they are only recognised.

export interface ProviderCodePattern {
  provider: string;
  /** Group 1 is the code. Runs on whole text with bounded tokens only. */
  pattern: RegExp;
  /**
   * Words every match holds, case and all, when there are such: a text without them is not
   * searched (a native search for a literal costs a tenth of the pattern's).
   */
  literal?: string;
  source: string;
}

export const PROVIDER_CODE_PATTERNS: ProviderCodePattern[] = [
  {
    // Exchange Online's own enhanced codes 5.7.606-5.7.649 (banned sending IP, tenant blocks...).
    provider: "microsoft",
    pattern: /(?<![\d.])([45]\.7\.(?:6[0-4]\d))(?![\d.]\d)/g,
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  },
  {
    // Outlook.com / Hotmail block ids: "S3150", "S3140", "AS(2201)", "OU-001", "SC-001", "DY-001".
    provider: "microsoft",
    pattern: /\b(S3\d{3}|AS\(\d{3,5}\)|(?:OU|SC|DY|CS|RP|HE|SU|FT)-\d{3})\b/g,
    source: "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx",
  },
  {
    // Exchange resolver and routing codes: RESOLVER.ADR.RecipientNotFound, ROUTING.NoConnectorForAddressType...
    provider: "microsoft",
    pattern:
      /\b((?:RESOLVER|ROUTING|STOREDRV|SMTPSEND|SMTPSEND\.DNS|QUEUE|CAT)\.[A-Za-z]{2,30}(?:\.[A-Za-z]{2,40}){0,2})\b/g,
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  },
  {
    // Yahoo: "[TSS04]", "[TS01]", "[PH01]", "[TSS09]", "[BL21]", "[IPTS04]".
    provider: "yahoo",
    pattern: /\b(TSS0\d|TS0\d|PH0\d|BL2\d|IPTS0\d|DY\d{2}|RL\d{2})\b/g,
    source: "https://senders.yahooinc.com/smtp-error-codes/",
  },
  {
    // iCloud: "CS01", "HM08", "CS05" ... in "554 5.7.1 [CS01] Message rejected".
    provider: "icloud",
    pattern: /\[((?:CS|HM|LM|IP)\d{2})\]/g,
    source: "https://support.apple.com/en-us/102322",
  },
  {
    // Gmail's reply tail: "... - gsmtp" (with the queue id before it).
    provider: "gmail",
    // The literal comes first so that the engine can skip ahead to it; the lookbehind after it
    // checks the word starts the token (a leading lookbehind made every position a candidate).
    pattern: /(gsmtp)\b(?<=(?:^|\s)gsmtp)/gm,
    literal: "gsmtp",
    source: "https://support.google.com/a/answer/3726730",
  },
];
