/**
 * A logistic-regression model over sparse binary features: score = sigmoid(bias + sum of the weights of the features
 * a sentence has). Features the model does not know weigh nothing.
 */
import { featuresOf } from "./features";

export type CheckWorthinessModel = {
  /** what the file is, so a wrong JSON is refused by name */
  format: "factdesk-check-worthiness/1";
  /** where the weights came from: data file, split, hyperparameters */
  trainedOn: {
    file: string;
    sentences: number;
    heldOutRule: string;
    epochs: number;
    learningRate: number;
    l2: number;
    minCount: number;
    seed: number;
  };
  languages: string[];
  bias: number;
  weights: Record<string, number>;
};

export function logitOf(model: CheckWorthinessModel, text: string): number {
  let sum = model.bias;
  for (const feature of featuresOf(text)) sum += model.weights[feature] ?? 0;
  return sum;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
