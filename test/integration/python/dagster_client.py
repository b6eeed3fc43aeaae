"""
DagsterGraphQLClient's calls as graphql-core 3.2 makes them, for when dagster-graphql itself cannot be
installed (no PyPI here). It does what gql's Client(fetch_schema_from_transport=True) does before every
first request: introspect with graphql-core's own introspection query, build_client_schema, validate each
document locally; then it POSTs the document and reads the answer as the client's Python code reads it.
The documents are the client's, read from test/fixtures/dagster-client (shared with the graphql-js tests).

Usage: python3 dagster_client.py <graphql url> <command> [<json keyword arguments>]
  schema                        build and check the schema, validate every document; print a summary
  <client method>               e.g. submit_job_execution '{"job_name": "hello_job"}'
Prints one JSON object: {"result": ...} or {"error": {"args": [...], "cause": "..."}} for a raised
DagsterGraphQLClientError (the client's domain failures). Exits non-zero on anything else.
"""

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

import graphql
from graphql import assert_valid_schema, build_client_schema, get_introspection_query, parse, validate

DOCUMENTS_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "dagster-client"
DOCUMENTS = {path.stem: path.read_text() for path in sorted(DOCUMENTS_DIR.glob("*.graphql"))}


class DagsterGraphQLClientError(Exception):
    def __init__(self, *args, body=None):
        super().__init__(*args)
        self.body = body


