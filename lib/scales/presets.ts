// The rating scales every organization can start from. Colours are chosen to stay distinguishable for the common
// colour-vision deficiencies and to keep 4.5:1 contrast with white text; the label is always shown beside the colour.
export type ScaleOptionInput = { label: string; description: string; colour: string; value: number };
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
    },
    {
      label: "Mostly true",
      description: "Accurate but needs clarification or additional information.",
      colour: "#4d7c0f",
      value: 4,
    },
    {
      label: "Half true",
      description: "Partially accurate but leaves out important details or takes things out of context.",
      colour: "#8a6100",
      value: 3,
    },
    {
      label: "Mostly false",
      description: "Contains an element of truth but ignores critical facts that would give a different impression.",
      colour: "#b45309",
      value: 2,
    },
    { label: "False", description: "The statement is not accurate.", colour: "#b91c1c", value: 1 },
    {
      label: "Pants on fire",
      description: "The statement is not accurate and makes a ridiculous claim.",
      colour: "#7f1d1d",
      value: 0,
    },
  ],
};

export const FIVE_LEVEL_PRESET: ScalePreset = {
  key: "five-level",
  name: "Five-level accuracy scale",
  description: "Accuracy ratings for political statements, including technically inaccurate claims.",
  options: [
    { label: "Accurate", description: "Correct and in context.", colour: "#1b7a3e", value: 4 },
    {
      label: "Mostly accurate",
      description: "Correct in substance, with minor errors or missing context.",
      colour: "#4d7c0f",
      value: 3,
    },
    {
      label: "Technically inaccurate",
      description: "Wrong on a point of fact or law, though the broader point may stand.",
      colour: "#8a6100",
      value: 2,
    },
    {
      label: "Misleading",
      description: "Uses facts in a way that gives a false impression.",
      colour: "#b45309",
      value: 1,
    },
    { label: "False", description: "Not supported by the evidence.", colour: "#b91c1c", value: 0 },
  ],
};

export const SCALE_PRESETS = [SIX_LEVEL_PRESET, FIVE_LEVEL_PRESET];
