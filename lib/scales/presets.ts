// The rating scales every organization can start from. Colours are chosen to stay distinguishable for the common
// colour-vision deficiencies and to keep 4.5:1 contrast with white text; the label is always shown beside the colour.
// Each option also carries its Spanish and Arabic label and description (lib/vocabulary/option-label.ts).
import type { OptionTranslations } from "@/lib/vocabulary/option-label";

export type ScaleOptionInput = {
  label: string;
  description: string;
  colour: string;
  value: number;
  translations: OptionTranslations;
};
export type ScalePreset = { key: string; name: string; description: string; options: ScaleOptionInput[] };

export const SIX_LEVEL_PRESET: ScalePreset = {
  key: "six-level",
  name: "Six-level truth scale",
  description: "A PolitiFact-style scale from True to Pants on Fire.",
  options: [
    {
      label: "True",
      description: "The statement is accurate and nothing significant is missing.",
      colour: "#1b7a3e",
      value: 5,
      translations: {
        es: { label: "Verdadero", description: "La afirmación es exacta y no le falta nada significativo." },
        ar: { label: "صحيح", description: "التصريح دقيق ولا ينقصه شيء جوهري." },
      },
    },
    {
      label: "Mostly true",
      description: "Accurate but needs clarification or additional information.",
      colour: "#4d7c0f",
      value: 4,
      translations: {
        es: {
          label: "Mayormente verdadero",
          description: "Es exacta, pero necesita aclaraciones o información adicional.",
        },
        ar: { label: "صحيح في معظمه", description: "دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية." },
      },
    },
    {
      label: "Half true",
      description: "Partially accurate but leaves out important details or takes things out of context.",
      colour: "#8a6100",
      value: 3,
      translations: {
        es: {
          label: "Verdad a medias",
          description: "Es parcialmente exacta, pero omite detalles importantes o saca las cosas de contexto.",
        },
        ar: { label: "نصف صحيح", description: "دقيق جزئيًا لكنه يغفل تفاصيل مهمة أو يقتطع الأمور من سياقها." },
      },
    },
    {
      label: "Mostly false",
      description: "Contains an element of truth but ignores critical facts that would give a different impression.",
      colour: "#b45309",
      value: 2,
      translations: {
        es: {
          label: "Mayormente falso",
          description:
            "Contiene un elemento de verdad, pero ignora hechos cruciales que darían una impresión diferente.",
        },
        ar: {
          label: "خاطئ في معظمه",
          description: "يتضمن جانبًا من الحقيقة لكنه يتجاهل وقائع حاسمة كانت ستعطي انطباعًا مختلفًا.",
        },
      },
    },
    {
      label: "False",
      description: "The statement is not accurate.",
      colour: "#b91c1c",
      value: 1,
      translations: {
        es: { label: "Falso", description: "La afirmación no es exacta." },
        ar: { label: "خاطئ", description: "التصريح غير دقيق." },
      },
    },
    {
      label: "Pants on fire",
      description: "The statement is not accurate and makes a ridiculous claim.",
      colour: "#7f1d1d",
      value: 0,
      translations: {
        es: { label: "Falso y disparatado", description: "La afirmación no es exacta y además es disparatada." },
        ar: { label: "كذب فاضح", description: "التصريح غير دقيق ويطرح ادعاءً سخيفًا." },
      },
    },
  ],
};

export const FIVE_LEVEL_PRESET: ScalePreset = {
  key: "five-level",
  name: "Five-level accuracy scale",
  description: "Accuracy ratings for political statements, including technically inaccurate claims.",
  options: [
    {
      label: "Accurate",
      description: "Correct and in context.",
      colour: "#1b7a3e",
      value: 4,
      translations: {
        es: { label: "Exacto", description: "Correcto y en contexto." },
        ar: { label: "دقيق", description: "صحيح وفي سياقه." },
      },
    },
    {
      label: "Mostly accurate",
      description: "Correct in substance, with minor errors or missing context.",
      colour: "#4d7c0f",
      value: 3,
      translations: {
        es: {
          label: "Mayormente exacto",
          description: "Correcto en lo sustancial, con errores menores o falta de contexto.",
        },
        ar: { label: "دقيق في معظمه", description: "صحيح في جوهره، مع أخطاء طفيفة أو نقص في السياق." },
      },
    },
    {
      label: "Technically inaccurate",
      description: "Wrong on a point of fact or law, though the broader point may stand.",
      colour: "#8a6100",
      value: 2,
      translations: {
        es: {
          label: "Técnicamente inexacto",
          description: "Erróneo en una cuestión de hecho o de derecho, aunque el argumento general pueda sostenerse.",
        },
        ar: {
          label: "غير دقيق من الناحية الفنية",
          description: "خاطئ في مسألة واقعية أو قانونية، وإن كانت الفكرة العامة قد تبقى قائمة.",
        },
      },
    },
    {
      label: "Misleading",
      description: "Uses facts in a way that gives a false impression.",
      colour: "#b45309",
      value: 1,
      translations: {
        es: { label: "Engañoso", description: "Usa hechos de una manera que da una impresión falsa." },
        ar: { label: "مضلل", description: "يستخدم الوقائع بطريقة تعطي انطباعًا خاطئًا." },
      },
    },
    {
      label: "False",
      description: "Not supported by the evidence.",
      colour: "#b91c1c",
      value: 0,
      translations: {
        es: { label: "Falso", description: "No está respaldado por las pruebas." },
        ar: { label: "خاطئ", description: "لا تدعمه الأدلة." },
      },
    },
  ],
};

export const SCALE_PRESETS = [SIX_LEVEL_PRESET, FIVE_LEVEL_PRESET];