class GqlClient:
    """gql's Client with fetch_schema_from_transport=True over RequestsHTTPTransport(use_json=True)."""

    def __init__(self, url):
        self.url = url
        self._schema = None

    def post(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                payload = json.loads(response.read())
        except urllib.error.HTTPError as error:
            # gql accepts a 4xx/5xx answer whose body is GraphQL JSON; anything else is a server error.
            try:
                payload = json.loads(error.read())
            except ValueError:
                raise RuntimeError(f"Server error with code {error.code}") from error
        if "errors" in payload and payload["errors"]:
            raise RuntimeError(f"GraphQL errors: {payload['errors']}")
        if "data" not in payload:
            raise RuntimeError(f"answer without data: {payload}")
        return payload["data"]

    @property
    def schema(self):
        if self._schema is None:
            self._schema = build_client_schema(self.post(get_introspection_query(descriptions=True)))
        return self._schema

    def execute(self, document, variables=None):
        errors = validate(self.schema, parse(document))
        if errors:
            raise RuntimeError(f"document does not validate against the server's schema: {errors}")
        return self.post(document, variables)


class DagsterClient:
    """The DagsterGraphQLClient methods, reading each answer as dagster_graphql/client/client.py does."""

    def __init__(self, url):
        self._gql = GqlClient(url)

    def _execute(self, operation, variables=None):
        try:
            return self._gql.execute(DOCUMENTS[operation], variables)
        except Exception as exc:  # the client wraps every gql failure alike
            raise DagsterGraphQLClientError(f"Exception occured during execution of query {operation}") from exc

    def _job_origins(self, job_name):
        result = self._execute("GraphQLClientGetJobNames")["repositoriesOrError"]
        if result["__typename"] != "RepositoryConnection":
            raise DagsterGraphQLClientError(result["__typename"], result["message"])
        return [
            (node["location"]["name"], node["name"])
            for node in result["nodes"]
            for pipeline in node["pipelines"]
            if pipeline["name"] == job_name
        ]

    def submit_job_execution(self, job_name, repository_location_name=None, repository_name=None, run_config=None, tags=None, op_selection=None):
        if not repository_location_name or not repository_name:
            origins = self._job_origins(job_name)
            if not origins:
                raise DagsterGraphQLClientError("JobNotFoundError", f"No jobs with the name `{job_name}` exist")
            if len(origins) > 1:
                raise DagsterGraphQLClientError(f"Must specify repository_location_name and repository_name since there are multiple jobs with the name {job_name}.")
            repository_location_name, repository_name = origins[0]
        variables = {
            "executionParams": {
                "selector": {
                    "repositoryLocationName": repository_location_name,
                    "repositoryName": repository_name,
                    "pipelineName": job_name,
                    "solidSelection": op_selection,
                },
                "runConfigData": run_config or {},
                "mode": "default",
                "executionMetadata": {"tags": [{"key": key, "value": value} for key, value in tags.items()]} if tags else {},
            }
        }
        result = self._execute("GraphQLClientSubmitRun", variables)["launchPipelineExecution"]
        kind = result["__typename"]
        if kind in ("LaunchRunSuccess", "LaunchPipelineRunSuccess"):
            return result["run"]["runId"]
        if kind == "InvalidStepError":
            raise DagsterGraphQLClientError(kind, result["invalidStepKey"])
        if kind == "InvalidOutputError":
            raise DagsterGraphQLClientError(kind, body={"step_key": result["stepKey"], "invalid_output_name": result["invalidOutputName"]})
        if kind in ("RunConfigValidationInvalid", "PipelineConfigValidationInvalid"):
            raise DagsterGraphQLClientError(kind, result["errors"])
        raise DagsterGraphQLClientError(kind, result["message"])

    def get_run_status(self, run_id):
        result = self._execute("GraphQLClientGetRunStatus", {"runId": run_id})["pipelineRunOrError"]
        if result["__typename"] in ("PipelineRun", "Run"):
            return result["status"]
        raise DagsterGraphQLClientError(result["__typename"], result["message"])

    def reload_repository_location(self, repository_location_name):
        result = self._execute("GraphQLClientReloadCodeLocation", {"repositoryLocationName": repository_location_name})["reloadRepositoryLocation"]
        if result["__typename"] == "WorkspaceLocationEntry":
            location = result["locationOrLoadError"]
            if location["__typename"] == "RepositoryLocation":
                return {"status": "SUCCESS"}
            return {"status": "FAILURE", "failure_type": "PythonError", "message": location["message"]}
        return {"status": "FAILURE", "failure_type": result["__typename"], "message": result["message"]}

    def shutdown_repository_location(self, repository_location_name):
        result = self._execute("GraphQLClientShutdownCodeLocation", {"repositoryLocationName": repository_location_name})["shutdownRepositoryLocation"]
        if result["__typename"] == "ShutdownRepositoryLocationSuccess":
            return {"status": "SUCCESS"}
        if result["__typename"] in ("RepositoryLocationNotFound", "PythonError"):
            return {"status": "FAILURE", "message": result["message"]}
        raise Exception(f"Unexpected query result type {result['__typename']}")

    def terminate_run(self, run_id):
        result = self._execute("GraphQLClientTerminateRun", {"runId": run_id})["terminateRun"]
        if result["__typename"] == "TerminateRunSuccess":
            return None
        if result["__typename"] == "RunNotFoundError":
            raise DagsterGraphQLClientError("RunNotFoundError", f"Run Id {run_id} not found")
        raise DagsterGraphQLClientError(result["__typename"], result["message"])

    def terminate_runs(self, run_ids):
        results = self._execute("GraphQLClientTerminateRuns", {"runIds": run_ids})["terminateRuns"]["terminateRunResults"]
        failures = [(item["__typename"], item["message"]) for item in results if item["__typename"] != "TerminateRunSuccess"]
        if failures and len(failures) < len(run_ids):
            raise DagsterGraphQLClientError("TerminateRunsError", f"Some runs could not be terminated: {failures}")
        if failures:
            raise DagsterGraphQLClientError("TerminateRunsError", f"All run terminations failed: {failures}")
        return None


def schema_summary(url):
    """What graphql-core made of the server's schema, with every client document's validation errors."""
    schema = GqlClient(url).schema
    assert_valid_schema(schema)
    return {
        "graphqlCore": graphql.__version__,
        "types": len(schema.type_map),
        "directives": {directive.name: [location.name for location in directive.locations] for directive in schema.directives},
        "documents": {name: [error.message for error in validate(schema, parse(text))] for name, text in DOCUMENTS.items()},
    }


def main(url, command, arguments="{}"):
    try:
        result = schema_summary(url) if command == "schema" else getattr(DagsterClient(url), command)(**json.loads(arguments))
    except DagsterGraphQLClientError as error:
        cause = error.__cause__
        print(json.dumps({"error": {"args": list(error.args), "body": error.body, "cause": f"{type(cause).__name__}: {cause}" if cause else None}}))
        return
    print(json.dumps({"result": result}))


if __name__ == "__main__":
    main(*sys.argv[1:])
