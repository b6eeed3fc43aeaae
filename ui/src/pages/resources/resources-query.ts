/**
 * The resources pages' GraphQL: every location's top-level resources (list), and one resource's details
 * (config fields, configured values with env vars by name, nested and parent resources, uses).
 * @module
 */
import { graphql } from "../../gql";

export const RESOURCES_LIST_QUERY = graphql(`
  query ResourcesList {
    workspaceOrError {
      __typename
      ... on Workspace {
        locationEntries {
          id
          name
          locationOrLoadError {
            __typename
            ... on RepositoryLocation {
              repositories {
                name
                allTopLevelResourceDetails { id name resourceType description }
              }
            }
            ... on PythonError { message }
          }
        }
      }
      ... on PythonError { message }
    }
  }
`);

export const RESOURCE_DETAILS_QUERY = graphql(`
  query ResourceDetails($selector: ResourceSelector!) {
    topLevelResourceDetailsOrError(resourceSelector: $selector) {
      __typename
      ... on ResourceDetails {
        id
        name
        resourceType
        description
        configFields { name description isRequired configType { key } }
        configuredValues { key value type }
        nestedResources { name type resource { name } }
        parentResources { name }
        jobsOpsUsing { jobName opHandleIDs }
      }
      ... on ResourceNotFoundError { message }
      ... on PythonError { message }
    }
  }
`);
