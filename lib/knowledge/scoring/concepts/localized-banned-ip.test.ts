// The localized concepts of ./localized-banned-ip.ts: each translated 5.7.606-649 reads as a
// blocked sending IP inside the line an NDR quotes it in, and the near misses in the same language
// (sending from an IP that SPF does not allow, something else forbidden or blocked, the sender's
// own account blocked, English bounces' boilerplate) do not fire them. Each example alone reading
// its cause is concepts.test.ts's.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_BANNED_IP_CONCEPTS } from "./localized-banned-ip";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const OURS = new Set(LOCALIZED_BANNED_IP_CONCEPTS.map((c) => c.id));
const ours = (text: string) => ids(text).filter((id) => OURS.has(id));

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return r.cause;
}

describe("localized banned sending IP (Microsoft 365's blocked senders list)", () => {
  it("keeps ids in the localized namespace, one per language", () => {
    for (const c of LOCALIZED_BANNED_IP_CONCEPTS) {
      expect(c.id).toMatch(/^concept\.l10n\.[a-z]{2}\.banned-sending-ip$/);
      expect(c.cause).toBe("ip-blocklisted");
    }
    expect(OURS.size).toBe(LOCALIZED_BANNED_IP_CONCEPTS.length);
  });

  it.each([
    [
      "de",
      "Remote Server returned '550 5.7.606 Zugriff verweigert, verbannte Absender IP [192.0.2.1]'",
    ],
    [
      "fr",
      "Le serveur distant a retourné « 550 5.7.606 Accès refusé, adresse IP d’envoi interdite [192.0.2.1] »",
    ],
    [
      "nl",
      "Externe server retourneerde '550 5.7.606 Access geweigerd, ip-adres verzenden verboden [192.0.2.1]'",
    ],
    [
      "pt",
      "O servidor remoto retornou '550 5.7.606 acesso negado, envio de IP proibido [192.0.2.1]'",
    ],
    [
      "ru",
      "Удаленный сервер вернул '550 5.7.606 доступ запрещен, запрещена отправка IP [192.0.2.1]'",
    ],
    [
      "sv",
      "Fjärrservern returnerade '550 5.7.606 Tillträde nekad, förbjuden att skicka IP [192.0.2.1]'",
    ],
    [
      "es",
      "El servidor remoto devolvió '550 5.7.606 Acceso denegado, prohibido enviar IP [192.0.2.1]'",
    ],
    [
      "da",
      "Fjernserveren returnerede '550 5.7.606 Adgang nægtet, forbudt afsendelse IP [192.0.2.1]'",
    ],
    [
      "pl",
      "Serwer zdalny zwrócił '550 5.7.606 Odmowa dostępu, zablokowano wysyłanie adresu IP [192.0.2.1]'",
    ],
    [
      "tr",
      "Uzak sunucu '550 5.7.606 Erişim reddedildi, IP göndermesi yasaklandı [192.0.2.1]' döndürdü",
    ],
    [
      "ko",
      "원격 서버에서 '550 5.7.606 액세스 거부, 금지된 보내는 IP [192.0.2.1]'을(를) 반환했습니다.",
    ],
    ["ar", "أرجع الخادم البعيد '550 5.7.606 رفض Access، حظر إرسال IP [192.0.2.1]'"],
    ["zh", "远程服务器返回“550 5.7.606 访问被拒绝，已禁止发送 IP [192.0.2.1]”"],
    [
      "ja",
      "リモート サーバーから '550 5.7.606 アクセスが拒否され、IP [192.0.2.1] の送信が禁止されています' が返されました",
    ],
  ])("%s: fires its own concept and reads ip-blocklisted", async (lang, text) => {
    expect(ours(text)).toContain(`concept.l10n.${lang}.banned-sending-ip`);
    expect(await read(text)).toBe("ip-blocklisted");
  });

  it.each([
    // Sending from an IP that the domain's SPF record does not list: authentication, no ban.
    "SPF-Prüfung fehlgeschlagen: Absender IP 192.0.2.1 ist für diese Domain nicht autorisiert",
    "Échec SPF : l'adresse IP d'envoi n'est pas autorisée pour ce domaine",
    "La dirección IP desde la que intenta enviar no está autorizada por el registro SPF del dominio",
    // Something else forbidden or blocked: an attachment, a sender address, a user's own list.
    "Bijlagen met uitvoerbare bestanden zijn verboden",
    "Anexo proibido: arquivos executáveis não são permitidos",
    "Bilagan är förbjuden enligt organisationens policy",
    "Está prohibido enviar archivos ejecutables",
    "Vedhæftede filer af denne type er forbudt",
    "Ek dosya türü yasaklandı",
    "Der Absender wurde vom Empfänger gesperrt",
    // The sender's own account blocked for sending (bad-reputation, not the IP).
    "Zablokowano wysyłanie wiadomości z tego konta z powodu podejrzenia spamu",
    "Отправка писем с вашей учетной записи запрещена",
    // ko, ar: a sender address blocked by the recipient, an attachment banned.
    "보내는 사람 주소가 받는 사람의 수신 차단 목록에 있습니다.",
    "تم حظر المرفق لأنه قد يحتوي على برامج ضارة",
    // zh, ja: an attachment or an account forbidden to send; the sender refused (5.7.511's words).
    "此附件类型已被禁止发送",
    "このアカウントからの送信が禁止されています。",
    "550 5.7.511 アクセスが拒否され、送信者が禁止されている[192.0.2.1]",
    // English bounces' boilerplate and the English reply itself (the English tables' to read).
    "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
    "Delivery has failed to these recipients or groups:",
  ])("fires no banned-IP concept on: %s", (text) => {
    expect(ours(text)).toEqual([]);
  });
});
