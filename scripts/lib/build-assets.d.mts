export const ASSETS_DIR: string;
export function buildAssets(root: string): Promise<void>;
