// wrangler.toml bundles .yaml files as text (a [[rules]] entry of type "Text").
declare module "*.yaml" {
  const text: string;
  export default text;
}
