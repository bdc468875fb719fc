/**
 * Contact details shown to someone other than their owner are masked (개인정보 보호법 제29조 안전조치; the
 * usual 가명 처리 of screens): an e-mail keeps its first two letters and domain, a phone its last four digits.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  const local = email.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1))}***${email.slice(at)}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "***";
  return `${digits.slice(0, 3)}-****-${digits.slice(-4)}`;
}
