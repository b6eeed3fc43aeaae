/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment RunSummaryFields on Run { runId status jobName creationTime startTime endTime repositoryOrigin { repositoryLocationName } }\n": typeof types.RunSummaryFieldsFragmentDoc,
    "\n  query LocationRepositories($location: String!) {\n    workspaceLocationEntryOrError(name: $location) {\n      __typename\n      ... on WorkspaceLocationEntry {\n        id\n        loadStatus\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name pipelines { id name } schedules { id name } sensors { id name } } }\n          ... on PythonError { message }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }": typeof types.LocationRepositoriesDocument,
    "\n  query Viewer {\n    dagflareViewer {\n      principal\n      method\n      role\n      signInRequired\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ConfigTypeFields on ConfigType {\n    __typename\n    key\n    description\n    isSelector\n    typeParamKeys\n    ... on CompositeConfigType {\n      fields { name description isRequired configTypeKey defaultValueAsJson }\n    }\n    ... on EnumConfigType { givenName values { value description } }\n    ... on RegularConfigType { givenName }\n  }\n": typeof types.ConfigTypeFieldsFragmentDoc,
    "fragment PythonErrorFields on PythonError { message className stack }": typeof types.PythonErrorFieldsFragmentDoc,
    "\n  query Admin($cursor: String, $filter: AuditLogFilter) {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokens {\n        tokens {\n          id\n          name\n          role\n          locationRoles { locationName role }\n          createdBy\n          createdAt\n          expiresAt\n          lastUsedAt\n          status\n        }\n      }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n    roleGrantsOrError {\n      __typename\n      ... on RoleGrants {\n        defaultRole\n        grants { email group role locationRoles { locationName role } }\n      }\n    }\n    auditLogOrError(cursor: $cursor, filter: $filter, limit: 50) {\n      __typename\n      ... on AuditLog {\n        cursor\n        entries { id timestamp principal action target allowed reason }\n      }\n    }\n  }\n": typeof types.AdminDocument,
    "\n  mutation CreateApiToken($name: String!, $role: DagflareRole) {\n    createApiToken(name: $name, role: $role) {\n      __typename\n      ... on CreatedApiToken { secret token { id name } }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ConcurrencyPage {\n    instance {\n      id\n      minConcurrencyLimitValue\n      maxConcurrencyLimitValue\n      poolConfig { poolGranularity defaultPoolLimit }\n      concurrencyLimits {\n        concurrencyKey\n        limit\n        usingDefaultLimit\n        activeSlotCount\n        claimedSlots { runId stepKey }\n        pendingSteps { runId stepKey enqueuedTimestamp }\n      }\n    }\n  }": typeof types.ConcurrencyPageDocument,
    "\n  mutation SetConcurrencyLimit($concurrencyKey: String!, $limit: Int!) {\n    setConcurrencyLimit(concurrencyKey: $concurrencyKey, limit: $limit)\n  }": typeof types.SetConcurrencyLimitDocument,
    "\n  mutation DeleteConcurrencyLimit($concurrencyKey: String!) {\n    deleteConcurrencyLimit(concurrencyKey: $concurrencyKey)\n  }": typeof types.DeleteConcurrencyLimitDocument,
    "\n  fragment LocationEntryFields on WorkspaceLocationEntry {\n    id name loadStatus updatedTimestamp versionKey\n    displayMetadata { key value }\n    locationOrLoadError {\n      __typename\n      ... on RepositoryLocation { id dagsterLibraryVersions { name version } repositories { id name jobs { id name } schedules { id name } sensors { id name } } }\n      ...PythonErrorFields\n    }\n  }\n": typeof types.LocationEntryFieldsFragmentDoc,
    "\n  fragment DaemonHealthFields on Instance {\n    daemonHealth { id allDaemonStatuses { id daemonType required healthy lastHeartbeatTime lastHeartbeatErrors { ...PythonErrorFields } } }\n  }\n": typeof types.DaemonHealthFieldsFragmentDoc,
    "\n  query DeploymentPage {\n    workspaceOrError {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ...PythonErrorFields\n    }\n    instance { id ...InstanceFields ...DaemonHealthFields }\n  }": typeof types.DeploymentPageDocument,
    "\n  fragment InstanceFields on Instance { info runLauncher { name } runQueuingSupported runQueueConfig { maxConcurrentRuns tagConcurrencyLimitsYaml } }\n": typeof types.InstanceFieldsFragmentDoc,
    "\n  subscription LocationStateChanges {\n    locationStateChangeEvents { event { eventType locationName message serverId } }\n  }": typeof types.LocationStateChangesDocument,
    "\n  mutation ReloadRepositoryLocation($name: String!) {\n    reloadRepositoryLocation(repositoryLocationName: $name) {\n      __typename\n      ... on WorkspaceLocationEntry { ...LocationEntryFields }\n      ... on Error { message }\n    }\n  }": typeof types.ReloadRepositoryLocationDocument,
    "\n  mutation ReloadWorkspace {\n    reloadWorkspace {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ... on Error { message }\n    }\n  }": typeof types.ReloadWorkspaceDocument,
    "mutation ScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) { result: scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }": typeof types.ScheduleDryRunDocument,
    "\n  query SchedulePage($selector: ScheduleSelector!) {\n    scheduleOrError(scheduleSelector: $selector) {\n      __typename\n      ... on Schedule {\n        id name description cronSchedule executionTimezone pipelineName defaultStatus\n        state: scheduleState { id status runsCount typeSpecificData { __typename ... on ScheduleData { startTimestamp } } }\n        futureTicks(limit: 5) { results { timestamp } }\n      }\n      ... on Error { message }\n    }\n  }": typeof types.SchedulePageDocument,
    "\n  fragment ScheduleRowFields on Schedule {\n    id name description cronSchedule executionTimezone pipelineName\n    state: scheduleState { ...LatestTickFields }\n    futureTicks(limit: 1) { results { timestamp } }\n  }\n": typeof types.ScheduleRowFieldsFragmentDoc,
    "mutation SetSensorCursor($selector: SensorSelector!, $cursor: String) {\n  result: setSensorCursor(sensorSelector: $selector, cursor: $cursor) {\n    __typename\n    ... on Sensor { id sensorState { id typeSpecificData { __typename ... on SensorData { lastCursor } } } }\n    ... on Error { message }\n  }\n}": typeof types.SetSensorCursorDocument,
    "mutation SensorDryRun($selector: SensorSelector!, $cursor: String) { result: sensorDryRun(selectorData: $selector, cursor: $cursor) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }": typeof types.SensorDryRunDocument,
    "\n  query SensorPage($selector: SensorSelector!) {\n    sensorOrError(sensorSelector: $selector) {\n      __typename\n      ... on Sensor {\n        id name description sensorType minIntervalSeconds defaultStatus targets { pipelineName }\n        state: sensorState { id status runsCount typeSpecificData { __typename ... on SensorData { lastTickTimestamp lastRunKey lastCursor } } }\n      }\n      ... on Error { message }\n    }\n  }": typeof types.SensorPageDocument,
    "\n  fragment SensorRowFields on Sensor {\n    id name description sensorType minIntervalSeconds targets { pipelineName }\n    state: sensorState { ...LatestTickFields typeSpecificData { __typename ... on SensorData { lastTickTimestamp } } }\n  }\n": typeof types.SensorRowFieldsFragmentDoc,
    "\n  fragment DryRunTickFields on DryRunInstigationTick {\n    timestamp\n    evaluationResult {\n      runRequests { runKey jobName runConfigYaml tags { key value } }\n      skipReason\n      cursor\n      error { ...PythonErrorFields }\n    }\n  }\n": typeof types.DryRunTickFieldsFragmentDoc,
    "\n  query InstigatorTicks($id: String!, $limit: Int!, $cursor: String, $statuses: [InstigationTickStatus!]) {\n    instigationStateOrError(id: $id) {\n      __typename\n      ... on InstigationState {\n        id\n        ticks(limit: $limit, cursor: $cursor, statuses: $statuses) {\n          id tickId status timestamp endTimestamp skipReason cursor runKeys\n          error { ...PythonErrorFields }\n          runs { id runId status }\n        }\n      }\n      ... on Error { message }\n    }\n  }": typeof types.InstigatorTicksDocument,
    "\n  fragment LatestTickFields on InstigationState { id status ticks(limit: 1) { id status timestamp error { ...PythonErrorFields } } }\n": typeof types.LatestTickFieldsFragmentDoc,
    "\n  fragment WorkspaceInstigators on WorkspaceOrError {\n    __typename\n    ... on Workspace {\n      id\n      locationEntries {\n        id\n        name\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name schedules { ...ScheduleRowFields } sensors { ...SensorRowFields } } }\n          ...PythonErrorFields\n        }\n      }\n    }\n    ...PythonErrorFields\n  }\n": typeof types.WorkspaceInstigatorsFragmentDoc,
    "\n  query InstigatorsList {\n    workspaceOrError { ...WorkspaceInstigators }\n  }\n": typeof types.InstigatorsListDocument,
    "mutation StartSchedule($selector: ScheduleSelector!) { result: startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }": typeof types.StartScheduleDocument,
    "mutation StopSchedule($id: String!) { result: stopRunningSchedule(id: $id) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }": typeof types.StopScheduleDocument,
    "mutation StartSensor($selector: SensorSelector!) { result: startSensor(sensorSelector: $selector) { __typename ... on Sensor { id state: sensorState { id status } } ... on Error { message } } }": typeof types.StartSensorDocument,
    "mutation StopSensor($id: String!) { result: stopSensor(id: $id) { __typename ... on StopSensorMutationResult { state: instigationState { id status } } ... on Error { message } } }": typeof types.StopSensorDocument,
    "\n  query JobPage($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        name\n        description\n        tags { key value }\n        schedules { name cronSchedule }\n        sensors { name }\n        solids {\n          name\n          definition {\n            name\n            description\n            metadata { key value }\n            requiredResources { resourceKey }\n            retryPolicy { maxRetries delay backoff jitter }\n            configField { configType { ...ConfigTypeFields recursiveConfigTypes { ...ConfigTypeFields } } }\n          }\n          inputs {\n            definition { name description type { displayName } }\n            dependsOn { solid { name } definition { name } }\n          }\n          outputs {\n            definition { name description type { displayName } }\n            dependedBy { solid { name } definition { name } }\n          }\n        }\n      }\n      ... on PipelineNotFoundError { message }\n      ... on InvalidSubsetError { message }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.JobPageDocument,
    "\n  query JobRuns($selector: PipelineSelector!, $limit: Int!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        runs(limit: $limit) { id runId status creationTime startTime endTime tags { key value } }\n      }\n    }\n  }\n": typeof types.JobRunsDocument,
    "\n  query JobsList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          loadStatus\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                pipelines {\n                  id\n                  name\n                  description\n                  solids { name }\n                  schedules { name cronSchedule }\n                  sensors { name }\n                  runs(limit: 1) { runId status creationTime }\n                }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.JobsListDocument,
    "\n  fragment ConfigErrorFields on PipelineConfigValidationError {\n    __typename\n    message\n    path\n    reason\n    ... on MissingFieldConfigError { field { name } }\n    ... on MissingFieldsConfigError { fields { name } }\n    ... on FieldNotDefinedConfigError { fieldName }\n    ... on FieldsNotDefinedConfigError { fieldNames }\n  }\n": typeof types.ConfigErrorFieldsFragmentDoc,
    "\n  query Launchpad($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline { id name tags { key value } solids { name } }\n      ... on Error { message }\n    }\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootConfigType { key } allConfigTypes { ...ConfigTypeFields } }\n      ... on Error { message }\n    }\n  }\n": typeof types.LaunchpadDocument,
    "\n  query LaunchpadValidation($selector: PipelineSelector!, $runConfigData: RunConfigData, $hasSelection: Boolean!) {\n    isPipelineConfigValid(pipeline: $selector, mode: \"default\", runConfigData: $runConfigData) {\n      __typename\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidSubsetError { message }\n      ... on PipelineNotFoundError { message }\n      ... on PythonError { message }\n    }\n    pipelineOrError(params: $selector) @include(if: $hasSelection) {\n      __typename\n      ... on Pipeline { id solids { name } }\n    }\n  }\n": typeof types.LaunchpadValidationDocument,
    "\n  query LaunchpadScaffold($selector: PipelineSelector!) {\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootDefaultYaml }\n      ... on Error { message }\n    }\n  }\n": typeof types.LaunchpadScaffoldDocument,
    "\n  mutation LaunchpadLaunch($executionParams: ExecutionParams!) {\n    launchRun(executionParams: $executionParams) {\n      __typename\n      ... on LaunchRunSuccess { run { id runId } }\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidStepError { invalidStepKey }\n      ... on InvalidOutputError { stepKey invalidOutputName }\n      ... on Error { message }\n    }\n  }\n": typeof types.LaunchpadLaunchDocument,
    "\n  fragment OverviewRunsFields on RunsOrError {\n    __typename\n    ... on Runs { results { id ...RunSummaryFields repositoryOrigin { id } } }\n    ... on Error { message }\n  }\n": typeof types.OverviewRunsFieldsFragmentDoc,
    "\n  fragment RunsCountFields on RunsOrError { __typename ... on Runs { count } ... on Error { message } }\n": typeof types.RunsCountFieldsFragmentDoc,
    "\n  query OverviewPage($windowStart: Float!, $limit: Int!) {\n    recentRuns: runsOrError(filter: { updatedAfter: $windowStart }, limit: $limit) { ...OverviewRunsFields }\n    ongoingRuns: runsOrError(filter: { statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: $limit) { ...OverviewRunsFields }\n    queuedCount: runsOrError(filter: { statuses: [QUEUED] }, limit: 1) { ...RunsCountFields }\n    inProgressCount: runsOrError(filter: { statuses: [NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: 1) { ...RunsCountFields }\n    successCount: runsOrError(filter: { statuses: [SUCCESS], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    failureCount: runsOrError(filter: { statuses: [FAILURE], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    canceledCount: runsOrError(filter: { statuses: [CANCELED], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    workspaceOrError { ...WorkspaceInstigators }\n    instance { id ...DaemonHealthFields }\n  }\n": typeof types.OverviewPageDocument,
    "\n  query ResourcesList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                allTopLevelResourceDetails { id name resourceType description }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.ResourcesListDocument,
    "\n  query ResourceDetails($selector: ResourceSelector!) {\n    topLevelResourceDetailsOrError(resourceSelector: $selector) {\n      __typename\n      ... on ResourceDetails {\n        id\n        name\n        resourceType\n        description\n        configFields { name description isRequired configType { key } }\n        configuredValues { key value type }\n        nestedResources { name type resource { name } }\n        parentResources { name }\n        jobsOpsUsing { jobName opHandleIDs }\n      }\n      ... on ResourceNotFoundError { message }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.ResourceDetailsDocument,
    "query CapturedLogs($logKey: [String!]!, $cursor: String, $limit: Int) {\n  capturedLogsMetadata(logKey: $logKey) { stdoutDownloadUrl stderrDownloadUrl }\n  capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { stdout stderr cursor }\n}": typeof types.CapturedLogsDocument,
    "fragment RunStatusFields on Run { runId status canTerminate startTime endTime updateTime }": typeof types.RunStatusFieldsFragmentDoc,
    "\n  fragment RunDetailFields on Run {\n    ...RunStatusFields\n    jobName creationTime rootRunId parentRunId runConfigYaml runConfig solidSelection stepKeysToExecute\n    tags { key value } repositoryOrigin { repositoryLocationName repositoryName } executionPlan { steps { key } }\n  }\n": typeof types.RunDetailFieldsFragmentDoc,
    "\n  fragment RunEventFields on DagsterRunEvent {\n    __typename\n    ... on MessageEvent { message timestamp level stepKey eventType }\n    ... on ErrorEvent { error { ...PythonErrorFields causes { ...PythonErrorFields } } }\n    ... on DisplayableEvent {\n      label description\n      metadataEntries {\n        __typename label\n        ... on TextMetadataEntry { text }\n        ... on IntMetadataEntry { intRepr }\n        ... on FloatMetadataEntry { floatValue }\n        ... on BoolMetadataEntry { boolValue }\n        ... on JsonMetadataEntry { jsonString }\n        ... on UrlMetadataEntry { url }\n      }\n    }\n    ... on LogsCapturedEvent { fileKey stepKeys externalStdoutUrl externalStderrUrl }\n    ... on ExecutionStepUpForRetryEvent { secondsToWait }\n    ... on MaterializationEvent { assetKey { path } }\n  }\n": typeof types.RunEventFieldsFragmentDoc,
    "\n  fragment EventConnectionFields on EventConnectionOrError {\n    __typename\n    ... on EventConnection { cursor hasMore events { ...RunEventFields } }\n    ... on Error { message }\n  }\n": typeof types.EventConnectionFieldsFragmentDoc,
    "\n  query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": typeof types.RunPageDocument,
    "\n  query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunStatusFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": typeof types.RunPollDocument,
    "\n  query RunHeader($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } } }\n": typeof types.RunHeaderDocument,
    "\n  query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": typeof types.RunEventsDocument,
    "\n  subscription RunLogs($runId: ID!, $cursor: String) {\n    pipelineRunLogs(runId: $runId, cursor: $cursor) {\n      __typename\n      ... on PipelineRunLogsSubscriptionSuccess { run { ...RunStatusFields } messages { ...RunEventFields } hasMorePastEvents cursor }\n      ... on PipelineRunLogsSubscriptionFailure { message }\n    }\n  }\n": typeof types.RunLogsDocument,
    "\n  fragment LaunchResultFields on LaunchRunReexecutionResult {\n    __typename\n    ... on LaunchRunSuccess { run { runId } }\n    ... on Error { message }\n    ... on InvalidStepError { invalidStepKey }\n    ... on InvalidOutputError { stepKey invalidOutputName }\n    ... on RunConfigValidationInvalid { errors { message } }\n  }\n": typeof types.LaunchResultFieldsFragmentDoc,
    "\n  mutation ReexecuteRun($parentRunId: String!, $strategy: ReexecutionStrategy!) {\n    launchRunReexecution(reexecutionParams: { parentRunId: $parentRunId, strategy: $strategy }) { ...LaunchResultFields }\n  }\n": typeof types.ReexecuteRunDocument,
    "\n  mutation ReexecuteSteps($executionParams: ExecutionParams!) { launchRunReexecution(executionParams: $executionParams) { ...LaunchResultFields } }\n": typeof types.ReexecuteStepsDocument,
    "\n  mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {\n    terminateRuns(runIds: $runIds, terminatePolicy: $policy) {\n      __typename\n      ... on TerminateRunsResult { terminateRunResults { __typename ... on TerminateRunSuccess { run { runId } } ... on TerminateRunFailure { message } ... on Error { message } } }\n      ... on PythonError { message }\n    }\n  }\n": typeof types.TerminateRunsDocument,
    "query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {\n  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n    __typename\n    ... on Runs {\n      count\n      results { ...RunSummaryFields canTerminate tags { key value } }\n    }\n    ... on Error { message }\n  }\n}": typeof types.RunsPageDocument,
    "query RunsFilterOptions {\n  repositoriesOrError { ... on RepositoryConnection { nodes { pipelines { name } } } }\n  runTagsOrError(limit: 20) { ... on RunTags { tags { key values } } }\n}": typeof types.RunsFilterOptionsDocument,
};
const documents: Documents = {
    "\n  fragment RunSummaryFields on Run { runId status jobName creationTime startTime endTime repositoryOrigin { repositoryLocationName } }\n": types.RunSummaryFieldsFragmentDoc,
    "\n  query LocationRepositories($location: String!) {\n    workspaceLocationEntryOrError(name: $location) {\n      __typename\n      ... on WorkspaceLocationEntry {\n        id\n        loadStatus\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name pipelines { id name } schedules { id name } sensors { id name } } }\n          ... on PythonError { message }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }": types.LocationRepositoriesDocument,
    "\n  query Viewer {\n    dagflareViewer {\n      principal\n      method\n      role\n      signInRequired\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ConfigTypeFields on ConfigType {\n    __typename\n    key\n    description\n    isSelector\n    typeParamKeys\n    ... on CompositeConfigType {\n      fields { name description isRequired configTypeKey defaultValueAsJson }\n    }\n    ... on EnumConfigType { givenName values { value description } }\n    ... on RegularConfigType { givenName }\n  }\n": types.ConfigTypeFieldsFragmentDoc,
    "fragment PythonErrorFields on PythonError { message className stack }": types.PythonErrorFieldsFragmentDoc,
    "\n  query Admin($cursor: String, $filter: AuditLogFilter) {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokens {\n        tokens {\n          id\n          name\n          role\n          locationRoles { locationName role }\n          createdBy\n          createdAt\n          expiresAt\n          lastUsedAt\n          status\n        }\n      }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n    roleGrantsOrError {\n      __typename\n      ... on RoleGrants {\n        defaultRole\n        grants { email group role locationRoles { locationName role } }\n      }\n    }\n    auditLogOrError(cursor: $cursor, filter: $filter, limit: 50) {\n      __typename\n      ... on AuditLog {\n        cursor\n        entries { id timestamp principal action target allowed reason }\n      }\n    }\n  }\n": types.AdminDocument,
    "\n  mutation CreateApiToken($name: String!, $role: DagflareRole) {\n    createApiToken(name: $name, role: $role) {\n      __typename\n      ... on CreatedApiToken { secret token { id name } }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ConcurrencyPage {\n    instance {\n      id\n      minConcurrencyLimitValue\n      maxConcurrencyLimitValue\n      poolConfig { poolGranularity defaultPoolLimit }\n      concurrencyLimits {\n        concurrencyKey\n        limit\n        usingDefaultLimit\n        activeSlotCount\n        claimedSlots { runId stepKey }\n        pendingSteps { runId stepKey enqueuedTimestamp }\n      }\n    }\n  }": types.ConcurrencyPageDocument,
    "\n  mutation SetConcurrencyLimit($concurrencyKey: String!, $limit: Int!) {\n    setConcurrencyLimit(concurrencyKey: $concurrencyKey, limit: $limit)\n  }": types.SetConcurrencyLimitDocument,
    "\n  mutation DeleteConcurrencyLimit($concurrencyKey: String!) {\n    deleteConcurrencyLimit(concurrencyKey: $concurrencyKey)\n  }": types.DeleteConcurrencyLimitDocument,
    "\n  fragment LocationEntryFields on WorkspaceLocationEntry {\n    id name loadStatus updatedTimestamp versionKey\n    displayMetadata { key value }\n    locationOrLoadError {\n      __typename\n      ... on RepositoryLocation { id dagsterLibraryVersions { name version } repositories { id name jobs { id name } schedules { id name } sensors { id name } } }\n      ...PythonErrorFields\n    }\n  }\n": types.LocationEntryFieldsFragmentDoc,
    "\n  fragment DaemonHealthFields on Instance {\n    daemonHealth { id allDaemonStatuses { id daemonType required healthy lastHeartbeatTime lastHeartbeatErrors { ...PythonErrorFields } } }\n  }\n": types.DaemonHealthFieldsFragmentDoc,
    "\n  query DeploymentPage {\n    workspaceOrError {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ...PythonErrorFields\n    }\n    instance { id ...InstanceFields ...DaemonHealthFields }\n  }": types.DeploymentPageDocument,
    "\n  fragment InstanceFields on Instance { info runLauncher { name } runQueuingSupported runQueueConfig { maxConcurrentRuns tagConcurrencyLimitsYaml } }\n": types.InstanceFieldsFragmentDoc,
    "\n  subscription LocationStateChanges {\n    locationStateChangeEvents { event { eventType locationName message serverId } }\n  }": types.LocationStateChangesDocument,
    "\n  mutation ReloadRepositoryLocation($name: String!) {\n    reloadRepositoryLocation(repositoryLocationName: $name) {\n      __typename\n      ... on WorkspaceLocationEntry { ...LocationEntryFields }\n      ... on Error { message }\n    }\n  }": types.ReloadRepositoryLocationDocument,
    "\n  mutation ReloadWorkspace {\n    reloadWorkspace {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ... on Error { message }\n    }\n  }": types.ReloadWorkspaceDocument,
    "mutation ScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) { result: scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }": types.ScheduleDryRunDocument,
    "\n  query SchedulePage($selector: ScheduleSelector!) {\n    scheduleOrError(scheduleSelector: $selector) {\n      __typename\n      ... on Schedule {\n        id name description cronSchedule executionTimezone pipelineName defaultStatus\n        state: scheduleState { id status runsCount typeSpecificData { __typename ... on ScheduleData { startTimestamp } } }\n        futureTicks(limit: 5) { results { timestamp } }\n      }\n      ... on Error { message }\n    }\n  }": types.SchedulePageDocument,
    "\n  fragment ScheduleRowFields on Schedule {\n    id name description cronSchedule executionTimezone pipelineName\n    state: scheduleState { ...LatestTickFields }\n    futureTicks(limit: 1) { results { timestamp } }\n  }\n": types.ScheduleRowFieldsFragmentDoc,
    "mutation SetSensorCursor($selector: SensorSelector!, $cursor: String) {\n  result: setSensorCursor(sensorSelector: $selector, cursor: $cursor) {\n    __typename\n    ... on Sensor { id sensorState { id typeSpecificData { __typename ... on SensorData { lastCursor } } } }\n    ... on Error { message }\n  }\n}": types.SetSensorCursorDocument,
    "mutation SensorDryRun($selector: SensorSelector!, $cursor: String) { result: sensorDryRun(selectorData: $selector, cursor: $cursor) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }": types.SensorDryRunDocument,
    "\n  query SensorPage($selector: SensorSelector!) {\n    sensorOrError(sensorSelector: $selector) {\n      __typename\n      ... on Sensor {\n        id name description sensorType minIntervalSeconds defaultStatus targets { pipelineName }\n        state: sensorState { id status runsCount typeSpecificData { __typename ... on SensorData { lastTickTimestamp lastRunKey lastCursor } } }\n      }\n      ... on Error { message }\n    }\n  }": types.SensorPageDocument,
    "\n  fragment SensorRowFields on Sensor {\n    id name description sensorType minIntervalSeconds targets { pipelineName }\n    state: sensorState { ...LatestTickFields typeSpecificData { __typename ... on SensorData { lastTickTimestamp } } }\n  }\n": types.SensorRowFieldsFragmentDoc,
    "\n  fragment DryRunTickFields on DryRunInstigationTick {\n    timestamp\n    evaluationResult {\n      runRequests { runKey jobName runConfigYaml tags { key value } }\n      skipReason\n      cursor\n      error { ...PythonErrorFields }\n    }\n  }\n": types.DryRunTickFieldsFragmentDoc,
    "\n  query InstigatorTicks($id: String!, $limit: Int!, $cursor: String, $statuses: [InstigationTickStatus!]) {\n    instigationStateOrError(id: $id) {\n      __typename\n      ... on InstigationState {\n        id\n        ticks(limit: $limit, cursor: $cursor, statuses: $statuses) {\n          id tickId status timestamp endTimestamp skipReason cursor runKeys\n          error { ...PythonErrorFields }\n          runs { id runId status }\n        }\n      }\n      ... on Error { message }\n    }\n  }": types.InstigatorTicksDocument,
    "\n  fragment LatestTickFields on InstigationState { id status ticks(limit: 1) { id status timestamp error { ...PythonErrorFields } } }\n": types.LatestTickFieldsFragmentDoc,
    "\n  fragment WorkspaceInstigators on WorkspaceOrError {\n    __typename\n    ... on Workspace {\n      id\n      locationEntries {\n        id\n        name\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name schedules { ...ScheduleRowFields } sensors { ...SensorRowFields } } }\n          ...PythonErrorFields\n        }\n      }\n    }\n    ...PythonErrorFields\n  }\n": types.WorkspaceInstigatorsFragmentDoc,
    "\n  query InstigatorsList {\n    workspaceOrError { ...WorkspaceInstigators }\n  }\n": types.InstigatorsListDocument,
    "mutation StartSchedule($selector: ScheduleSelector!) { result: startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }": types.StartScheduleDocument,
    "mutation StopSchedule($id: String!) { result: stopRunningSchedule(id: $id) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }": types.StopScheduleDocument,
    "mutation StartSensor($selector: SensorSelector!) { result: startSensor(sensorSelector: $selector) { __typename ... on Sensor { id state: sensorState { id status } } ... on Error { message } } }": types.StartSensorDocument,
    "mutation StopSensor($id: String!) { result: stopSensor(id: $id) { __typename ... on StopSensorMutationResult { state: instigationState { id status } } ... on Error { message } } }": types.StopSensorDocument,
    "\n  query JobPage($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        name\n        description\n        tags { key value }\n        schedules { name cronSchedule }\n        sensors { name }\n        solids {\n          name\n          definition {\n            name\n            description\n            metadata { key value }\n            requiredResources { resourceKey }\n            retryPolicy { maxRetries delay backoff jitter }\n            configField { configType { ...ConfigTypeFields recursiveConfigTypes { ...ConfigTypeFields } } }\n          }\n          inputs {\n            definition { name description type { displayName } }\n            dependsOn { solid { name } definition { name } }\n          }\n          outputs {\n            definition { name description type { displayName } }\n            dependedBy { solid { name } definition { name } }\n          }\n        }\n      }\n      ... on PipelineNotFoundError { message }\n      ... on InvalidSubsetError { message }\n      ... on PythonError { message }\n    }\n  }\n": types.JobPageDocument,
    "\n  query JobRuns($selector: PipelineSelector!, $limit: Int!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        runs(limit: $limit) { id runId status creationTime startTime endTime tags { key value } }\n      }\n    }\n  }\n": types.JobRunsDocument,
    "\n  query JobsList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          loadStatus\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                pipelines {\n                  id\n                  name\n                  description\n                  solids { name }\n                  schedules { name cronSchedule }\n                  sensors { name }\n                  runs(limit: 1) { runId status creationTime }\n                }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n": types.JobsListDocument,
    "\n  fragment ConfigErrorFields on PipelineConfigValidationError {\n    __typename\n    message\n    path\n    reason\n    ... on MissingFieldConfigError { field { name } }\n    ... on MissingFieldsConfigError { fields { name } }\n    ... on FieldNotDefinedConfigError { fieldName }\n    ... on FieldsNotDefinedConfigError { fieldNames }\n  }\n": types.ConfigErrorFieldsFragmentDoc,
    "\n  query Launchpad($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline { id name tags { key value } solids { name } }\n      ... on Error { message }\n    }\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootConfigType { key } allConfigTypes { ...ConfigTypeFields } }\n      ... on Error { message }\n    }\n  }\n": types.LaunchpadDocument,
    "\n  query LaunchpadValidation($selector: PipelineSelector!, $runConfigData: RunConfigData, $hasSelection: Boolean!) {\n    isPipelineConfigValid(pipeline: $selector, mode: \"default\", runConfigData: $runConfigData) {\n      __typename\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidSubsetError { message }\n      ... on PipelineNotFoundError { message }\n      ... on PythonError { message }\n    }\n    pipelineOrError(params: $selector) @include(if: $hasSelection) {\n      __typename\n      ... on Pipeline { id solids { name } }\n    }\n  }\n": types.LaunchpadValidationDocument,
    "\n  query LaunchpadScaffold($selector: PipelineSelector!) {\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootDefaultYaml }\n      ... on Error { message }\n    }\n  }\n": types.LaunchpadScaffoldDocument,
    "\n  mutation LaunchpadLaunch($executionParams: ExecutionParams!) {\n    launchRun(executionParams: $executionParams) {\n      __typename\n      ... on LaunchRunSuccess { run { id runId } }\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidStepError { invalidStepKey }\n      ... on InvalidOutputError { stepKey invalidOutputName }\n      ... on Error { message }\n    }\n  }\n": types.LaunchpadLaunchDocument,
    "\n  fragment OverviewRunsFields on RunsOrError {\n    __typename\n    ... on Runs { results { id ...RunSummaryFields repositoryOrigin { id } } }\n    ... on Error { message }\n  }\n": types.OverviewRunsFieldsFragmentDoc,
    "\n  fragment RunsCountFields on RunsOrError { __typename ... on Runs { count } ... on Error { message } }\n": types.RunsCountFieldsFragmentDoc,
    "\n  query OverviewPage($windowStart: Float!, $limit: Int!) {\n    recentRuns: runsOrError(filter: { updatedAfter: $windowStart }, limit: $limit) { ...OverviewRunsFields }\n    ongoingRuns: runsOrError(filter: { statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: $limit) { ...OverviewRunsFields }\n    queuedCount: runsOrError(filter: { statuses: [QUEUED] }, limit: 1) { ...RunsCountFields }\n    inProgressCount: runsOrError(filter: { statuses: [NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: 1) { ...RunsCountFields }\n    successCount: runsOrError(filter: { statuses: [SUCCESS], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    failureCount: runsOrError(filter: { statuses: [FAILURE], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    canceledCount: runsOrError(filter: { statuses: [CANCELED], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    workspaceOrError { ...WorkspaceInstigators }\n    instance { id ...DaemonHealthFields }\n  }\n": types.OverviewPageDocument,
    "\n  query ResourcesList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                allTopLevelResourceDetails { id name resourceType description }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n": types.ResourcesListDocument,
    "\n  query ResourceDetails($selector: ResourceSelector!) {\n    topLevelResourceDetailsOrError(resourceSelector: $selector) {\n      __typename\n      ... on ResourceDetails {\n        id\n        name\n        resourceType\n        description\n        configFields { name description isRequired configType { key } }\n        configuredValues { key value type }\n        nestedResources { name type resource { name } }\n        parentResources { name }\n        jobsOpsUsing { jobName opHandleIDs }\n      }\n      ... on ResourceNotFoundError { message }\n      ... on PythonError { message }\n    }\n  }\n": types.ResourceDetailsDocument,
    "query CapturedLogs($logKey: [String!]!, $cursor: String, $limit: Int) {\n  capturedLogsMetadata(logKey: $logKey) { stdoutDownloadUrl stderrDownloadUrl }\n  capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { stdout stderr cursor }\n}": types.CapturedLogsDocument,
    "fragment RunStatusFields on Run { runId status canTerminate startTime endTime updateTime }": types.RunStatusFieldsFragmentDoc,
    "\n  fragment RunDetailFields on Run {\n    ...RunStatusFields\n    jobName creationTime rootRunId parentRunId runConfigYaml runConfig solidSelection stepKeysToExecute\n    tags { key value } repositoryOrigin { repositoryLocationName repositoryName } executionPlan { steps { key } }\n  }\n": types.RunDetailFieldsFragmentDoc,
    "\n  fragment RunEventFields on DagsterRunEvent {\n    __typename\n    ... on MessageEvent { message timestamp level stepKey eventType }\n    ... on ErrorEvent { error { ...PythonErrorFields causes { ...PythonErrorFields } } }\n    ... on DisplayableEvent {\n      label description\n      metadataEntries {\n        __typename label\n        ... on TextMetadataEntry { text }\n        ... on IntMetadataEntry { intRepr }\n        ... on FloatMetadataEntry { floatValue }\n        ... on BoolMetadataEntry { boolValue }\n        ... on JsonMetadataEntry { jsonString }\n        ... on UrlMetadataEntry { url }\n      }\n    }\n    ... on LogsCapturedEvent { fileKey stepKeys externalStdoutUrl externalStderrUrl }\n    ... on ExecutionStepUpForRetryEvent { secondsToWait }\n    ... on MaterializationEvent { assetKey { path } }\n  }\n": types.RunEventFieldsFragmentDoc,
    "\n  fragment EventConnectionFields on EventConnectionOrError {\n    __typename\n    ... on EventConnection { cursor hasMore events { ...RunEventFields } }\n    ... on Error { message }\n  }\n": types.EventConnectionFieldsFragmentDoc,
    "\n  query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": types.RunPageDocument,
    "\n  query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunStatusFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": types.RunPollDocument,
    "\n  query RunHeader($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } } }\n": types.RunHeaderDocument,
    "\n  query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n": types.RunEventsDocument,
    "\n  subscription RunLogs($runId: ID!, $cursor: String) {\n    pipelineRunLogs(runId: $runId, cursor: $cursor) {\n      __typename\n      ... on PipelineRunLogsSubscriptionSuccess { run { ...RunStatusFields } messages { ...RunEventFields } hasMorePastEvents cursor }\n      ... on PipelineRunLogsSubscriptionFailure { message }\n    }\n  }\n": types.RunLogsDocument,
    "\n  fragment LaunchResultFields on LaunchRunReexecutionResult {\n    __typename\n    ... on LaunchRunSuccess { run { runId } }\n    ... on Error { message }\n    ... on InvalidStepError { invalidStepKey }\n    ... on InvalidOutputError { stepKey invalidOutputName }\n    ... on RunConfigValidationInvalid { errors { message } }\n  }\n": types.LaunchResultFieldsFragmentDoc,
    "\n  mutation ReexecuteRun($parentRunId: String!, $strategy: ReexecutionStrategy!) {\n    launchRunReexecution(reexecutionParams: { parentRunId: $parentRunId, strategy: $strategy }) { ...LaunchResultFields }\n  }\n": types.ReexecuteRunDocument,
    "\n  mutation ReexecuteSteps($executionParams: ExecutionParams!) { launchRunReexecution(executionParams: $executionParams) { ...LaunchResultFields } }\n": types.ReexecuteStepsDocument,
    "\n  mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {\n    terminateRuns(runIds: $runIds, terminatePolicy: $policy) {\n      __typename\n      ... on TerminateRunsResult { terminateRunResults { __typename ... on TerminateRunSuccess { run { runId } } ... on TerminateRunFailure { message } ... on Error { message } } }\n      ... on PythonError { message }\n    }\n  }\n": types.TerminateRunsDocument,
    "query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {\n  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n    __typename\n    ... on Runs {\n      count\n      results { ...RunSummaryFields canTerminate tags { key value } }\n    }\n    ... on Error { message }\n  }\n}": types.RunsPageDocument,
    "query RunsFilterOptions {\n  repositoriesOrError { ... on RepositoryConnection { nodes { pipelines { name } } } }\n  runTagsOrError(limit: 20) { ... on RunTags { tags { key values } } }\n}": types.RunsFilterOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunSummaryFields on Run { runId status jobName creationTime startTime endTime repositoryOrigin { repositoryLocationName } }\n"): typeof import('./graphql').RunSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationRepositories($location: String!) {\n    workspaceLocationEntryOrError(name: $location) {\n      __typename\n      ... on WorkspaceLocationEntry {\n        id\n        loadStatus\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name pipelines { id name } schedules { id name } sensors { id name } } }\n          ... on PythonError { message }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }"): typeof import('./graphql').LocationRepositoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    dagflareViewer {\n      principal\n      method\n      role\n      signInRequired\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigTypeFields on ConfigType {\n    __typename\n    key\n    description\n    isSelector\n    typeParamKeys\n    ... on CompositeConfigType {\n      fields { name description isRequired configTypeKey defaultValueAsJson }\n    }\n    ... on EnumConfigType { givenName values { value description } }\n    ... on RegularConfigType { givenName }\n  }\n"): typeof import('./graphql').ConfigTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PythonErrorFields on PythonError { message className stack }"): typeof import('./graphql').PythonErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Admin($cursor: String, $filter: AuditLogFilter) {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokens {\n        tokens {\n          id\n          name\n          role\n          locationRoles { locationName role }\n          createdBy\n          createdAt\n          expiresAt\n          lastUsedAt\n          status\n        }\n      }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n    roleGrantsOrError {\n      __typename\n      ... on RoleGrants {\n        defaultRole\n        grants { email group role locationRoles { locationName role } }\n      }\n    }\n    auditLogOrError(cursor: $cursor, filter: $filter, limit: 50) {\n      __typename\n      ... on AuditLog {\n        cursor\n        entries { id timestamp principal action target allowed reason }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $role: DagflareRole) {\n    createApiToken(name: $name, role: $role) {\n      __typename\n      ... on CreatedApiToken { secret token { id name } }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyPage {\n    instance {\n      id\n      minConcurrencyLimitValue\n      maxConcurrencyLimitValue\n      poolConfig { poolGranularity defaultPoolLimit }\n      concurrencyLimits {\n        concurrencyKey\n        limit\n        usingDefaultLimit\n        activeSlotCount\n        claimedSlots { runId stepKey }\n        pendingSteps { runId stepKey enqueuedTimestamp }\n      }\n    }\n  }"): typeof import('./graphql').ConcurrencyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConcurrencyLimit($concurrencyKey: String!, $limit: Int!) {\n    setConcurrencyLimit(concurrencyKey: $concurrencyKey, limit: $limit)\n  }"): typeof import('./graphql').SetConcurrencyLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConcurrencyLimit($concurrencyKey: String!) {\n    deleteConcurrencyLimit(concurrencyKey: $concurrencyKey)\n  }"): typeof import('./graphql').DeleteConcurrencyLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocationEntryFields on WorkspaceLocationEntry {\n    id name loadStatus updatedTimestamp versionKey\n    displayMetadata { key value }\n    locationOrLoadError {\n      __typename\n      ... on RepositoryLocation { id dagsterLibraryVersions { name version } repositories { id name jobs { id name } schedules { id name } sensors { id name } } }\n      ...PythonErrorFields\n    }\n  }\n"): typeof import('./graphql').LocationEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DaemonHealthFields on Instance {\n    daemonHealth { id allDaemonStatuses { id daemonType required healthy lastHeartbeatTime lastHeartbeatErrors { ...PythonErrorFields } } }\n  }\n"): typeof import('./graphql').DaemonHealthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentPage {\n    workspaceOrError {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ...PythonErrorFields\n    }\n    instance { id ...InstanceFields ...DaemonHealthFields }\n  }"): typeof import('./graphql').DeploymentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstanceFields on Instance { info runLauncher { name } runQueuingSupported runQueueConfig { maxConcurrentRuns tagConcurrencyLimitsYaml } }\n"): typeof import('./graphql').InstanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LocationStateChanges {\n    locationStateChangeEvents { event { eventType locationName message serverId } }\n  }"): typeof import('./graphql').LocationStateChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReloadRepositoryLocation($name: String!) {\n    reloadRepositoryLocation(repositoryLocationName: $name) {\n      __typename\n      ... on WorkspaceLocationEntry { ...LocationEntryFields }\n      ... on Error { message }\n    }\n  }"): typeof import('./graphql').ReloadRepositoryLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReloadWorkspace {\n    reloadWorkspace {\n      __typename\n      ... on Workspace { id locationEntries { ...LocationEntryFields } }\n      ... on Error { message }\n    }\n  }"): typeof import('./graphql').ReloadWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) { result: scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }"): typeof import('./graphql').ScheduleDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePage($selector: ScheduleSelector!) {\n    scheduleOrError(scheduleSelector: $selector) {\n      __typename\n      ... on Schedule {\n        id name description cronSchedule executionTimezone pipelineName defaultStatus\n        state: scheduleState { id status runsCount typeSpecificData { __typename ... on ScheduleData { startTimestamp } } }\n        futureTicks(limit: 5) { results { timestamp } }\n      }\n      ... on Error { message }\n    }\n  }"): typeof import('./graphql').SchedulePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleRowFields on Schedule {\n    id name description cronSchedule executionTimezone pipelineName\n    state: scheduleState { ...LatestTickFields }\n    futureTicks(limit: 1) { results { timestamp } }\n  }\n"): typeof import('./graphql').ScheduleRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSensorCursor($selector: SensorSelector!, $cursor: String) {\n  result: setSensorCursor(sensorSelector: $selector, cursor: $cursor) {\n    __typename\n    ... on Sensor { id sensorState { id typeSpecificData { __typename ... on SensorData { lastCursor } } } }\n    ... on Error { message }\n  }\n}"): typeof import('./graphql').SetSensorCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SensorDryRun($selector: SensorSelector!, $cursor: String) { result: sensorDryRun(selectorData: $selector, cursor: $cursor) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }"): typeof import('./graphql').SensorDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensorPage($selector: SensorSelector!) {\n    sensorOrError(sensorSelector: $selector) {\n      __typename\n      ... on Sensor {\n        id name description sensorType minIntervalSeconds defaultStatus targets { pipelineName }\n        state: sensorState { id status runsCount typeSpecificData { __typename ... on SensorData { lastTickTimestamp lastRunKey lastCursor } } }\n      }\n      ... on Error { message }\n    }\n  }"): typeof import('./graphql').SensorPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SensorRowFields on Sensor {\n    id name description sensorType minIntervalSeconds targets { pipelineName }\n    state: sensorState { ...LatestTickFields typeSpecificData { __typename ... on SensorData { lastTickTimestamp } } }\n  }\n"): typeof import('./graphql').SensorRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DryRunTickFields on DryRunInstigationTick {\n    timestamp\n    evaluationResult {\n      runRequests { runKey jobName runConfigYaml tags { key value } }\n      skipReason\n      cursor\n      error { ...PythonErrorFields }\n    }\n  }\n"): typeof import('./graphql').DryRunTickFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstigatorTicks($id: String!, $limit: Int!, $cursor: String, $statuses: [InstigationTickStatus!]) {\n    instigationStateOrError(id: $id) {\n      __typename\n      ... on InstigationState {\n        id\n        ticks(limit: $limit, cursor: $cursor, statuses: $statuses) {\n          id tickId status timestamp endTimestamp skipReason cursor runKeys\n          error { ...PythonErrorFields }\n          runs { id runId status }\n        }\n      }\n      ... on Error { message }\n    }\n  }"): typeof import('./graphql').InstigatorTicksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestTickFields on InstigationState { id status ticks(limit: 1) { id status timestamp error { ...PythonErrorFields } } }\n"): typeof import('./graphql').LatestTickFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceInstigators on WorkspaceOrError {\n    __typename\n    ... on Workspace {\n      id\n      locationEntries {\n        id\n        name\n        locationOrLoadError {\n          __typename\n          ... on RepositoryLocation { id repositories { id name schedules { ...ScheduleRowFields } sensors { ...SensorRowFields } } }\n          ...PythonErrorFields\n        }\n      }\n    }\n    ...PythonErrorFields\n  }\n"): typeof import('./graphql').WorkspaceInstigatorsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstigatorsList {\n    workspaceOrError { ...WorkspaceInstigators }\n  }\n"): typeof import('./graphql').InstigatorsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSchedule($selector: ScheduleSelector!) { result: startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }"): typeof import('./graphql').StartScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StopSchedule($id: String!) { result: stopRunningSchedule(id: $id) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }"): typeof import('./graphql').StopScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSensor($selector: SensorSelector!) { result: startSensor(sensorSelector: $selector) { __typename ... on Sensor { id state: sensorState { id status } } ... on Error { message } } }"): typeof import('./graphql').StartSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StopSensor($id: String!) { result: stopSensor(id: $id) { __typename ... on StopSensorMutationResult { state: instigationState { id status } } ... on Error { message } } }"): typeof import('./graphql').StopSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobPage($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        name\n        description\n        tags { key value }\n        schedules { name cronSchedule }\n        sensors { name }\n        solids {\n          name\n          definition {\n            name\n            description\n            metadata { key value }\n            requiredResources { resourceKey }\n            retryPolicy { maxRetries delay backoff jitter }\n            configField { configType { ...ConfigTypeFields recursiveConfigTypes { ...ConfigTypeFields } } }\n          }\n          inputs {\n            definition { name description type { displayName } }\n            dependsOn { solid { name } definition { name } }\n          }\n          outputs {\n            definition { name description type { displayName } }\n            dependedBy { solid { name } definition { name } }\n          }\n        }\n      }\n      ... on PipelineNotFoundError { message }\n      ... on InvalidSubsetError { message }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').JobPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRuns($selector: PipelineSelector!, $limit: Int!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline {\n        id\n        runs(limit: $limit) { id runId status creationTime startTime endTime tags { key value } }\n      }\n    }\n  }\n"): typeof import('./graphql').JobRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          loadStatus\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                pipelines {\n                  id\n                  name\n                  description\n                  solids { name }\n                  schedules { name cronSchedule }\n                  sensors { name }\n                  runs(limit: 1) { runId status creationTime }\n                }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').JobsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigErrorFields on PipelineConfigValidationError {\n    __typename\n    message\n    path\n    reason\n    ... on MissingFieldConfigError { field { name } }\n    ... on MissingFieldsConfigError { fields { name } }\n    ... on FieldNotDefinedConfigError { fieldName }\n    ... on FieldsNotDefinedConfigError { fieldNames }\n  }\n"): typeof import('./graphql').ConfigErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Launchpad($selector: PipelineSelector!) {\n    pipelineOrError(params: $selector) {\n      __typename\n      ... on Pipeline { id name tags { key value } solids { name } }\n      ... on Error { message }\n    }\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootConfigType { key } allConfigTypes { ...ConfigTypeFields } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').LaunchpadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaunchpadValidation($selector: PipelineSelector!, $runConfigData: RunConfigData, $hasSelection: Boolean!) {\n    isPipelineConfigValid(pipeline: $selector, mode: \"default\", runConfigData: $runConfigData) {\n      __typename\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidSubsetError { message }\n      ... on PipelineNotFoundError { message }\n      ... on PythonError { message }\n    }\n    pipelineOrError(params: $selector) @include(if: $hasSelection) {\n      __typename\n      ... on Pipeline { id solids { name } }\n    }\n  }\n"): typeof import('./graphql').LaunchpadValidationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaunchpadScaffold($selector: PipelineSelector!) {\n    runConfigSchemaOrError(selector: $selector, mode: \"default\") {\n      __typename\n      ... on RunConfigSchema { rootDefaultYaml }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').LaunchpadScaffoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchpadLaunch($executionParams: ExecutionParams!) {\n    launchRun(executionParams: $executionParams) {\n      __typename\n      ... on LaunchRunSuccess { run { id runId } }\n      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }\n      ... on InvalidStepError { invalidStepKey }\n      ... on InvalidOutputError { stepKey invalidOutputName }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').LaunchpadLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewRunsFields on RunsOrError {\n    __typename\n    ... on Runs { results { id ...RunSummaryFields repositoryOrigin { id } } }\n    ... on Error { message }\n  }\n"): typeof import('./graphql').OverviewRunsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunsCountFields on RunsOrError { __typename ... on Runs { count } ... on Error { message } }\n"): typeof import('./graphql').RunsCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage($windowStart: Float!, $limit: Int!) {\n    recentRuns: runsOrError(filter: { updatedAfter: $windowStart }, limit: $limit) { ...OverviewRunsFields }\n    ongoingRuns: runsOrError(filter: { statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: $limit) { ...OverviewRunsFields }\n    queuedCount: runsOrError(filter: { statuses: [QUEUED] }, limit: 1) { ...RunsCountFields }\n    inProgressCount: runsOrError(filter: { statuses: [NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: 1) { ...RunsCountFields }\n    successCount: runsOrError(filter: { statuses: [SUCCESS], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    failureCount: runsOrError(filter: { statuses: [FAILURE], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    canceledCount: runsOrError(filter: { statuses: [CANCELED], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }\n    workspaceOrError { ...WorkspaceInstigators }\n    instance { id ...DaemonHealthFields }\n  }\n"): typeof import('./graphql').OverviewPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesList {\n    workspaceOrError {\n      __typename\n      ... on Workspace {\n        locationEntries {\n          id\n          name\n          locationOrLoadError {\n            __typename\n            ... on RepositoryLocation {\n              repositories {\n                name\n                allTopLevelResourceDetails { id name resourceType description }\n              }\n            }\n            ... on PythonError { message }\n          }\n        }\n      }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').ResourcesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDetails($selector: ResourceSelector!) {\n    topLevelResourceDetailsOrError(resourceSelector: $selector) {\n      __typename\n      ... on ResourceDetails {\n        id\n        name\n        resourceType\n        description\n        configFields { name description isRequired configType { key } }\n        configuredValues { key value type }\n        nestedResources { name type resource { name } }\n        parentResources { name }\n        jobsOpsUsing { jobName opHandleIDs }\n      }\n      ... on ResourceNotFoundError { message }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').ResourceDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CapturedLogs($logKey: [String!]!, $cursor: String, $limit: Int) {\n  capturedLogsMetadata(logKey: $logKey) { stdoutDownloadUrl stderrDownloadUrl }\n  capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { stdout stderr cursor }\n}"): typeof import('./graphql').CapturedLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RunStatusFields on Run { runId status canTerminate startTime endTime updateTime }"): typeof import('./graphql').RunStatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunDetailFields on Run {\n    ...RunStatusFields\n    jobName creationTime rootRunId parentRunId runConfigYaml runConfig solidSelection stepKeysToExecute\n    tags { key value } repositoryOrigin { repositoryLocationName repositoryName } executionPlan { steps { key } }\n  }\n"): typeof import('./graphql').RunDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunEventFields on DagsterRunEvent {\n    __typename\n    ... on MessageEvent { message timestamp level stepKey eventType }\n    ... on ErrorEvent { error { ...PythonErrorFields causes { ...PythonErrorFields } } }\n    ... on DisplayableEvent {\n      label description\n      metadataEntries {\n        __typename label\n        ... on TextMetadataEntry { text }\n        ... on IntMetadataEntry { intRepr }\n        ... on FloatMetadataEntry { floatValue }\n        ... on BoolMetadataEntry { boolValue }\n        ... on JsonMetadataEntry { jsonString }\n        ... on UrlMetadataEntry { url }\n      }\n    }\n    ... on LogsCapturedEvent { fileKey stepKeys externalStdoutUrl externalStderrUrl }\n    ... on ExecutionStepUpForRetryEvent { secondsToWait }\n    ... on MaterializationEvent { assetKey { path } }\n  }\n"): typeof import('./graphql').RunEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventConnectionFields on EventConnectionOrError {\n    __typename\n    ... on EventConnection { cursor hasMore events { ...RunEventFields } }\n    ... on Error { message }\n  }\n"): typeof import('./graphql').EventConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n"): typeof import('./graphql').RunPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {\n    runOrError(runId: $runId) { __typename ... on Run { ...RunStatusFields } ... on Error { message } }\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n"): typeof import('./graphql').RunPollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunHeader($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } } }\n"): typeof import('./graphql').RunHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }\n  }\n"): typeof import('./graphql').RunEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunLogs($runId: ID!, $cursor: String) {\n    pipelineRunLogs(runId: $runId, cursor: $cursor) {\n      __typename\n      ... on PipelineRunLogsSubscriptionSuccess { run { ...RunStatusFields } messages { ...RunEventFields } hasMorePastEvents cursor }\n      ... on PipelineRunLogsSubscriptionFailure { message }\n    }\n  }\n"): typeof import('./graphql').RunLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LaunchResultFields on LaunchRunReexecutionResult {\n    __typename\n    ... on LaunchRunSuccess { run { runId } }\n    ... on Error { message }\n    ... on InvalidStepError { invalidStepKey }\n    ... on InvalidOutputError { stepKey invalidOutputName }\n    ... on RunConfigValidationInvalid { errors { message } }\n  }\n"): typeof import('./graphql').LaunchResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReexecuteRun($parentRunId: String!, $strategy: ReexecutionStrategy!) {\n    launchRunReexecution(reexecutionParams: { parentRunId: $parentRunId, strategy: $strategy }) { ...LaunchResultFields }\n  }\n"): typeof import('./graphql').ReexecuteRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReexecuteSteps($executionParams: ExecutionParams!) { launchRunReexecution(executionParams: $executionParams) { ...LaunchResultFields } }\n"): typeof import('./graphql').ReexecuteStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {\n    terminateRuns(runIds: $runIds, terminatePolicy: $policy) {\n      __typename\n      ... on TerminateRunsResult { terminateRunResults { __typename ... on TerminateRunSuccess { run { runId } } ... on TerminateRunFailure { message } ... on Error { message } } }\n      ... on PythonError { message }\n    }\n  }\n"): typeof import('./graphql').TerminateRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {\n  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n    __typename\n    ... on Runs {\n      count\n      results { ...RunSummaryFields canTerminate tags { key value } }\n    }\n    ... on Error { message }\n  }\n}"): typeof import('./graphql').RunsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsFilterOptions {\n  repositoriesOrError { ... on RepositoryConnection { nodes { pipelines { name } } } }\n  runTagsOrError(limit: 20) { ... on RunTags { tags { key values } } }\n}"): typeof import('./graphql').RunsFilterOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
