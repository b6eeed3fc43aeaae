// Vite turns every *.module.css into scoped class names (vite.config.ts names the convention); a module's
// default export maps each class, under its CSS name and its camelCase name, to the scoped one.
declare module "*.module.css" {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
