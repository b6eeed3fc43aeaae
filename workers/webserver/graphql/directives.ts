/**
 * The schema's directives, as Dagster's own server (graphene on graphql-core 3.2) declares them.
 * graphql-js 16.15 adds DIRECTIVE_DEFINITION to `@deprecated` and a `@oneOf` directive; graphql-core 3.2,
 * which DagsterGraphQLClient (through gql) uses to build our schema from introspection, rejects the
 * unknown location, so every client call would fail before it is sent.
 * @module
 */
import {
  DirectiveLocation,
  GraphQLDeprecatedDirective,
  GraphQLDirective,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  GraphQLSpecifiedByDirective,
} from "graphql";

/** `@deprecated(reason)` on the four locations graphql-core 3.2 knows, with graphql-js's argument and description. */
const DeprecatedDirective = new GraphQLDirective({
  ...GraphQLDeprecatedDirective.toConfig(),
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.ARGUMENT_DEFINITION,
    DirectiveLocation.INPUT_FIELD_DEFINITION,
    DirectiveLocation.ENUM_VALUE,
  ],
});

export const DAGSTER_DIRECTIVES: readonly GraphQLDirective[] = [
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  DeprecatedDirective,
  GraphQLSpecifiedByDirective,
];
