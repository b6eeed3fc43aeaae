// Storage tests reach D1 through `env`; this Worker only has to exist for the test runtime to start.
export default { fetch: () => new Response(null, { status: 404 }) } satisfies ExportedHandler;
