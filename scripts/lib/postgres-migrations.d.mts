export const POSTGRES_MIGRATIONS_FOLDER: string;
export function applyPostgresMigrations(url: string, options?: { quiet?: boolean }): Promise<number>;
export function redact(url: string): string;
