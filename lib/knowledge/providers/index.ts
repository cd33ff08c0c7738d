// Every provider table, one file per provider (or gateway, blocklist operator, mail server).
// Order does not decide ranking: the classifier scores every match.
import { ALIBABA_TABLE } from "./alibaba";
import { ALIBABA_DIRECTMAIL_TABLE } from "./alibaba-directmail";
import { AMAZON_SES_TABLE } from "./amazon-ses";
import { AOL_TABLE } from "./aol";
import { ARUBA_TABLE } from "./aruba";
import { APPLE_TABLE } from "./apple";
import { ATT_TABLE } from "./att";
import { BARRACUDA_TABLE } from "./barracuda";
import { BARUWA_TABLE } from "./baruwa";
import { BIGLOBE_TABLE } from "./biglobe";
import { BT_TABLE } from "./bt";
import { CISCO_TABLE } from "./cisco";
import { CLOUDFLARE_TABLE } from "./cloudflare";
import { COMCAST_TABLE } from "./comcast";
import { COREMAIL_TABLE } from "./coremail";
import { CN_MAIL_HOSTS_TABLE } from "./cn-mail-hosts";
import { MAIL263_TABLE } from "./mail263";
import { CONTENT_FILTERS_TABLE } from "./content-filters";
import { SCAN_NOTICES_TABLE } from "./scan-notices";
import { INTERMAIL_TABLE } from "./intermail";
import { COX_TABLE } from "./cox";
import { DAUM_TABLE } from "./daum";
import { DNSBL_ZONES_TABLE } from "./dnsbl-zones";
import { FACEBOOK_TABLE } from "./facebook";
import { EXIM_TABLE } from "./exim";
import { FASTMAIL_TABLE } from "./fastmail";
import { FORTINET_TABLE } from "./fortinet";
import { FREE_TABLE } from "./free";
import { FTGATE_TABLE } from "./ftgate";
import { HMAILSERVER_TABLE } from "./hmailserver";
import { ICEWARP_TABLE } from "./icewarp";
import { KERIO_TABLE } from "./kerio";
import { SMARTERMAIL_TABLE } from "./smartermail";
import { VPOP3_TABLE } from "./vpop3";
import { GODADDY_TABLE } from "./godaddy";
import { GOOGLE_TABLE } from "./google";
import { HORNETSECURITY_TABLE } from "./hornetsecurity";
import { INTERIA_TABLE } from "./interia";
import { ITALIAONLINE_TABLE } from "./italiaonline";
import { IRIDIS_TABLE } from "./iridis";
import { IUA_TABLE } from "./iua";
import { LYCOS_TABLE } from "./lycos";
import { MAILCHANNELS_TABLE } from "./mailchannels";
import { MAILRU_TABLE } from "./mailru";
import { MAILBOX_STORES_TABLE } from "./mailbox-stores";
import { MAILSPIKE_TABLE } from "./mailspike";
import { MICROSOFT_TABLE } from "./microsoft";
import { MESSAGELABS_TABLE } from "./messagelabs";
import { MIMECAST_TABLE } from "./mimecast";
import { NAVER_TABLE } from "./naver";
import { NETEASE_TABLE } from "./netease";
import { ORANGE_TABLE } from "./orange";
import { OVH_TABLE } from "./ovh";
import { PROOFPOINT_TABLE } from "./proofpoint";
import { PROTON_TABLE } from "./proton";
import { PSBL_TABLE } from "./psbl";
import { RACKSPACE_TABLE } from "./rackspace";
import { SEZNAM_TABLE } from "./seznam";
import { SFR_TABLE } from "./sfr";
import { SHAW_TABLE } from "./shaw";
import { SOPHOS_TABLE } from "./sophos";
import { SPAMEXPERTS_TABLE } from "./spamexperts";
import { SPAMCOP_TABLE } from "./spamcop";
import { SPAMHAUS_TABLE } from "./spamhaus";
import { SPECTRUM_TABLE } from "./spectrum";
import { STRATO_TABLE } from "./strato";
import { TREND_MICRO_TABLE } from "./trend-micro";
import { TRELLIX_TABLE } from "./trellix";
import { T_ONLINE_TABLE } from "./t-online";
import { TENCENT_TABLE } from "./tencent";
import { UCEPROTECT_TABLE } from "./uceprotect";
import { UNITED_INTERNET_TABLE } from "./united-internet";
import { VADE_TABLE } from "./vade";
import { VERIZON_TABLE } from "./verizon";
import { YAHOO_TABLE } from "./yahoo";
import { YANDEX_TABLE } from "./yandex";
import { ZOHO_TABLE } from "./zoho";
import { HOSTPOINT_TABLE } from "./hostpoint";
import { IMPROVMX_TABLE } from "./improvmx";
import { MXROUTE_TABLE } from "./mxroute";
import { RAMBLER_TABLE } from "./rambler";
import { TITAN_TABLE } from "./titan";
import { ZEROSPAM_TABLE } from "./zerospam";
import { WEB_HOSTS_TABLE } from "./web-hosts";
import { ELASTIC_EMAIL_TABLE } from "./elastic-email";
import { EMAILIT_TABLE } from "./emailit";
import { MAILGUN_TABLE } from "./mailgun";
import { MAILJET_TABLE } from "./mailjet";
import { MANDRILL_TABLE } from "./mandrill";
import { OCI_EMAIL_TABLE } from "./oci-email";
import { POSTMARK_TABLE } from "./postmark";
import { RESEND_TABLE } from "./resend";
import { SENDGRID_TABLE } from "./sendgrid";
import { SMTP2GO_TABLE } from "./smtp2go";
import { SOCKETLABS_TABLE } from "./socketlabs";
import { ZEPTOMAIL_TABLE } from "./zeptomail";
import { SPARKPOST_TABLE } from "./sparkpost";
import { ASSP_TABLE } from "./assp";
import { BLUEHOST_TABLE } from "./bluehost";
import { CN_REPLY_LIST_TABLE } from "./cn-reply-list";
import { CYON_TABLE } from "./cyon";
import { HOSTING_KB_TABLE } from "./hosting-kb";
import { OPENVMS_SMTP_TABLE } from "./openvms-smtp";
import { REGISTER_IT_TABLE } from "./register-it";
import { TRANSIP_TABLE } from "./transip";
import { USA_NET_TABLE } from "./usa-net";
import { DREAMHOST_TABLE } from "./dreamhost";
import { INFOMANIAK_TABLE } from "./infomaniak";
import { INFOSPHERE_TABLE } from "./infosphere";
import { KOREAN_PORTAL_LISTS_TABLE } from "./korean-portal-lists";
import { POLARIS_MAIL_TABLE } from "./polaris-mail";
import { ROMA_TRE_TABLE } from "./roma-tre";
import { TELSERCO_TABLE } from "./telserco";
import { THISWEBHOST_TABLE } from "./thiswebhost";
import { NEWCASTLE_UNIVERSITY_TABLE } from "./newcastle-university";
import { RUNBOX_TABLE } from "./runbox";
import { TUFTS_TABLE } from "./tufts";
import { TK_OPEN_SYSTEMS_TABLE } from "./tk-open-systems";
import { MAILME_HK_TABLE } from "./mailme-hk";
import { GEN_UK_TABLE } from "./gen-uk";
import { VIPRE_TABLE } from "./vipre";
import { LUCHS_TABLE } from "./luchs";
import { CLEANMAIL_TABLE } from "./cleanmail";
import { BACKSCHUES_TABLE } from "./backschues";
import { VDX_TABLE } from "./vdx";
import { C4_TABLE } from "./c4";
import { AAISP_TABLE } from "./aaisp";
import { SKYWAY_WEST_TABLE } from "./skyway-west";
import { ESKIMO_TABLE } from "./eskimo";
import { MUSSAR_TABLE } from "./mussar";
import { DNN4LESS_TABLE } from "./dnn4less";
import { ORACLE_MESSAGING_SERVER_TABLE } from "./oracle-messaging-server";
import { MOMENTUM_TABLE } from "./momentum";
import { TU_GRAZ_TABLE } from "./tu-graz";
import { EDUCANET2_TABLE } from "./educanet2";
import { NEDERHOST_TABLE } from "./nederhost";
import { A2I_TABLE } from "./a2i";
import { EOMATICA_TABLE } from "./eomatica";
import { KEI_TABLE } from "./kei";
import { HOST2U_TABLE } from "./host2u";
import { WEBNEXUS_TABLE } from "./webnexus";
import { SEPPMAIL_TABLE } from "./seppmail";
import { MAILPROTECTOR_TABLE } from "./mailprotector";
import { DOMINIO_ABSOLUTO_TABLE } from "./dominio-absoluto";
import { DSHOST_TABLE } from "./dshost";
import { HOSTING_UK_TABLE } from "./hosting-uk";
import { HELPCLOUD_TABLE } from "./helpcloud";
import { SPPD_TABLE } from "./sppd";
import { OMAKASE_TABLE } from "./omakase";
import { PROLINUX_TABLE } from "./prolinux";
import { MITTWALD_TABLE } from "./mittwald";
import { ST_DOMINICS_TABLE } from "./st-dominics";
import { UNIVERSITY_AT_BUFFALO_TABLE } from "./university-at-buffalo";
import { TEXAS_TECH_TABLE } from "./texas-tech";
import { NCF_TABLE } from "./ncf";
import { CTU_MATH_TABLE } from "./ctu-math";
import { KREATIVMEDIA_TABLE } from "./kreativmedia";
import { LWS_TABLE } from "./lws";
import { HOSTBUDDY_TABLE } from "./hostbuddy";
import { WEBPAL_TABLE } from "./webpal";
import { UT_AUSTIN_TABLE } from "./ut-austin";
import { WKU_TABLE } from "./wku";
import { LINFIELD_TABLE } from "./linfield";
import { MAIL_SCANNING_TABLE } from "./mail-scanning";
import { TOAST_NET_TABLE } from "./toast-net";
import { STUDIOCOAST_TABLE } from "./studiocoast";
import { HARBOUR_CITY_SECURITY_TABLE } from "./harbour-city-security";
import { PARKS_COMMUNICATIONS_TABLE } from "./parks-communications";
import { TELSTRA_TABLE } from "./telstra";
import { NETRO_TABLE } from "./netro";
import { VERACITI_TABLE } from "./veraciti";
import { OAKLAND_UNIVERSITY_TABLE } from "./oakland-university";
import { INMOTION_HOSTING_TABLE } from "./inmotion-hosting";
import { ECENICA_TABLE } from "./ecenica";
import { CMS_TOOL_TABLE } from "./cms-tool";
import { MAGICSPAM_TABLE } from "./magicspam";
import { PLESK_TABLE } from "./plesk";
import { HENNGE_TABLE } from "./hennge";
import { URL_COM_TW_TABLE } from "./url-com-tw";
import { E_POST_TABLE } from "./e-post";
import { BYTECAMP_TABLE } from "./bytecamp";
import { GONEO_TABLE } from "./goneo";
import { COMSERVICE_FFO_TABLE } from "./comservice-ffo";
import { AU_KDDI_TABLE, DOCOMO_TABLE, SOFTBANK_TABLE } from "./jp-carriers";
import { JITBIT_TABLE } from "./jitbit";
import { PROXIMUS_TABLE } from "./proximus";
import { FORPSI_TABLE } from "./forpsi";
import { GANDI_TABLE } from "./gandi";
import { NIC_RU_TABLE } from "./nic-ru";
import { UGENT_TABLE } from "./ugent";
import { NIFTY_TABLE } from "./nifty";
import { JUNARA_TABLE } from "./junara";
import { HUBSPOT_TABLE } from "./hubspot";
import { NETFABRIC_TABLE } from "./netfabric";
import { ZMAILER_TABLE } from "./zmailer";
import { SMTPF_TABLE } from "./smtpf";
import type { ProviderTable } from "./types";

