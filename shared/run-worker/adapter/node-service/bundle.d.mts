// Types for bundle.mjs (plain JavaScript so the image build needs no TypeScript step).
export function bundleRunWorker(options?: {
  definitions?: string;
  outdir?: string;
}): Promise<{ main: string; definitions: string }>;
