// French and English: the browser's language unless the user chose one (kept in localStorage).

const SUPPORTED = ['fr', 'en'];

export function language() {
  const chosen = localStorage.getItem('crm.lang');
  if (SUPPORTED.includes(chosen)) return chosen;
  const browser = (navigator.languages || [navigator.language || 'en'])
    .map((tag) => tag.toLowerCase().split('-')[0]).find((code) => SUPPORTED.includes(code));
  return browser || 'en';
}

export function chooseLanguage(code) {
  if (SUPPORTED.includes(code)) localStorage.setItem('crm.lang', code);
  document.documentElement.lang = language();
}

/** A function that looks texts up in {en: {...}, fr: {...}}, with {name} placeholders. */
export function translator(texts) {
  return (key, values = {}) => {
    const text = (texts[language()] || {})[key] ?? (texts.en || {})[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
  };
}

function locale() {
  return language() === 'fr' ? 'fr-FR' : 'en-GB';
}

/** An instant (ISO text) as the user reads it, in their time zone. */
export function formatDateTime(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function formatDate(date) {
  if (!date) return '';
  // a calendar date ('2026-12-30') is that day everywhere: read and shown in UTC, not shifted to the day before west of it
  const calendarDay = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', ...(calendarDay ? { timeZone: 'UTC' } : {}) }).format(new Date(date));
}

export function formatNumber(value, digits = 0) {
  if (value === null || value === undefined || value === '') return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(Number(value));
}

/** Money as the API sends it (a decimal text or number, with its currency). */
export function formatMoney(amount, currency = 'EUR') {
  if (amount === null || amount === undefined || amount === '') return '';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(Number(amount));
}

export function formatPercent(ratio) {
  if (ratio === null || ratio === undefined) return '';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(Number(ratio));
}

/** A number as the CRM stores it (E.164) the way people write it: French numbers as 06 12 34 56 78, others as stored. */
export function formatPhone(e164) {
  const french = /^\+33([1-9])(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164 || '');
  return french ? `0${french[1]} ${french.slice(2).join(' ')}` : (e164 || '');
}
