/** One benchmark: what it runs, the baseline its ratio is against, and the target ratio if any. */
export interface BenchCase {
  readonly id: string;
  readonly run: () => void | Promise<void>;
  readonly baseline?: string;
  /** The target for ratio = this hz / baseline hz, shown as ✓/✗ (never a test). */
  readonly target?: number;
}
