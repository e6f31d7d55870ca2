/** One benchmark: what it runs, the baseline its ratio is against, and the target ratio if any. */
export interface BenchCase {
  readonly id: string;
  readonly run: () => void | Promise<void>;
  readonly baseline?: string;
  /** The target for ratio = this hz / baseline hz, shown as ✓/✗ (never a test). */
  readonly target?: number;
}

/** A measurement made once at scale (bench/scale.ts), with the baseline measured beside it. */
export interface ScaleFigure {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: string;
  readonly baselineValue: number;
  /** value / baselineValue; `better` says which way is good. */
  readonly ratio: number;
  readonly better: 'higher' | 'lower';
  readonly target?: number;
}
