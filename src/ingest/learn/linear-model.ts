/**
 * A multinomial logistic regression over sparse string features: small enough to read, train in
 * seconds on our annotated articles, and ship as a JSON data file next to the catalog.
 */
export interface LinearModel {
  labels: string[];
  /** Per feature, one weight per label (near-zero rows are dropped when saved). */
  weights: Record<string, number[]>;
  bias: number[];
  /** A prediction counts only when its probability reaches this. */
  threshold: number;
}

/** One training item: its features and the index of its label. */
export interface Example {
  features: readonly string[];
  label: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  threshold: number;
  /** Weights smaller than this are not saved. */
  prune: number;
  /** A feature seen in fewer training items than this is not learned (it would only memorise them). */
  minCount: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 25, learningRate: 0.3, l2: 1e-4, threshold: 0.5, prune: 0.02, minCount: 2 };

/** Probability of each label. */
export function predict(model: LinearModel, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k += 1) z[k] = (z[k] as number) + (w[k] ?? 0);
  }
  return softmax(z);
}

/** The most probable label other than `except` (when given), with its probability. */
export function best(model: LinearModel, p: readonly number[], except?: string): { label: string; p: number } {
  let k = -1;
  for (let j = 0; j < p.length; j += 1) {
    if (model.labels[j] === except) continue;
    if (k < 0 || (p[j] as number) > (p[k] as number)) k = j;
  }
  return { label: model.labels[k] as string, p: p[k] as number };
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** A deterministic shuffle: same examples, same order, same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Trains by AdaGrad with L2; returns the model ready to save. */
export function train(labels: readonly string[], examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): LinearModel {
  const L = labels.length;
  const seen = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  for (const [f, n] of seen) {
    if (n < options.minCount) continue;
    weights.set(f, new Float64Array(L));
    squares.set(f, new Float64Array(L));
  }
  const bias = new Float64Array(L);
  const biasSquares = new Float64Array(L);
  const step = (w: Float64Array, g2: Float64Array, k: number, g: number) => {
    g2[k] = (g2[k] as number) + g * g;
    w[k] = (w[k] as number) - (options.learningRate * g) / Math.sqrt((g2[k] as number) + 1e-8);
  };
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const ex of shuffled(examples, epoch + 1)) {
      const known = ex.features.filter((f) => weights.has(f));
      const z = Array.from(bias);
      for (const f of known) {
        const w = weights.get(f) as Float64Array;
        for (let k = 0; k < L; k += 1) z[k] = (z[k] as number) + (w[k] as number);
      }
      const p = softmax(z);
      for (let k = 0; k < L; k += 1) {
        const g = (p[k] as number) - (k === ex.label ? 1 : 0);
        step(bias, biasSquares, k, g);
        for (const f of known) {
          const w = weights.get(f) as Float64Array;
          step(w, squares.get(f) as Float64Array, k, g + options.l2 * (w[k] as number));
        }
      }
    }
  }
  const saved: Record<string, number[]> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (w.every((v) => Math.abs(v) < options.prune)) continue;
    saved[f] = Array.from(w, (v) => Math.round(v * 1000) / 1000);
  }
  return { labels: [...labels], weights: saved, bias: Array.from(bias, (v) => Math.round(v * 1000) / 1000), threshold: options.threshold };
}
