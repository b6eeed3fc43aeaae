export function buildWorker(options: { root: string; config: string; outdir: string }): {
  outdir: string;
  output: string;
};
