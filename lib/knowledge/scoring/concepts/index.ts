// Concepts: named detectors for the reason a sentence gives, whatever its verb (./types.ts says
// how they match). One file per family of causes, so that each stays readable; the families
// together are what the classifier reads.
import type { Concept } from "./types";
import { AUTHENTICATION_CONCEPTS } from "./authentication";
import { RECIPIENT_CONCEPTS } from "./recipient";
import { SENDING_HOST_CONCEPTS } from "./sending-host";
import { SENDER_ADDRESS_CONCEPTS } from "./sender-address";
import { CONTENT_CONCEPTS } from "./content";
import { PROTOCOL_CONCEPTS } from "./protocol";
import { SUBMISSION_CONCEPTS } from "./submission";
import { DELIVERY_CONCEPTS } from "./delivery";
import { NOTICE_CONCEPTS } from "./notices";
import { LOCALIZED_RECIPIENT_CONCEPTS } from "./localized-recipient";
import { LOCALIZED_DELIVERY_CONCEPTS } from "./localized-delivery";
import { LOCALIZED_ADDRESS_CONCEPTS } from "./localized-address";
import { LOCALIZED_TRANSFER_CONCEPTS } from "./localized-transfer";
import { LOCALIZED_EXCHANGE_CONCEPTS } from "./localized-exchange";
import { LOCALIZED_CLIENT_CONCEPTS } from "./localized-client";
import { LOCALIZED_VOCABULARY_CONCEPTS } from "./localized-vocabulary";
import { LOCALIZED_VOCABULARY_CJK_CONCEPTS } from "./localized-vocabulary-cjk";
import { LOCALIZED_VOCABULARY_RU_CONCEPTS } from "./localized-vocabulary-ru";
import { LOCALIZED_VOCABULARY_KO_CONCEPTS } from "./localized-vocabulary-ko";
import { LOCALIZED_VOCABULARY_VI_CONCEPTS } from "./localized-vocabulary-vi";
import { LOCALIZED_VOCABULARY_ID_CONCEPTS } from "./localized-vocabulary-id";
import { LOCALIZED_VOCABULARY_TH_CONCEPTS } from "./localized-vocabulary-th";
import { LOCALIZED_VOCABULARY_TR_CONCEPTS } from "./localized-vocabulary-tr";
import { LOCALIZED_VOCABULARY_NL_CONCEPTS } from "./localized-vocabulary-nl";
import { LOCALIZED_VOCABULARY_CS_CONCEPTS } from "./localized-vocabulary-cs";
import { LOCALIZED_VOCABULARY_PT_CONCEPTS } from "./localized-vocabulary-pt";
import { LOCALIZED_VOCABULARY_PL_CONCEPTS } from "./localized-vocabulary-pl";
import { LOCALIZED_VOCABULARY_IT_CONCEPTS } from "./localized-vocabulary-it";
import { LOCALIZED_VOCABULARY_JA_CONCEPTS } from "./localized-vocabulary-ja";
import { LOCALIZED_NOT_FOUND_CONCEPTS } from "./localized-not-found";
import { SENDING_SERVICE_REPORT_CONCEPTS } from "./sending-service-reports";
import { CHALLENGE_NOTICE_CONCEPTS } from "./challenge-notices";
import { HEADER_FIELD_CONCEPTS } from "./header-fields";
import { LOCALIZED_REFUSAL_CONCEPTS } from "./localized-refusals";
import { LOCALIZED_BANNED_IP_CONCEPTS } from "./localized-banned-ip";
import { LOCALIZED_GOOGLE_LIMIT_CONCEPTS } from "./localized-google-limits";
import { LOCALIZED_MICROSOFT_SUPPORT_CONCEPTS } from "./localized-microsoft-support";
import { SERVER_PRODUCT_CONCEPTS } from "./server-products";
import { MESSAGE_INFECTED_CONCEPTS } from "./message-infected";
import { SENDER_IDENTITY_UNVERIFIED_CONCEPTS } from "./sender-identity-unverified";
import { HEADER_FROM_CONCEPTS } from "./header-from";
import { CONTENT_DANGEROUS_CONCEPTS } from "./content-dangerous";
import { SUBMISSION_PERMISSION_CONCEPTS } from "./submission-permission";
import { SENDER_ROUTE_CONCEPTS } from "./sender-route";
import { HELO_MISSING_CONCEPTS } from "./helo-missing";
import { NO_RECIPIENTS_CONCEPTS } from "./no-recipients";
import { CONTENT_BULK_CONCEPTS } from "./content-bulk";
import { SOCKET_ERROR_CONCEPTS } from "./socket-errors";
import { LOCALIZED_HOST_FAQ_DE_CONCEPTS } from "./localized-host-faqs-de";
import { ATTACHMENT_REMOVED_CONCEPTS } from "./attachment-removed";
import { PLAIN_REFUSAL_CONCEPTS } from "./plain-refusals";

