// Limits of the content review, shared by the API route, the CLI and the page. Browser-safe.

/** Largest message reviewed: 5 MiB, well above an ordinary message with a few attachments. */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

/** Linked domains looked up on the domain blocklists, at most (the first ones in the message). */
export const MAX_LINKED_DOMAINS = 10;