export type {
  PhraseEntry,
  ProviderIdentity,
  ProviderTable,
  RemovalPage,
  SenderProviderBlock,
  SourcePage,
  StatusReading,
  Strength,
} from "./types";

export const PROVIDER_TABLES: readonly ProviderTable[] = [
  GOOGLE_TABLE,
  MICROSOFT_TABLE,
  YAHOO_TABLE,
  APPLE_TABLE,
  MIMECAST_TABLE,
  GODADDY_TABLE,
  FACEBOOK_TABLE,
  COX_TABLE,
  SPECTRUM_TABLE,
  ORANGE_TABLE,
  FREE_TABLE,
  STRATO_TABLE,
  BIGLOBE_TABLE,
  SPAMHAUS_TABLE,
  SPAMCOP_TABLE,
  BARRACUDA_TABLE,
  UCEPROTECT_TABLE,
  MAILSPIKE_TABLE,
  PSBL_TABLE,
  CLOUDFLARE_TABLE,
  ZOHO_TABLE,
  UNITED_INTERNET_TABLE,
  YANDEX_TABLE,
  MAILRU_TABLE,
  T_ONLINE_TABLE,
  PROOFPOINT_TABLE,
  COMCAST_TABLE,
  AMAZON_SES_TABLE,
  ATT_TABLE,
  FASTMAIL_TABLE,
  CISCO_TABLE,
  SOPHOS_TABLE,
  TREND_MICRO_TABLE,
  EXIM_TABLE,
  VERIZON_TABLE,
  OVH_TABLE,
  SPAMEXPERTS_TABLE,
  PROTON_TABLE,
  DNSBL_ZONES_TABLE,
  TENCENT_TABLE,
  CONTENT_FILTERS_TABLE,
  SCAN_NOTICES_TABLE,
  INTERMAIL_TABLE,
  MAILBOX_STORES_TABLE,
  NETEASE_TABLE,
  MESSAGELABS_TABLE,
  TRELLIX_TABLE,
  RACKSPACE_TABLE,
  SEZNAM_TABLE,
  INTERIA_TABLE,
  ITALIAONLINE_TABLE,
  ARUBA_TABLE,
  VADE_TABLE,
  HORNETSECURITY_TABLE,
  MAILCHANNELS_TABLE,
  FORTINET_TABLE,
  TITAN_TABLE,
  IMPROVMX_TABLE,
  HOSTPOINT_TABLE,
  MXROUTE_TABLE,
  ZEROSPAM_TABLE,
  RAMBLER_TABLE,
  IUA_TABLE,
  ALIBABA_TABLE,
  BARUWA_TABLE,
  WEB_HOSTS_TABLE,
  DAUM_TABLE,
  NAVER_TABLE,
  IRIDIS_TABLE,
  SENDGRID_TABLE,
  MAILGUN_TABLE,
  POSTMARK_TABLE,
  SPARKPOST_TABLE,
  MANDRILL_TABLE,
  MAILJET_TABLE,
  SMTP2GO_TABLE,
  SOCKETLABS_TABLE,
  ELASTIC_EMAIL_TABLE,
  ZEPTOMAIL_TABLE,
  EMAILIT_TABLE,
  OCI_EMAIL_TABLE,
  RESEND_TABLE,
  SFR_TABLE,
  FTGATE_TABLE,
  HMAILSERVER_TABLE,
  ICEWARP_TABLE,
  VPOP3_TABLE,
  KERIO_TABLE,
  SMARTERMAIL_TABLE,
  AOL_TABLE,
  BT_TABLE,
  SHAW_TABLE,
  LYCOS_TABLE,
  COREMAIL_TABLE,
  CN_MAIL_HOSTS_TABLE,
  MAIL263_TABLE,
  ALIBABA_DIRECTMAIL_TABLE,
  ASSP_TABLE,
  BLUEHOST_TABLE,
  CN_REPLY_LIST_TABLE,
  CYON_TABLE,
  DREAMHOST_TABLE,
  INFOMANIAK_TABLE,
  INFOSPHERE_TABLE,
  KOREAN_PORTAL_LISTS_TABLE,
  POLARIS_MAIL_TABLE,
  ROMA_TRE_TABLE,
  TELSERCO_TABLE,
  THISWEBHOST_TABLE,
  NEWCASTLE_UNIVERSITY_TABLE,
  RUNBOX_TABLE,
  TUFTS_TABLE,
  TK_OPEN_SYSTEMS_TABLE,
  MAILME_HK_TABLE,
  GEN_UK_TABLE,
  VIPRE_TABLE,
  LUCHS_TABLE,
  CLEANMAIL_TABLE,
  BACKSCHUES_TABLE,
  VDX_TABLE,
  C4_TABLE,
  AAISP_TABLE,
  SKYWAY_WEST_TABLE,
  ESKIMO_TABLE,
  MUSSAR_TABLE,
  DNN4LESS_TABLE,
  ORACLE_MESSAGING_SERVER_TABLE,
  MOMENTUM_TABLE,
  TU_GRAZ_TABLE,
  EDUCANET2_TABLE,
  NEDERHOST_TABLE,
  A2I_TABLE,
  EOMATICA_TABLE,
  KEI_TABLE,
  HOST2U_TABLE,
  WEBNEXUS_TABLE,
  SEPPMAIL_TABLE,
  MAILPROTECTOR_TABLE,
  DOMINIO_ABSOLUTO_TABLE,
  DSHOST_TABLE,
  HOSTING_UK_TABLE,
  HELPCLOUD_TABLE,
  SPPD_TABLE,
  OMAKASE_TABLE,
  PROLINUX_TABLE,
  MITTWALD_TABLE,
  ST_DOMINICS_TABLE,
  UNIVERSITY_AT_BUFFALO_TABLE,
  TEXAS_TECH_TABLE,
  NCF_TABLE,
  CTU_MATH_TABLE,
  KREATIVMEDIA_TABLE,
  LWS_TABLE,
  HOSTBUDDY_TABLE,
  WEBPAL_TABLE,
  UT_AUSTIN_TABLE,
  WKU_TABLE,
  LINFIELD_TABLE,
  MAIL_SCANNING_TABLE,
  TOAST_NET_TABLE,
  STUDIOCOAST_TABLE,
  HARBOUR_CITY_SECURITY_TABLE,
  PARKS_COMMUNICATIONS_TABLE,
  TELSTRA_TABLE,
  NETRO_TABLE,
  VERACITI_TABLE,
  OAKLAND_UNIVERSITY_TABLE,
  INMOTION_HOSTING_TABLE,
  ECENICA_TABLE,
  CMS_TOOL_TABLE,
  MAGICSPAM_TABLE,
  PLESK_TABLE,
  HENNGE_TABLE,
  URL_COM_TW_TABLE,
  E_POST_TABLE,
  BYTECAMP_TABLE,
  GONEO_TABLE,
  COMSERVICE_FFO_TABLE,
  DOCOMO_TABLE,
  AU_KDDI_TABLE,
  SOFTBANK_TABLE,
  JITBIT_TABLE,
  PROXIMUS_TABLE,
  FORPSI_TABLE,
  GANDI_TABLE,
  NIC_RU_TABLE,
  UGENT_TABLE,
  NIFTY_TABLE,
  JUNARA_TABLE,
  HUBSPOT_TABLE,
  NETFABRIC_TABLE,
  ZMAILER_TABLE,
  SMTPF_TABLE,
  TRANSIP_TABLE,
  USA_NET_TABLE,
  REGISTER_IT_TABLE,
  HOSTING_KB_TABLE,
  OPENVMS_SMTP_TABLE,
];
