/** What every page receives: its path params (it reads the query string itself, so filters survive a reload). */
export type PageProps = { readonly params: Readonly<Record<string, string>> };