export { CONCEPT_WINDOW, type Concept, type ConceptExample } from "./types";

export const CONCEPTS: readonly Concept[] = [
  ...AUTHENTICATION_CONCEPTS,
  ...RECIPIENT_CONCEPTS,
  ...SENDING_HOST_CONCEPTS,
  ...SENDER_ADDRESS_CONCEPTS,
  ...CONTENT_CONCEPTS,
  ...PROTOCOL_CONCEPTS,
  ...SUBMISSION_CONCEPTS,
  ...DELIVERY_CONCEPTS,
  ...NOTICE_CONCEPTS,
  ...SENDING_SERVICE_REPORT_CONCEPTS,
  ...CHALLENGE_NOTICE_CONCEPTS,
  ...LOCALIZED_RECIPIENT_CONCEPTS,
  ...LOCALIZED_DELIVERY_CONCEPTS,
  ...LOCALIZED_ADDRESS_CONCEPTS,
  ...LOCALIZED_TRANSFER_CONCEPTS,
  ...LOCALIZED_EXCHANGE_CONCEPTS,
  ...LOCALIZED_CLIENT_CONCEPTS,
  ...LOCALIZED_VOCABULARY_CONCEPTS,
  ...LOCALIZED_VOCABULARY_CJK_CONCEPTS,
  ...LOCALIZED_VOCABULARY_RU_CONCEPTS,
  ...LOCALIZED_VOCABULARY_KO_CONCEPTS,
  ...LOCALIZED_VOCABULARY_VI_CONCEPTS,
  ...LOCALIZED_VOCABULARY_ID_CONCEPTS,
  ...LOCALIZED_VOCABULARY_TH_CONCEPTS,
  ...LOCALIZED_VOCABULARY_TR_CONCEPTS,
  ...LOCALIZED_VOCABULARY_NL_CONCEPTS,
  ...LOCALIZED_VOCABULARY_CS_CONCEPTS,
  ...LOCALIZED_VOCABULARY_PT_CONCEPTS,
  ...LOCALIZED_VOCABULARY_PL_CONCEPTS,
  ...LOCALIZED_VOCABULARY_IT_CONCEPTS,
  ...LOCALIZED_VOCABULARY_JA_CONCEPTS,
  ...LOCALIZED_NOT_FOUND_CONCEPTS,
  ...LOCALIZED_REFUSAL_CONCEPTS,
  ...LOCALIZED_BANNED_IP_CONCEPTS,
  ...LOCALIZED_GOOGLE_LIMIT_CONCEPTS,
  ...LOCALIZED_MICROSOFT_SUPPORT_CONCEPTS,
  ...SERVER_PRODUCT_CONCEPTS,
  ...MESSAGE_INFECTED_CONCEPTS,
  ...SENDER_IDENTITY_UNVERIFIED_CONCEPTS,
  ...HEADER_FROM_CONCEPTS,
  ...HEADER_FIELD_CONCEPTS,
  ...CONTENT_DANGEROUS_CONCEPTS,
  ...SUBMISSION_PERMISSION_CONCEPTS,
  ...SENDER_ROUTE_CONCEPTS,
  ...HELO_MISSING_CONCEPTS,
  ...SOCKET_ERROR_CONCEPTS,
  ...LOCALIZED_HOST_FAQ_DE_CONCEPTS,
  ...NO_RECIPIENTS_CONCEPTS,
  ...CONTENT_BULK_CONCEPTS,
  ...ATTACHMENT_REMOVED_CONCEPTS,
  ...PLAIN_REFUSAL_CONCEPTS,
];
