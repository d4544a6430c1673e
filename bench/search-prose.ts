// News-like sentences in the search benchmark's languages (bench/search.ts): English from the anchoring benchmark's
// generator, Spanish and Arabic (each with its own PostgreSQL text-search configuration) and Hebrew (none: indexed
// with the simple configuration). Small word lists, so every language has frequent and rare words to search for.
import { generateSentence, type Random } from "./news-prose";

/** The benchmark's article languages: "he" has no text-search configuration in PostgreSQL. */
export const BENCH_LANGUAGES = ["en", "es", "ar", "he"] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

const SPANISH = {
  subjects: ["El ministerio de Sanidad", "El ayuntamiento", "La comisión regional", "El Gobierno", "La oposición"],
  more: ["El Banco de España", "Los sindicatos", "La universidad pública", "La patronal", "El tribunal"],
  verbs: ["publicó", "anunció", "rechazó", "aprobó", "criticó", "presentó", "defendió", "retrasó", "revisó"],
  objects: [
    "las cifras del paro",
    "el presupuesto de vivienda",
    "las verificaciones de los datos",
    "el plan de transporte",
    "la reforma fiscal",
    "los precios de la energía",
    "el informe sobre la inflación",
    "las listas de espera",
    "las exportaciones agrícolas",
    "los contratos de limpieza",
  ],
  places: ["Madrid", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Murcia", "Sevilla", "Oviedo", "Cáceres", "Girona"],
  people: ["María García", "José Martínez", "Lucía Fernández", "Carmen López", "Javier Sánchez", "Ana Romero"],
  roles: ["portavoz", "economista", "diputada", "alcalde", "investigadora", "consejero"],
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre"],
  trends: ["subieron", "bajaron", "se duplicaron", "se estancaron", "crecieron", "cayeron"],
  goals: ["reducir las listas de espera", "bajar los alquileres", "crear empleo", "cerrar la brecha salarial"],
};

const ARABIC = {
  subjects: ["وزارة الصحة", "الحكومة", "البرلمان", "البنك المركزي", "المعارضة", "النقابات", "البلدية", "هيئة الإحصاء"],
  verbs: ["نشرت", "أعلنت", "رفضت", "أقرت", "انتقدت", "قدمت", "أجلت", "راجعت"],
  objects: [
    "أرقام البطالة",
    "ميزانية الإسكان",
    "خطة النقل",
    "الإصلاح الضريبي",
    "أسعار الطاقة",
    "تقرير التضخم",
    "قوائم الانتظار",
    "بيانات الصادرات",
    "عقود النظافة",
    "رواتب المعلمين",
  ],
  places: ["القاهرة", "عمّان", "بيروت", "الرباط", "تونس", "الدوحة", "الجزائر", "مسقط", "الخرطوم", "أربيل"],
  people: ["أحمد حسن", "فاطمة علي", "محمد سعيد", "ليلى خالد", "يوسف إبراهيم", "مريم عبد الله"],
  roles: ["المتحدث الرسمي", "الخبيرة الاقتصادية", "النائبة", "رئيس البلدية", "الباحث"],
  months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر"],
  trends: ["ارتفعت", "انخفضت", "تضاعفت", "استقرت", "تراجعت", "قفزت"],
  goals: ["خفض قوائم الانتظار", "خفض الإيجارات", "خلق فرص العمل", "تحسين الخدمات الصحية"],
};

const HEBREW = {
  subjects: ["משרד הבריאות", "הממשלה", "הכנסת", "בנק ישראל", "האופוזיציה", "העירייה", "הלשכה המרכזית לסטטיסטיקה"],
  verbs: ["פרסם", "הודיע על", "דחה את", "אישר את", "מתח ביקורת על", "הציג את", "דחה שוב את"],
  objects: [
    "נתוני האבטלה",
    "תקציב הדיור",
    "תוכנית התחבורה",
    "הרפורמה במס",
    "מחירי האנרגיה",
    "דוח האינפלציה",
    "רשימות ההמתנה",
    "נתוני היצוא",
  ],
  places: ["בירושלים", "בתל אביב", "בחיפה", "בבאר שבע", "באילת", "בנצרת", "בעכו", "בטבריה"],
  people: ["דוד כהן", "שרה לוי", "יוסף מזרחי", "רחל פרץ", "משה ביטון", "נועה אברהם"],
  months: ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר"],
  trends: ["עלו", "ירדו", "הוכפלו", "התייצבו", "צנחו", "זינקו"],
};

function spanish(r: Random): string {
  const s = SPANISH;
  const subject = r.chance(0.5) ? r.pick(s.subjects) : r.pick(s.more);
  switch (r.int(4)) {
    case 0:
      return `${subject} ${r.pick(s.verbs)} ${r.pick(s.objects)} en ${r.pick(s.places)} el ${1 + r.int(28)} de ${r.pick(s.months)}, según ${r.pick(s.people)}.`;
    case 1:
      return `Según ${r.pick(s.people)}, ${r.pick(s.roles)}, ${r.pick(s.objects)} ${r.pick(s.trends)} un ${1 + r.int(90)} por ciento desde ${r.pick(s.months)}.`;
    case 2:
      return `«Vamos a ${r.pick(s.goals)} antes de ${2026 + r.int(9)}», dijo ${r.pick(s.people)} en ${r.pick(s.places)}.`;
    default:
      return `En ${r.pick(s.places)}, ${r.pick(s.objects)} ${r.pick(s.trends)} por primera vez desde ${2000 + r.int(24)}, según ${subject.toLowerCase()}.`;
  }
}

function arabic(r: Random): string {
  const s = ARABIC;
  switch (r.int(4)) {
    case 0:
      return `${r.pick(s.subjects)} ${r.pick(s.verbs)} ${r.pick(s.objects)} في ${r.pick(s.places)} في ${1 + r.int(28)} ${r.pick(s.months)}، بحسب ${r.pick(s.people)}.`;
    case 1:
      return `قال ${r.pick(s.people)}، ${r.pick(s.roles)}، إن ${r.pick(s.objects)} ${r.pick(s.trends)} بنسبة ${1 + r.int(90)} في المئة منذ ${r.pick(s.months)}.`;
    case 2:
      return `«سنعمل على ${r.pick(s.goals)} قبل ${2026 + r.int(9)}»، قال ${r.pick(s.people)} في ${r.pick(s.places)}.`;
    default:
      return `في ${r.pick(s.places)}، ${r.pick(s.trends)} ${r.pick(s.objects)} للمرة الأولى منذ ${2000 + r.int(24)}، وفق ${r.pick(s.subjects)}.`;
  }
}

function hebrew(r: Random): string {
  const s = HEBREW;
  return r.chance(0.5)
    ? `${r.pick(s.subjects)} ${r.pick(s.verbs)} ${r.pick(s.objects)} ${r.pick(s.places)} ב-${1 + r.int(28)} ב${r.pick(s.months)}, לדברי ${r.pick(s.people)}.`
    : `לדברי ${r.pick(s.people)}, ${r.pick(s.objects)} ${r.pick(s.trends)} ב-${1 + r.int(90)} אחוזים מאז ${r.pick(s.months)} ${2000 + r.int(24)}.`;
}

/** One news-like sentence in `language`. */
export function sentenceIn(language: BenchLanguage, random: Random): string {
  if (language === "es") return spanish(random);
  if (language === "ar") return arabic(random);
  if (language === "he") return hebrew(random);
  return generateSentence(random);
}
