/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AuditLogFilter = {
  readonly action?: string | null | undefined;
  readonly allowed?: boolean | null | undefined;
  readonly locationName?: string | null | undefined;
  readonly principal?: string | null | undefined;
};

export type ConfiguredValueType =
  | 'ENV_VAR'
  | 'VALUE';

export type DagflareRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'LAUNCHER'
  | 'VIEWER';

export type DagsterEventType =
  | 'ASSET_MATERIALIZATION'
  | 'ASSET_OBSERVATION'
  | 'ENGINE_EVENT'
  | 'HANDLED_OUTPUT'
  | 'HOOK_COMPLETED'
  | 'HOOK_ERRORED'
  | 'HOOK_SKIPPED'
  | 'LOADED_INPUT'
  | 'LOGS_CAPTURED'
  | 'PIPELINE_CANCELED'
  | 'PIPELINE_CANCELING'
  | 'PIPELINE_DEQUEUED'
  | 'PIPELINE_ENQUEUED'
  | 'PIPELINE_FAILURE'
  | 'PIPELINE_START'
  | 'PIPELINE_STARTING'
  | 'PIPELINE_SUCCESS'
  | 'RUN_CANCELED'
  | 'RUN_CANCELING'
  | 'RUN_DEQUEUED'
  | 'RUN_ENQUEUED'
  | 'RUN_FAILURE'
  | 'RUN_START'
  | 'RUN_STARTING'
  | 'RUN_SUCCESS'
  | 'STEP_FAILURE'
  | 'STEP_INPUT'
  | 'STEP_OUTPUT'
  | 'STEP_RESTARTED'
  | 'STEP_SKIPPED'
  | 'STEP_START'
  | 'STEP_SUCCESS'
  | 'STEP_UP_FOR_RETRY';

export type EvaluationErrorReason =
  | 'FIELDS_NOT_DEFINED'
  | 'FIELD_NOT_DEFINED'
  | 'MISSING_REQUIRED_FIELD'
  | 'MISSING_REQUIRED_FIELDS'
  | 'RUNTIME_TYPE_MISMATCH'
  | 'SELECTOR_FIELD_ERROR';

export type ExecutionMetadata = {
  readonly parentRunId?: string | null | undefined;
  readonly rootRunId?: string | null | undefined;
  readonly runId?: string | null | undefined;
  readonly tags?: ReadonlyArray<ExecutionTag> | null | undefined;
};

export type ExecutionParams = {
  readonly executionMetadata?: ExecutionMetadata | null | undefined;
  readonly mode?: string | null | undefined;
  readonly preset?: string | null | undefined;
  readonly runConfigData?: unknown;
  readonly selector: JobOrPipelineSelector;
  readonly stepKeys?: ReadonlyArray<string> | null | undefined;
};

export type ExecutionTag = {
  readonly key: string;
  readonly value: string;
};

export type InstigationStatus =
  | 'RUNNING'
  | 'STOPPED';

export type InstigationTickStatus =
  | 'FAILURE'
  | 'SKIPPED'
  | 'STARTED'
  | 'SUCCESS';

export type JobOrPipelineSelector = {
  readonly jobName?: string | null | undefined;
  readonly pipelineName?: string | null | undefined;
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly solidSelection?: ReadonlyArray<string> | null | undefined;
};

export type LocationStateChangeEventType =
  | 'LOCATION_DISCONNECTED'
  | 'LOCATION_ERROR'
  | 'LOCATION_RECONNECTED'
  | 'LOCATION_UPDATED';

export type LogLevel =
  | 'CRITICAL'
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type NestedResourceType =
  | 'ANONYMOUS'
  | 'TOP_LEVEL';

export type PipelineSelector = {
  readonly pipelineName: string;
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly solidSelection?: ReadonlyArray<string> | null | undefined;
};

export type ReexecutionStrategy =
  | 'ALL_STEPS'
  | 'FROM_FAILURE';

export type RepositoryLocationLoadStatus =
  | 'LOADED'
  | 'LOADING';

export type ResourceSelector = {
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly resourceName: string;
};

export type RunStatus =
  | 'CANCELED'
  | 'CANCELING'
  | 'FAILURE'
  | 'MANAGED'
  | 'NOT_STARTED'
  | 'QUEUED'
  | 'STARTED'
  | 'STARTING'
  | 'SUCCESS';

export type RunsFilter = {
  readonly createdAfter?: number | null | undefined;
  readonly createdBefore?: number | null | undefined;
  readonly mode?: string | null | undefined;
  readonly pipelineName?: string | null | undefined;
  readonly runIds?: ReadonlyArray<string | null | undefined> | null | undefined;
  readonly snapshotId?: string | null | undefined;
  readonly statuses?: ReadonlyArray<RunStatus> | null | undefined;
  readonly tags?: ReadonlyArray<ExecutionTag> | null | undefined;
  readonly updatedAfter?: number | null | undefined;
  readonly updatedBefore?: number | null | undefined;
};

export type ScheduleSelector = {
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly scheduleName: string;
};

export type SensorSelector = {
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly sensorName: string;
};

export type SensorType =
  | 'ASSET'
  | 'AUTO_MATERIALIZE'
  | 'FRESHNESS_POLICY'
  | 'MULTI_ASSET'
  | 'RUN_STATUS'
  | 'STANDARD'
  | 'UNKNOWN';

export type SignInMethod =
  | 'ACCESS'
  | 'ADMIN_TOKEN'
  | 'LOCAL'
  | 'TOKEN';

export type TerminateRunPolicy =
  | 'MARK_AS_CANCELED_IMMEDIATELY'
  | 'SAFE_TERMINATE';

export type RunSummaryFieldsFragment = { readonly runId: string, readonly status: RunStatus, readonly jobName: string, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly repositoryOrigin: { readonly repositoryLocationName: string } | null };

export type LocationRepositoriesQueryVariables = Exact<{
  location: string;
}>;


export type LocationRepositoriesQuery = { readonly workspaceLocationEntryOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'WorkspaceLocationEntry', readonly id: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly locationOrLoadError:
        | { readonly __typename: 'PythonError', readonly message: string }
        | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly pipelines: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
       | null }
   | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { readonly dagflareViewer: { readonly principal: string, readonly method: SignInMethod, readonly role: DagflareRole | null, readonly signInRequired: boolean } };

type ConfigTypeFields_ArrayConfigType_Fragment = { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> };

type ConfigTypeFields_CompositeConfigType_Fragment = { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> };

type ConfigTypeFields_EnumConfigType_Fragment = { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> };

type ConfigTypeFields_MapConfigType_Fragment = { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> };

type ConfigTypeFields_NullableConfigType_Fragment = { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> };

type ConfigTypeFields_RegularConfigType_Fragment = { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> };

type ConfigTypeFields_ScalarUnionConfigType_Fragment = { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> };

export type ConfigTypeFieldsFragment =
  | ConfigTypeFields_ArrayConfigType_Fragment
  | ConfigTypeFields_CompositeConfigType_Fragment
  | ConfigTypeFields_EnumConfigType_Fragment
  | ConfigTypeFields_MapConfigType_Fragment
  | ConfigTypeFields_NullableConfigType_Fragment
  | ConfigTypeFields_RegularConfigType_Fragment
  | ConfigTypeFields_ScalarUnionConfigType_Fragment
;

export type PythonErrorFieldsFragment = { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> };

export type AdminQueryVariables = Exact<{
  cursor?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AdminQuery = { readonly apiTokensOrError:
    | { readonly __typename: 'ApiTokens', readonly tokens: ReadonlyArray<{ readonly id: string, readonly name: string, readonly role: DagflareRole | null, readonly createdBy: string, readonly createdAt: number, readonly expiresAt: number | null, readonly lastUsedAt: number | null, readonly status: ApiTokenStatus, readonly locationRoles: ReadonlyArray<{ readonly locationName: string, readonly role: DagflareRole }> }> }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
  , readonly roleGrantsOrError:
    | { readonly __typename: 'PythonError' }
    | { readonly __typename: 'RoleGrants', readonly defaultRole: DagflareRole | null, readonly grants: ReadonlyArray<{ readonly email: string | null, readonly group: string | null, readonly role: DagflareRole | null, readonly locationRoles: ReadonlyArray<{ readonly locationName: string, readonly role: DagflareRole }> }> }
    | { readonly __typename: 'UnauthorizedError' }
  , readonly auditLogOrError:
    | { readonly __typename: 'AuditLog', readonly cursor: string | null, readonly entries: ReadonlyArray<{ readonly id: string, readonly timestamp: number, readonly principal: string, readonly action: string, readonly target: string, readonly allowed: boolean, readonly reason: string | null }> }
    | { readonly __typename: 'PythonError' }
    | { readonly __typename: 'UnauthorizedError' }
   };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role?: DagflareRole | null | undefined;
}>;


export type CreateApiTokenMutation = { readonly createApiToken:
    | { readonly __typename: 'CreatedApiToken', readonly secret: string, readonly token: { readonly id: string, readonly name: string } }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { readonly revokeApiToken:
    | { readonly __typename: 'ApiTokenNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RevokedApiToken' }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type ConcurrencyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrencyPageQuery = { readonly instance: { readonly id: string, readonly minConcurrencyLimitValue: number, readonly maxConcurrencyLimitValue: number, readonly poolConfig: { readonly poolGranularity: string | null, readonly defaultPoolLimit: number | null } | null, readonly concurrencyLimits: ReadonlyArray<{ readonly concurrencyKey: string, readonly limit: number | null, readonly usingDefaultLimit: boolean | null, readonly activeSlotCount: number, readonly claimedSlots: ReadonlyArray<{ readonly runId: string, readonly stepKey: string }>, readonly pendingSteps: ReadonlyArray<{ readonly runId: string, readonly stepKey: string, readonly enqueuedTimestamp: number }> }> } };

export type SetConcurrencyLimitMutationVariables = Exact<{
  concurrencyKey: string;
  limit: number;
}>;


export type SetConcurrencyLimitMutation = { readonly setConcurrencyLimit: boolean };

export type DeleteConcurrencyLimitMutationVariables = Exact<{
  concurrencyKey: string;
}>;


export type DeleteConcurrencyLimitMutation = { readonly deleteConcurrencyLimit: boolean };

export type LocationEntryFieldsFragment = { readonly id: string, readonly name: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly updatedTimestamp: number, readonly versionKey: string, readonly displayMetadata: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly locationOrLoadError:
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly dagsterLibraryVersions: ReadonlyArray<{ readonly name: string, readonly version: string }> | null, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly jobs: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
   | null };

export type DaemonHealthFieldsFragment = { readonly daemonHealth: { readonly id: string, readonly allDaemonStatuses: ReadonlyArray<{ readonly id: string, readonly daemonType: string, readonly required: boolean, readonly healthy: boolean | null, readonly lastHeartbeatTime: number | null, readonly lastHeartbeatErrors: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> }> } };

export type DeploymentPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentPageQuery = { readonly workspaceOrError:
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'Workspace', readonly id: string, readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly updatedTimestamp: number, readonly versionKey: string, readonly displayMetadata: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
          | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly dagsterLibraryVersions: ReadonlyArray<{ readonly name: string, readonly version: string }> | null, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly jobs: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
         | null }> }
  , readonly instance: { readonly id: string, readonly info: string | null, readonly runQueuingSupported: boolean, readonly runLauncher: { readonly name: string } | null, readonly runQueueConfig: { readonly maxConcurrentRuns: number, readonly tagConcurrencyLimitsYaml: string | null } | null, readonly daemonHealth: { readonly id: string, readonly allDaemonStatuses: ReadonlyArray<{ readonly id: string, readonly daemonType: string, readonly required: boolean, readonly healthy: boolean | null, readonly lastHeartbeatTime: number | null, readonly lastHeartbeatErrors: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> }> } } };

export type InstanceFieldsFragment = { readonly info: string | null, readonly runQueuingSupported: boolean, readonly runLauncher: { readonly name: string } | null, readonly runQueueConfig: { readonly maxConcurrentRuns: number, readonly tagConcurrencyLimitsYaml: string | null } | null };

export type LocationStateChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LocationStateChangesSubscription = { readonly locationStateChangeEvents: { readonly event: { readonly eventType: LocationStateChangeEventType, readonly locationName: string, readonly message: string, readonly serverId: string | null } } };

export type ReloadRepositoryLocationMutationVariables = Exact<{
  name: string;
}>;


export type ReloadRepositoryLocationMutation = { readonly reloadRepositoryLocation:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'ReloadNotSupported', readonly message: string }
    | { readonly __typename: 'RepositoryLocationNotFound', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
    | { readonly __typename: 'WorkspaceLocationEntry', readonly id: string, readonly name: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly updatedTimestamp: number, readonly versionKey: string, readonly displayMetadata: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly locationOrLoadError:
        | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
        | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly dagsterLibraryVersions: ReadonlyArray<{ readonly name: string, readonly version: string }> | null, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly jobs: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
       | null }
   };

export type ReloadWorkspaceMutationVariables = Exact<{ [key: string]: never; }>;


export type ReloadWorkspaceMutation = { readonly reloadWorkspace:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
    | { readonly __typename: 'Workspace', readonly id: string, readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly updatedTimestamp: number, readonly versionKey: string, readonly displayMetadata: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
          | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly dagsterLibraryVersions: ReadonlyArray<{ readonly name: string, readonly version: string }> | null, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly jobs: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
         | null }> }
   };

export type ScheduleDryRunMutationVariables = Exact<{
  selector: ScheduleSelector;
  timestamp?: number | null | undefined;
}>;


export type ScheduleDryRunMutation = { readonly result:
    | { readonly __typename: 'DryRunInstigationTick', readonly timestamp: number | null, readonly evaluationResult: { readonly skipReason: string | null, readonly cursor: string | null, readonly runRequests: ReadonlyArray<{ readonly runKey: string | null, readonly jobName: string | null, readonly runConfigYaml: string, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }> } | null> | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null } | null }
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'ScheduleNotFoundError', readonly message: string }
   };

export type SchedulePageQueryVariables = Exact<{
  selector: ScheduleSelector;
}>;


export type SchedulePageQuery = { readonly scheduleOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Schedule', readonly id: string, readonly name: string, readonly description: string | null, readonly cronSchedule: string, readonly executionTimezone: string | null, readonly pipelineName: string, readonly defaultStatus: InstigationStatus, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly runsCount: number, readonly typeSpecificData:
          | { readonly __typename: 'ScheduleData', readonly startTimestamp: number | null }
          | { readonly __typename: 'SensorData' }
         | null }, readonly futureTicks: { readonly results: ReadonlyArray<{ readonly timestamp: number }> } }
    | { readonly __typename: 'ScheduleNotFoundError', readonly message: string }
   };

export type ScheduleRowFieldsFragment = { readonly id: string, readonly name: string, readonly description: string | null, readonly cronSchedule: string, readonly executionTimezone: string | null, readonly pipelineName: string, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> }, readonly futureTicks: { readonly results: ReadonlyArray<{ readonly timestamp: number }> } };

export type SetSensorCursorMutationVariables = Exact<{
  selector: SensorSelector;
  cursor?: string | null | undefined;
}>;


export type SetSensorCursorMutation = { readonly result:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Sensor', readonly id: string, readonly sensorState: { readonly id: string, readonly typeSpecificData:
          | { readonly __typename: 'ScheduleData' }
          | { readonly __typename: 'SensorData', readonly lastCursor: string | null }
         | null } }
    | { readonly __typename: 'SensorNotFoundError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type SensorDryRunMutationVariables = Exact<{
  selector: SensorSelector;
  cursor?: string | null | undefined;
}>;


export type SensorDryRunMutation = { readonly result:
    | { readonly __typename: 'DryRunInstigationTick', readonly timestamp: number | null, readonly evaluationResult: { readonly skipReason: string | null, readonly cursor: string | null, readonly runRequests: ReadonlyArray<{ readonly runKey: string | null, readonly jobName: string | null, readonly runConfigYaml: string, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }> } | null> | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null } | null }
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'SensorNotFoundError', readonly message: string }
   };

export type SensorPageQueryVariables = Exact<{
  selector: SensorSelector;
}>;


export type SensorPageQuery = { readonly sensorOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Sensor', readonly id: string, readonly name: string, readonly description: string | null, readonly sensorType: SensorType, readonly minIntervalSeconds: number, readonly defaultStatus: InstigationStatus, readonly targets: ReadonlyArray<{ readonly pipelineName: string }> | null, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly runsCount: number, readonly typeSpecificData:
          | { readonly __typename: 'ScheduleData' }
          | { readonly __typename: 'SensorData', readonly lastTickTimestamp: number | null, readonly lastRunKey: string | null, readonly lastCursor: string | null }
         | null } }
    | { readonly __typename: 'SensorNotFoundError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type SensorRowFieldsFragment = { readonly id: string, readonly name: string, readonly description: string | null, readonly sensorType: SensorType, readonly minIntervalSeconds: number, readonly targets: ReadonlyArray<{ readonly pipelineName: string }> | null, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly typeSpecificData:
      | { readonly __typename: 'ScheduleData' }
      | { readonly __typename: 'SensorData', readonly lastTickTimestamp: number | null }
     | null, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> } };

export type DryRunTickFieldsFragment = { readonly timestamp: number | null, readonly evaluationResult: { readonly skipReason: string | null, readonly cursor: string | null, readonly runRequests: ReadonlyArray<{ readonly runKey: string | null, readonly jobName: string | null, readonly runConfigYaml: string, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }> } | null> | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null } | null };

export type InstigatorTicksQueryVariables = Exact<{
  id: string;
  limit: number;
  cursor?: string | null | undefined;
  statuses?: ReadonlyArray<InstigationTickStatus> | InstigationTickStatus | null | undefined;
}>;


export type InstigatorTicksQuery = { readonly instigationStateOrError:
    | { readonly __typename: 'InstigationState', readonly id: string, readonly ticks: ReadonlyArray<{ readonly id: string, readonly tickId: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly endTimestamp: number | null, readonly skipReason: string | null, readonly cursor: string | null, readonly runKeys: ReadonlyArray<string>, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null, readonly runs: ReadonlyArray<{ readonly id: string, readonly runId: string, readonly status: RunStatus }> }> }
    | { readonly __typename: 'InstigationStateNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
   };

export type LatestTickFieldsFragment = { readonly id: string, readonly status: InstigationStatus, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> };

type WorkspaceInstigators_PythonError_Fragment = { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> };

type WorkspaceInstigators_Workspace_Fragment = { readonly __typename: 'Workspace', readonly id: string, readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly locationOrLoadError:
      | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
      | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly cronSchedule: string, readonly executionTimezone: string | null, readonly pipelineName: string, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> }, readonly futureTicks: { readonly results: ReadonlyArray<{ readonly timestamp: number }> } }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly sensorType: SensorType, readonly minIntervalSeconds: number, readonly targets: ReadonlyArray<{ readonly pipelineName: string }> | null, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly typeSpecificData:
                | { readonly __typename: 'ScheduleData' }
                | { readonly __typename: 'SensorData', readonly lastTickTimestamp: number | null }
               | null, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> } }> }> }
     | null }> };

export type WorkspaceInstigatorsFragment =
  | WorkspaceInstigators_PythonError_Fragment
  | WorkspaceInstigators_Workspace_Fragment
;

export type InstigatorsListQueryVariables = Exact<{ [key: string]: never; }>;


export type InstigatorsListQuery = { readonly workspaceOrError:
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'Workspace', readonly id: string, readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
          | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly cronSchedule: string, readonly executionTimezone: string | null, readonly pipelineName: string, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> }, readonly futureTicks: { readonly results: ReadonlyArray<{ readonly timestamp: number }> } }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly sensorType: SensorType, readonly minIntervalSeconds: number, readonly targets: ReadonlyArray<{ readonly pipelineName: string }> | null, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly typeSpecificData:
                    | { readonly __typename: 'ScheduleData' }
                    | { readonly __typename: 'SensorData', readonly lastTickTimestamp: number | null }
                   | null, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> } }> }> }
         | null }> }
   };

export type StartScheduleMutationVariables = Exact<{
  selector: ScheduleSelector;
}>;


export type StartScheduleMutation = { readonly result:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'ScheduleNotFoundError', readonly message: string }
    | { readonly __typename: 'ScheduleStateResult', readonly state: { readonly id: string, readonly status: InstigationStatus } }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type StopScheduleMutationVariables = Exact<{
  id: string;
}>;


export type StopScheduleMutation = { readonly result:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'ScheduleNotFoundError', readonly message: string }
    | { readonly __typename: 'ScheduleStateResult', readonly state: { readonly id: string, readonly status: InstigationStatus } }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type StartSensorMutationVariables = Exact<{
  selector: SensorSelector;
}>;


export type StartSensorMutation = { readonly result:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Sensor', readonly id: string, readonly state: { readonly id: string, readonly status: InstigationStatus } }
    | { readonly __typename: 'SensorNotFoundError', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type StopSensorMutationVariables = Exact<{
  id: string;
}>;


export type StopSensorMutation = { readonly result:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'StopSensorMutationResult', readonly state: { readonly id: string, readonly status: InstigationStatus } | null }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type JobPageQueryVariables = Exact<{
  selector: PipelineSelector;
}>;


export type JobPageQuery = { readonly pipelineOrError:
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'Pipeline', readonly id: string, readonly name: string, readonly description: string | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly schedules: ReadonlyArray<{ readonly name: string, readonly cronSchedule: string }>, readonly sensors: ReadonlyArray<{ readonly name: string }>, readonly solids: ReadonlyArray<{ readonly name: string, readonly definition: { readonly name: string, readonly description: string | null, readonly metadata: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly requiredResources: ReadonlyArray<{ readonly resourceKey: string }>, readonly retryPolicy: { readonly maxRetries: number, readonly delay: number | null, readonly backoff: string | null, readonly jitter: string | null } | null, readonly configField: { readonly configType:
              | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                > }
              | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                >, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
              | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                >, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
              | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                > }
              | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                > }
              | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                > }
              | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly recursiveConfigTypes: ReadonlyArray<
                  | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
                  | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
                  | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                  | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
                > }
             } | null }, readonly inputs: ReadonlyArray<{ readonly definition: { readonly name: string, readonly description: string | null, readonly type: { readonly displayName: string } }, readonly dependsOn: ReadonlyArray<{ readonly solid: { readonly name: string }, readonly definition: { readonly name: string } }> }>, readonly outputs: ReadonlyArray<{ readonly definition: { readonly name: string, readonly description: string | null, readonly type: { readonly displayName: string } }, readonly dependedBy: ReadonlyArray<{ readonly solid: { readonly name: string }, readonly definition: { readonly name: string } }> }> }> }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
   };

export type JobRunsQueryVariables = Exact<{
  selector: PipelineSelector;
  limit: number;
}>;


export type JobRunsQuery = { readonly pipelineOrError:
    | { readonly __typename: 'InvalidSubsetError' }
    | { readonly __typename: 'Pipeline', readonly id: string, readonly runs: ReadonlyArray<{ readonly id: string, readonly runId: string, readonly status: RunStatus, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }> }> }
    | { readonly __typename: 'PipelineNotFoundError' }
    | { readonly __typename: 'PythonError' }
   };

export type JobsListQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsListQuery = { readonly workspaceOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Workspace', readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly loadStatus: RepositoryLocationLoadStatus, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string }
          | { readonly __typename: 'RepositoryLocation', readonly repositories: ReadonlyArray<{ readonly name: string, readonly pipelines: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly solids: ReadonlyArray<{ readonly name: string }>, readonly schedules: ReadonlyArray<{ readonly name: string, readonly cronSchedule: string }>, readonly sensors: ReadonlyArray<{ readonly name: string }>, readonly runs: ReadonlyArray<{ readonly runId: string, readonly status: RunStatus, readonly creationTime: number }> }> }> }
         | null }> }
   };

type ConfigErrorFields_FieldNotDefinedConfigError_Fragment = { readonly __typename: 'FieldNotDefinedConfigError', readonly fieldName: string, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason };

type ConfigErrorFields_FieldsNotDefinedConfigError_Fragment = { readonly __typename: 'FieldsNotDefinedConfigError', readonly fieldNames: ReadonlyArray<string>, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason };

type ConfigErrorFields_MissingFieldConfigError_Fragment = { readonly __typename: 'MissingFieldConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly field: { readonly name: string } };

type ConfigErrorFields_MissingFieldsConfigError_Fragment = { readonly __typename: 'MissingFieldsConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly fields: ReadonlyArray<{ readonly name: string }> };

type ConfigErrorFields_RuntimeMismatchConfigError_Fragment = { readonly __typename: 'RuntimeMismatchConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason };

type ConfigErrorFields_SelectorTypeConfigError_Fragment = { readonly __typename: 'SelectorTypeConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason };

export type ConfigErrorFieldsFragment =
  | ConfigErrorFields_FieldNotDefinedConfigError_Fragment
  | ConfigErrorFields_FieldsNotDefinedConfigError_Fragment
  | ConfigErrorFields_MissingFieldConfigError_Fragment
  | ConfigErrorFields_MissingFieldsConfigError_Fragment
  | ConfigErrorFields_RuntimeMismatchConfigError_Fragment
  | ConfigErrorFields_SelectorTypeConfigError_Fragment
;

export type LaunchpadQueryVariables = Exact<{
  selector: PipelineSelector;
}>;


export type LaunchpadQuery = { readonly pipelineOrError:
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'Pipeline', readonly id: string, readonly name: string, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly solids: ReadonlyArray<{ readonly name: string }> }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
  , readonly runConfigSchemaOrError:
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'ModeNotFoundError', readonly message: string }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigSchema', readonly rootConfigType:
        | { readonly key: string }
        | { readonly key: string }
        | { readonly key: string }
        | { readonly key: string }
        | { readonly key: string }
        | { readonly key: string }
        | { readonly key: string }
      , readonly allConfigTypes: ReadonlyArray<
        | { readonly __typename: 'ArrayConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
        | { readonly __typename: 'CompositeConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly fields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configTypeKey: string, readonly defaultValueAsJson: string | null }> }
        | { readonly __typename: 'EnumConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string>, readonly values: ReadonlyArray<{ readonly value: string, readonly description: string | null }> }
        | { readonly __typename: 'MapConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
        | { readonly __typename: 'NullableConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
        | { readonly __typename: 'RegularConfigType', readonly givenName: string, readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
        | { readonly __typename: 'ScalarUnionConfigType', readonly key: string, readonly description: string | null, readonly isSelector: boolean, readonly typeParamKeys: ReadonlyArray<string> }
      > }
   };

export type LaunchpadValidationQueryVariables = Exact<{
  selector: PipelineSelector;
  runConfigData?: unknown;
  hasSelection: boolean;
}>;


export type LaunchpadValidationQuery = { readonly isPipelineConfigValid:
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'PipelineConfigValidationValid' }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigValidationInvalid', readonly errors: ReadonlyArray<
        | { readonly __typename: 'FieldNotDefinedConfigError', readonly fieldName: string, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'FieldsNotDefinedConfigError', readonly fieldNames: ReadonlyArray<string>, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'MissingFieldConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly field: { readonly name: string } }
        | { readonly __typename: 'MissingFieldsConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly fields: ReadonlyArray<{ readonly name: string }> }
        | { readonly __typename: 'RuntimeMismatchConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'SelectorTypeConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
      > }
  , readonly pipelineOrError?:
    | { readonly __typename: 'InvalidSubsetError' }
    | { readonly __typename: 'Pipeline', readonly id: string, readonly solids: ReadonlyArray<{ readonly name: string }> }
    | { readonly __typename: 'PipelineNotFoundError' }
    | { readonly __typename: 'PythonError' }
   };

export type LaunchpadScaffoldQueryVariables = Exact<{
  selector: PipelineSelector;
}>;


export type LaunchpadScaffoldQuery = { readonly runConfigSchemaOrError:
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'ModeNotFoundError', readonly message: string }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigSchema', readonly rootDefaultYaml: string }
   };

export type LaunchpadLaunchMutationVariables = Exact<{
  executionParams: ExecutionParams;
}>;


export type LaunchpadLaunchMutation = { readonly launchRun:
    | { readonly __typename: 'ConflictingExecutionParamsError', readonly message: string }
    | { readonly __typename: 'InvalidOutputError', readonly stepKey: string, readonly invalidOutputName: string }
    | { readonly __typename: 'InvalidStepError', readonly invalidStepKey: string }
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'LaunchRunSuccess', readonly run: { readonly id: string, readonly runId: string } }
    | { readonly __typename: 'NoModeProvidedError', readonly message: string }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PresetNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigValidationInvalid', readonly errors: ReadonlyArray<
        | { readonly __typename: 'FieldNotDefinedConfigError', readonly fieldName: string, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'FieldsNotDefinedConfigError', readonly fieldNames: ReadonlyArray<string>, readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'MissingFieldConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly field: { readonly name: string } }
        | { readonly __typename: 'MissingFieldsConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason, readonly fields: ReadonlyArray<{ readonly name: string }> }
        | { readonly __typename: 'RuntimeMismatchConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
        | { readonly __typename: 'SelectorTypeConfigError', readonly message: string, readonly path: ReadonlyArray<string>, readonly reason: EvaluationErrorReason }
      > }
    | { readonly __typename: 'RunConflict', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

type OverviewRunsFields_InvalidPipelineRunsFilterError_Fragment = { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string };

type OverviewRunsFields_PythonError_Fragment = { readonly __typename: 'PythonError', readonly message: string };

type OverviewRunsFields_Runs_Fragment = { readonly __typename: 'Runs', readonly results: ReadonlyArray<{ readonly id: string, readonly runId: string, readonly status: RunStatus, readonly jobName: string, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly repositoryOrigin: { readonly id: string, readonly repositoryLocationName: string } | null }> };

export type OverviewRunsFieldsFragment =
  | OverviewRunsFields_InvalidPipelineRunsFilterError_Fragment
  | OverviewRunsFields_PythonError_Fragment
  | OverviewRunsFields_Runs_Fragment
;

type RunsCountFields_InvalidPipelineRunsFilterError_Fragment = { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string };

type RunsCountFields_PythonError_Fragment = { readonly __typename: 'PythonError', readonly message: string };

type RunsCountFields_Runs_Fragment = { readonly __typename: 'Runs', readonly count: number | null };

export type RunsCountFieldsFragment =
  | RunsCountFields_InvalidPipelineRunsFilterError_Fragment
  | RunsCountFields_PythonError_Fragment
  | RunsCountFields_Runs_Fragment
;

export type OverviewPageQueryVariables = Exact<{
  windowStart: number;
  limit: number;
}>;


export type OverviewPageQuery = { readonly recentRuns:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly results: ReadonlyArray<{ readonly id: string, readonly runId: string, readonly status: RunStatus, readonly jobName: string, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly repositoryOrigin: { readonly id: string, readonly repositoryLocationName: string } | null }> }
  , readonly ongoingRuns:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly results: ReadonlyArray<{ readonly id: string, readonly runId: string, readonly status: RunStatus, readonly jobName: string, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly repositoryOrigin: { readonly id: string, readonly repositoryLocationName: string } | null }> }
  , readonly queuedCount:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null }
  , readonly inProgressCount:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null }
  , readonly successCount:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null }
  , readonly failureCount:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null }
  , readonly canceledCount:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null }
  , readonly workspaceOrError:
    | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
    | { readonly __typename: 'Workspace', readonly id: string, readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }
          | { readonly __typename: 'RepositoryLocation', readonly id: string, readonly repositories: ReadonlyArray<{ readonly id: string, readonly name: string, readonly schedules: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly cronSchedule: string, readonly executionTimezone: string | null, readonly pipelineName: string, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> }, readonly futureTicks: { readonly results: ReadonlyArray<{ readonly timestamp: number }> } }>, readonly sensors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly description: string | null, readonly sensorType: SensorType, readonly minIntervalSeconds: number, readonly targets: ReadonlyArray<{ readonly pipelineName: string }> | null, readonly state: { readonly id: string, readonly status: InstigationStatus, readonly typeSpecificData:
                    | { readonly __typename: 'ScheduleData' }
                    | { readonly __typename: 'SensorData', readonly lastTickTimestamp: number | null }
                   | null, readonly ticks: ReadonlyArray<{ readonly id: string, readonly status: InstigationTickStatus, readonly timestamp: number, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> } | null }> } }> }> }
         | null }> }
  , readonly instance: { readonly id: string, readonly daemonHealth: { readonly id: string, readonly allDaemonStatuses: ReadonlyArray<{ readonly id: string, readonly daemonType: string, readonly required: boolean, readonly healthy: boolean | null, readonly lastHeartbeatTime: number | null, readonly lastHeartbeatErrors: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> }> } } };

export type ResourcesListQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesListQuery = { readonly workspaceOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Workspace', readonly locationEntries: ReadonlyArray<{ readonly id: string, readonly name: string, readonly locationOrLoadError:
          | { readonly __typename: 'PythonError', readonly message: string }
          | { readonly __typename: 'RepositoryLocation', readonly repositories: ReadonlyArray<{ readonly name: string, readonly allTopLevelResourceDetails: ReadonlyArray<{ readonly id: string, readonly name: string, readonly resourceType: string, readonly description: string | null }> }> }
         | null }> }
   };

export type ResourceDetailsQueryVariables = Exact<{
  selector: ResourceSelector;
}>;


export type ResourceDetailsQuery = { readonly topLevelResourceDetailsOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'ResourceDetails', readonly id: string, readonly name: string, readonly resourceType: string, readonly description: string | null, readonly configFields: ReadonlyArray<{ readonly name: string, readonly description: string | null, readonly isRequired: boolean, readonly configType:
          | { readonly key: string }
          | { readonly key: string }
          | { readonly key: string }
          | { readonly key: string }
          | { readonly key: string }
          | { readonly key: string }
          | { readonly key: string }
         }>, readonly configuredValues: ReadonlyArray<{ readonly key: string, readonly value: string, readonly type: ConfiguredValueType }>, readonly nestedResources: ReadonlyArray<{ readonly name: string, readonly type: NestedResourceType, readonly resource: { readonly name: string } | null }>, readonly parentResources: ReadonlyArray<{ readonly name: string }>, readonly jobsOpsUsing: ReadonlyArray<{ readonly jobName: string, readonly opHandleIDs: ReadonlyArray<string> }> }
    | { readonly __typename: 'ResourceNotFoundError', readonly message: string }
   };

export type CapturedLogsQueryVariables = Exact<{
  logKey: ReadonlyArray<string> | string;
  cursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type CapturedLogsQuery = { readonly capturedLogsMetadata: { readonly stdoutDownloadUrl: string | null, readonly stderrDownloadUrl: string | null }, readonly capturedLogs: { readonly stdout: string | null, readonly stderr: string | null, readonly cursor: string | null } };

export type RunStatusFieldsFragment = { readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null };

export type RunDetailFieldsFragment = { readonly jobName: string, readonly creationTime: number, readonly rootRunId: string | null, readonly parentRunId: string | null, readonly runConfigYaml: string, readonly runConfig: unknown, readonly solidSelection: ReadonlyArray<string> | null, readonly stepKeysToExecute: ReadonlyArray<string> | null, readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly repositoryOrigin: { readonly repositoryLocationName: string, readonly repositoryName: string } | null, readonly executionPlan: { readonly steps: ReadonlyArray<{ readonly key: string }> } | null };

type RunEventFields_EngineEvent_Fragment = { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  > };

type RunEventFields_ExecutionStepFailureEvent_Fragment = { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null };

type RunEventFields_ExecutionStepInputEvent_Fragment = { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_ExecutionStepOutputEvent_Fragment = { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  > };

type RunEventFields_ExecutionStepRestartEvent_Fragment = { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_ExecutionStepSkippedEvent_Fragment = { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_ExecutionStepStartEvent_Fragment = { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_ExecutionStepSuccessEvent_Fragment = { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_ExecutionStepUpForRetryEvent_Fragment = { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null };

type RunEventFields_HandledOutputEvent_Fragment = { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  > };

type RunEventFields_HookCompletedEvent_Fragment = { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_HookErroredEvent_Fragment = { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null };

type RunEventFields_HookSkippedEvent_Fragment = { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_LoadedInputEvent_Fragment = { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  > };

type RunEventFields_LogMessageEvent_Fragment = { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_LogsCapturedEvent_Fragment = { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null };

type RunEventFields_MaterializationEvent_Fragment = { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null };

type RunEventFields_ObservationEvent_Fragment = { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
    | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
    | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
    | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
    | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
    | { readonly __typename: 'NullMetadataEntry', readonly label: string }
    | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
    | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
  > };

type RunEventFields_RunCanceledEvent_Fragment = { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null };

type RunEventFields_RunCancelingEvent_Fragment = { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_RunDequeuedEvent_Fragment = { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_RunEnqueuedEvent_Fragment = { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_RunFailureEvent_Fragment = { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null };

type RunEventFields_RunStartEvent_Fragment = { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_RunStartingEvent_Fragment = { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

type RunEventFields_RunSuccessEvent_Fragment = { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null };

export type RunEventFieldsFragment =
  | RunEventFields_EngineEvent_Fragment
  | RunEventFields_ExecutionStepFailureEvent_Fragment
  | RunEventFields_ExecutionStepInputEvent_Fragment
  | RunEventFields_ExecutionStepOutputEvent_Fragment
  | RunEventFields_ExecutionStepRestartEvent_Fragment
  | RunEventFields_ExecutionStepSkippedEvent_Fragment
  | RunEventFields_ExecutionStepStartEvent_Fragment
  | RunEventFields_ExecutionStepSuccessEvent_Fragment
  | RunEventFields_ExecutionStepUpForRetryEvent_Fragment
  | RunEventFields_HandledOutputEvent_Fragment
  | RunEventFields_HookCompletedEvent_Fragment
  | RunEventFields_HookErroredEvent_Fragment
  | RunEventFields_HookSkippedEvent_Fragment
  | RunEventFields_LoadedInputEvent_Fragment
  | RunEventFields_LogMessageEvent_Fragment
  | RunEventFields_LogsCapturedEvent_Fragment
  | RunEventFields_MaterializationEvent_Fragment
  | RunEventFields_ObservationEvent_Fragment
  | RunEventFields_RunCanceledEvent_Fragment
  | RunEventFields_RunCancelingEvent_Fragment
  | RunEventFields_RunDequeuedEvent_Fragment
  | RunEventFields_RunEnqueuedEvent_Fragment
  | RunEventFields_RunFailureEvent_Fragment
  | RunEventFields_RunStartEvent_Fragment
  | RunEventFields_RunStartingEvent_Fragment
  | RunEventFields_RunSuccessEvent_Fragment
;

type EventConnectionFields_EventConnection_Fragment = { readonly __typename: 'EventConnection', readonly cursor: string, readonly hasMore: boolean, readonly events: ReadonlyArray<
    | { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      > }
    | { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
    | { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      > }
    | { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
    | { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      > }
    | { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
    | { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      > }
    | { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null }
    | { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null }
    | { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
        | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
        | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
        | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
        | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
        | { readonly __typename: 'NullMetadataEntry', readonly label: string }
        | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
        | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
      > }
    | { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
    | { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
    | { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
    | { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
  > };

type EventConnectionFields_PythonError_Fragment = { readonly __typename: 'PythonError', readonly message: string };

type EventConnectionFields_RunNotFoundError_Fragment = { readonly __typename: 'RunNotFoundError', readonly message: string };

export type EventConnectionFieldsFragment =
  | EventConnectionFields_EventConnection_Fragment
  | EventConnectionFields_PythonError_Fragment
  | EventConnectionFields_RunNotFoundError_Fragment
;

export type RunPageQueryVariables = Exact<{
  runId: string | number;
  afterCursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RunPageQuery = { readonly runOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Run', readonly jobName: string, readonly creationTime: number, readonly rootRunId: string | null, readonly parentRunId: string | null, readonly runConfigYaml: string, readonly runConfig: unknown, readonly solidSelection: ReadonlyArray<string> | null, readonly stepKeysToExecute: ReadonlyArray<string> | null, readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly repositoryOrigin: { readonly repositoryLocationName: string, readonly repositoryName: string } | null, readonly executionPlan: { readonly steps: ReadonlyArray<{ readonly key: string }> } | null }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
  , readonly logsForRun:
    | { readonly __typename: 'EventConnection', readonly cursor: string, readonly hasMore: boolean, readonly events: ReadonlyArray<
        | { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null }
        | { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null }
        | { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
      > }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
   };

export type RunPollQueryVariables = Exact<{
  runId: string | number;
  afterCursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RunPollQuery = { readonly runOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Run', readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
  , readonly logsForRun:
    | { readonly __typename: 'EventConnection', readonly cursor: string, readonly hasMore: boolean, readonly events: ReadonlyArray<
        | { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null }
        | { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null }
        | { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
      > }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
   };

export type RunHeaderQueryVariables = Exact<{
  runId: string | number;
}>;


export type RunHeaderQuery = { readonly runOrError:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Run', readonly jobName: string, readonly creationTime: number, readonly rootRunId: string | null, readonly parentRunId: string | null, readonly runConfigYaml: string, readonly runConfig: unknown, readonly solidSelection: ReadonlyArray<string> | null, readonly stepKeysToExecute: ReadonlyArray<string> | null, readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly repositoryOrigin: { readonly repositoryLocationName: string, readonly repositoryName: string } | null, readonly executionPlan: { readonly steps: ReadonlyArray<{ readonly key: string }> } | null }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
   };

export type RunEventsQueryVariables = Exact<{
  runId: string | number;
  afterCursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RunEventsQuery = { readonly logsForRun:
    | { readonly __typename: 'EventConnection', readonly cursor: string, readonly hasMore: boolean, readonly events: ReadonlyArray<
        | { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null }
        | { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null }
        | { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
      > }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunNotFoundError', readonly message: string }
   };

export type RunLogsSubscriptionVariables = Exact<{
  runId: string | number;
  cursor?: string | null | undefined;
}>;


export type RunLogsSubscription = { readonly pipelineRunLogs:
    | { readonly __typename: 'PipelineRunLogsSubscriptionFailure', readonly message: string }
    | { readonly __typename: 'PipelineRunLogsSubscriptionSuccess', readonly hasMorePastEvents: boolean, readonly cursor: string, readonly run: { readonly runId: string, readonly status: RunStatus, readonly canTerminate: boolean, readonly startTime: number | null, readonly endTime: number | null, readonly updateTime: number | null }, readonly messages: ReadonlyArray<
        | { readonly __typename: 'EngineEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'ExecutionStepInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'ExecutionStepRestartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'ExecutionStepUpForRetryEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly secondsToWait: number | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HandledOutputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'HookCompletedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'HookErroredEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'HookSkippedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LoadedInputEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'LogMessageEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'LogsCapturedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly fileKey: string, readonly stepKeys: ReadonlyArray<string> | null, readonly externalStdoutUrl: string | null, readonly externalStderrUrl: string | null }
        | { readonly __typename: 'MaterializationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          >, readonly assetKey: { readonly path: ReadonlyArray<string> } | null }
        | { readonly __typename: 'ObservationEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly label: string | null, readonly description: string | null, readonly metadataEntries: ReadonlyArray<
            | { readonly __typename: 'BoolMetadataEntry', readonly boolValue: boolean | null, readonly label: string }
            | { readonly __typename: 'FloatMetadataEntry', readonly floatValue: number | null, readonly label: string }
            | { readonly __typename: 'IntMetadataEntry', readonly intRepr: string, readonly label: string }
            | { readonly __typename: 'JsonMetadataEntry', readonly jsonString: string, readonly label: string }
            | { readonly __typename: 'NullMetadataEntry', readonly label: string }
            | { readonly __typename: 'TextMetadataEntry', readonly text: string, readonly label: string }
            | { readonly __typename: 'UrlMetadataEntry', readonly url: string, readonly label: string }
          > }
        | { readonly __typename: 'RunCanceledEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunCancelingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunDequeuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunEnqueuedEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunFailureEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null, readonly error: { readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string>, readonly causes: ReadonlyArray<{ readonly message: string, readonly className: string | null, readonly stack: ReadonlyArray<string> }> } | null }
        | { readonly __typename: 'RunStartEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunStartingEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
        | { readonly __typename: 'RunSuccessEvent', readonly message: string, readonly timestamp: string, readonly level: LogLevel, readonly stepKey: string | null, readonly eventType: DagsterEventType | null }
      > }
   };

type LaunchResultFields_ConflictingExecutionParamsError_Fragment = { readonly __typename: 'ConflictingExecutionParamsError', readonly message: string };

type LaunchResultFields_InvalidOutputError_Fragment = { readonly __typename: 'InvalidOutputError', readonly stepKey: string, readonly invalidOutputName: string };

type LaunchResultFields_InvalidStepError_Fragment = { readonly __typename: 'InvalidStepError', readonly invalidStepKey: string };

type LaunchResultFields_InvalidSubsetError_Fragment = { readonly __typename: 'InvalidSubsetError', readonly message: string };

type LaunchResultFields_LaunchRunSuccess_Fragment = { readonly __typename: 'LaunchRunSuccess', readonly run: { readonly runId: string } };

type LaunchResultFields_NoModeProvidedError_Fragment = { readonly __typename: 'NoModeProvidedError', readonly message: string };

type LaunchResultFields_PipelineNotFoundError_Fragment = { readonly __typename: 'PipelineNotFoundError', readonly message: string };

type LaunchResultFields_PresetNotFoundError_Fragment = { readonly __typename: 'PresetNotFoundError', readonly message: string };

type LaunchResultFields_PythonError_Fragment = { readonly __typename: 'PythonError', readonly message: string };

type LaunchResultFields_RunConfigValidationInvalid_Fragment = { readonly __typename: 'RunConfigValidationInvalid', readonly errors: ReadonlyArray<
    | { readonly message: string }
    | { readonly message: string }
    | { readonly message: string }
    | { readonly message: string }
    | { readonly message: string }
    | { readonly message: string }
  > };

type LaunchResultFields_RunConflict_Fragment = { readonly __typename: 'RunConflict', readonly message: string };

type LaunchResultFields_UnauthorizedError_Fragment = { readonly __typename: 'UnauthorizedError', readonly message: string };

export type LaunchResultFieldsFragment =
  | LaunchResultFields_ConflictingExecutionParamsError_Fragment
  | LaunchResultFields_InvalidOutputError_Fragment
  | LaunchResultFields_InvalidStepError_Fragment
  | LaunchResultFields_InvalidSubsetError_Fragment
  | LaunchResultFields_LaunchRunSuccess_Fragment
  | LaunchResultFields_NoModeProvidedError_Fragment
  | LaunchResultFields_PipelineNotFoundError_Fragment
  | LaunchResultFields_PresetNotFoundError_Fragment
  | LaunchResultFields_PythonError_Fragment
  | LaunchResultFields_RunConfigValidationInvalid_Fragment
  | LaunchResultFields_RunConflict_Fragment
  | LaunchResultFields_UnauthorizedError_Fragment
;

export type ReexecuteRunMutationVariables = Exact<{
  parentRunId: string;
  strategy: ReexecutionStrategy;
}>;


export type ReexecuteRunMutation = { readonly launchRunReexecution:
    | { readonly __typename: 'ConflictingExecutionParamsError', readonly message: string }
    | { readonly __typename: 'InvalidOutputError', readonly stepKey: string, readonly invalidOutputName: string }
    | { readonly __typename: 'InvalidStepError', readonly invalidStepKey: string }
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'LaunchRunSuccess', readonly run: { readonly runId: string } }
    | { readonly __typename: 'NoModeProvidedError', readonly message: string }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PresetNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigValidationInvalid', readonly errors: ReadonlyArray<
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
      > }
    | { readonly __typename: 'RunConflict', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type ReexecuteStepsMutationVariables = Exact<{
  executionParams: ExecutionParams;
}>;


export type ReexecuteStepsMutation = { readonly launchRunReexecution:
    | { readonly __typename: 'ConflictingExecutionParamsError', readonly message: string }
    | { readonly __typename: 'InvalidOutputError', readonly stepKey: string, readonly invalidOutputName: string }
    | { readonly __typename: 'InvalidStepError', readonly invalidStepKey: string }
    | { readonly __typename: 'InvalidSubsetError', readonly message: string }
    | { readonly __typename: 'LaunchRunSuccess', readonly run: { readonly runId: string } }
    | { readonly __typename: 'NoModeProvidedError', readonly message: string }
    | { readonly __typename: 'PipelineNotFoundError', readonly message: string }
    | { readonly __typename: 'PresetNotFoundError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'RunConfigValidationInvalid', readonly errors: ReadonlyArray<
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
        | { readonly message: string }
      > }
    | { readonly __typename: 'RunConflict', readonly message: string }
    | { readonly __typename: 'UnauthorizedError', readonly message: string }
   };

export type TerminateRunsMutationVariables = Exact<{
  runIds: ReadonlyArray<string> | string;
  policy?: TerminateRunPolicy | null | undefined;
}>;


export type TerminateRunsMutation = { readonly terminateRuns:
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'TerminateRunsResult', readonly terminateRunResults: ReadonlyArray<
        | { readonly __typename: 'PythonError', readonly message: string }
        | { readonly __typename: 'RunNotFoundError', readonly message: string }
        | { readonly __typename: 'TerminateRunFailure', readonly message: string }
        | { readonly __typename: 'TerminateRunSuccess', readonly run: { readonly runId: string } }
        | { readonly __typename: 'UnauthorizedError', readonly message: string }
      > }
   };

export type RunsPageQueryVariables = Exact<{
  filter?: RunsFilter | null | undefined;
  cursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RunsPageQuery = { readonly runsOrError:
    | { readonly __typename: 'InvalidPipelineRunsFilterError', readonly message: string }
    | { readonly __typename: 'PythonError', readonly message: string }
    | { readonly __typename: 'Runs', readonly count: number | null, readonly results: ReadonlyArray<{ readonly canTerminate: boolean, readonly runId: string, readonly status: RunStatus, readonly jobName: string, readonly creationTime: number, readonly startTime: number | null, readonly endTime: number | null, readonly tags: ReadonlyArray<{ readonly key: string, readonly value: string }>, readonly repositoryOrigin: { readonly repositoryLocationName: string } | null }> }
   };

export type RunsFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RunsFilterOptionsQuery = { readonly repositoriesOrError:
    | { readonly nodes: ReadonlyArray<{ readonly pipelines: ReadonlyArray<{ readonly name: string }> }> }
    | Record<PropertyKey, never>
  , readonly runTagsOrError:
    | { readonly tags: ReadonlyArray<{ readonly key: string, readonly values: ReadonlyArray<string> }> }
    | Record<PropertyKey, never>
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConfigTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConfigTypeFields on ConfigType {
  __typename
  key
  description
  isSelector
  typeParamKeys
  ... on CompositeConfigType {
    fields {
      name
      description
      isRequired
      configTypeKey
      defaultValueAsJson
    }
  }
  ... on EnumConfigType {
    givenName
    values {
      value
      description
    }
  }
  ... on RegularConfigType {
    givenName
  }
}
    `, {"fragmentName":"ConfigTypeFields"}) as unknown as TypedDocumentString<ConfigTypeFieldsFragment, unknown>;
export const PythonErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
    `, {"fragmentName":"PythonErrorFields"}) as unknown as TypedDocumentString<PythonErrorFieldsFragment, unknown>;
export const LocationEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LocationEntryFields on WorkspaceLocationEntry {
  id
  name
  loadStatus
  updatedTimestamp
  versionKey
  displayMetadata {
    key
    value
  }
  locationOrLoadError {
    __typename
    ... on RepositoryLocation {
      id
      dagsterLibraryVersions {
        name
        version
      }
      repositories {
        id
        name
        jobs {
          id
          name
        }
        schedules {
          id
          name
        }
        sensors {
          id
          name
        }
      }
    }
    ...PythonErrorFields
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`, {"fragmentName":"LocationEntryFields"}) as unknown as TypedDocumentString<LocationEntryFieldsFragment, unknown>;
export const DaemonHealthFieldsFragmentDoc = new TypedDocumentString(`
    fragment DaemonHealthFields on Instance {
  daemonHealth {
    id
    allDaemonStatuses {
      id
      daemonType
      required
      healthy
      lastHeartbeatTime
      lastHeartbeatErrors {
        ...PythonErrorFields
      }
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`, {"fragmentName":"DaemonHealthFields"}) as unknown as TypedDocumentString<DaemonHealthFieldsFragment, unknown>;
export const InstanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstanceFields on Instance {
  info
  runLauncher {
    name
  }
  runQueuingSupported
  runQueueConfig {
    maxConcurrentRuns
    tagConcurrencyLimitsYaml
  }
}
    `, {"fragmentName":"InstanceFields"}) as unknown as TypedDocumentString<InstanceFieldsFragment, unknown>;
export const DryRunTickFieldsFragmentDoc = new TypedDocumentString(`
    fragment DryRunTickFields on DryRunInstigationTick {
  timestamp
  evaluationResult {
    runRequests {
      runKey
      jobName
      runConfigYaml
      tags {
        key
        value
      }
    }
    skipReason
    cursor
    error {
      ...PythonErrorFields
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`, {"fragmentName":"DryRunTickFields"}) as unknown as TypedDocumentString<DryRunTickFieldsFragment, unknown>;
export const LatestTickFieldsFragmentDoc = new TypedDocumentString(`
    fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`, {"fragmentName":"LatestTickFields"}) as unknown as TypedDocumentString<LatestTickFieldsFragment, unknown>;
export const ScheduleRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleRowFields on Schedule {
  id
  name
  description
  cronSchedule
  executionTimezone
  pipelineName
  state: scheduleState {
    ...LatestTickFields
  }
  futureTicks(limit: 1) {
    results {
      timestamp
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}`, {"fragmentName":"ScheduleRowFields"}) as unknown as TypedDocumentString<ScheduleRowFieldsFragment, unknown>;
export const SensorRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment SensorRowFields on Sensor {
  id
  name
  description
  sensorType
  minIntervalSeconds
  targets {
    pipelineName
  }
  state: sensorState {
    ...LatestTickFields
    typeSpecificData {
      __typename
      ... on SensorData {
        lastTickTimestamp
      }
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}`, {"fragmentName":"SensorRowFields"}) as unknown as TypedDocumentString<SensorRowFieldsFragment, unknown>;
export const WorkspaceInstigatorsFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceInstigators on WorkspaceOrError {
  __typename
  ... on Workspace {
    id
    locationEntries {
      id
      name
      locationOrLoadError {
        __typename
        ... on RepositoryLocation {
          id
          repositories {
            id
            name
            schedules {
              ...ScheduleRowFields
            }
            sensors {
              ...SensorRowFields
            }
          }
        }
        ...PythonErrorFields
      }
    }
  }
  ...PythonErrorFields
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment ScheduleRowFields on Schedule {
  id
  name
  description
  cronSchedule
  executionTimezone
  pipelineName
  state: scheduleState {
    ...LatestTickFields
  }
  futureTicks(limit: 1) {
    results {
      timestamp
    }
  }
}
fragment SensorRowFields on Sensor {
  id
  name
  description
  sensorType
  minIntervalSeconds
  targets {
    pipelineName
  }
  state: sensorState {
    ...LatestTickFields
    typeSpecificData {
      __typename
      ... on SensorData {
        lastTickTimestamp
      }
    }
  }
}
fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}`, {"fragmentName":"WorkspaceInstigators"}) as unknown as TypedDocumentString<WorkspaceInstigatorsFragment, unknown>;
export const ConfigErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConfigErrorFields on PipelineConfigValidationError {
  __typename
  message
  path
  reason
  ... on MissingFieldConfigError {
    field {
      name
    }
  }
  ... on MissingFieldsConfigError {
    fields {
      name
    }
  }
  ... on FieldNotDefinedConfigError {
    fieldName
  }
  ... on FieldsNotDefinedConfigError {
    fieldNames
  }
}
    `, {"fragmentName":"ConfigErrorFields"}) as unknown as TypedDocumentString<ConfigErrorFieldsFragment, unknown>;
export const RunSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunSummaryFields on Run {
  runId
  status
  jobName
  creationTime
  startTime
  endTime
  repositoryOrigin {
    repositoryLocationName
  }
}
    `, {"fragmentName":"RunSummaryFields"}) as unknown as TypedDocumentString<RunSummaryFieldsFragment, unknown>;
export const OverviewRunsFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverviewRunsFields on RunsOrError {
  __typename
  ... on Runs {
    results {
      id
      ...RunSummaryFields
      repositoryOrigin {
        id
      }
    }
  }
  ... on Error {
    message
  }
}
    fragment RunSummaryFields on Run {
  runId
  status
  jobName
  creationTime
  startTime
  endTime
  repositoryOrigin {
    repositoryLocationName
  }
}`, {"fragmentName":"OverviewRunsFields"}) as unknown as TypedDocumentString<OverviewRunsFieldsFragment, unknown>;
export const RunsCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunsCountFields on RunsOrError {
  __typename
  ... on Runs {
    count
  }
  ... on Error {
    message
  }
}
    `, {"fragmentName":"RunsCountFields"}) as unknown as TypedDocumentString<RunsCountFieldsFragment, unknown>;
export const RunStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}
    `, {"fragmentName":"RunStatusFields"}) as unknown as TypedDocumentString<RunStatusFieldsFragment, unknown>;
export const RunDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunDetailFields on Run {
  ...RunStatusFields
  jobName
  creationTime
  rootRunId
  parentRunId
  runConfigYaml
  runConfig
  solidSelection
  stepKeysToExecute
  tags {
    key
    value
  }
  repositoryOrigin {
    repositoryLocationName
    repositoryName
  }
  executionPlan {
    steps {
      key
    }
  }
}
    fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}`, {"fragmentName":"RunDetailFields"}) as unknown as TypedDocumentString<RunDetailFieldsFragment, unknown>;
export const RunEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`, {"fragmentName":"RunEventFields"}) as unknown as TypedDocumentString<RunEventFieldsFragment, unknown>;
export const EventConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventConnectionFields on EventConnectionOrError {
  __typename
  ... on EventConnection {
    cursor
    hasMore
    events {
      ...RunEventFields
    }
  }
  ... on Error {
    message
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}`, {"fragmentName":"EventConnectionFields"}) as unknown as TypedDocumentString<EventConnectionFieldsFragment, unknown>;
export const LaunchResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment LaunchResultFields on LaunchRunReexecutionResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      runId
    }
  }
  ... on Error {
    message
  }
  ... on InvalidStepError {
    invalidStepKey
  }
  ... on InvalidOutputError {
    stepKey
    invalidOutputName
  }
  ... on RunConfigValidationInvalid {
    errors {
      message
    }
  }
}
    `, {"fragmentName":"LaunchResultFields"}) as unknown as TypedDocumentString<LaunchResultFieldsFragment, unknown>;
export const LocationRepositoriesDocument = new TypedDocumentString(`
    query LocationRepositories($location: String!) {
  workspaceLocationEntryOrError(name: $location) {
    __typename
    ... on WorkspaceLocationEntry {
      id
      loadStatus
      locationOrLoadError {
        __typename
        ... on RepositoryLocation {
          id
          repositories {
            id
            name
            pipelines {
              id
              name
            }
            schedules {
              id
              name
            }
            sensors {
              id
              name
            }
          }
        }
        ... on PythonError {
          message
        }
      }
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LocationRepositoriesQuery, LocationRepositoriesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  dagflareViewer {
    principal
    method
    role
    signInRequired
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AdminDocument = new TypedDocumentString(`
    query Admin($cursor: String, $filter: AuditLogFilter) {
  apiTokensOrError {
    __typename
    ... on ApiTokens {
      tokens {
        id
        name
        role
        locationRoles {
          locationName
          role
        }
        createdBy
        createdAt
        expiresAt
        lastUsedAt
        status
      }
    }
    ... on UnauthorizedError {
      message
    }
    ... on PythonError {
      message
    }
  }
  roleGrantsOrError {
    __typename
    ... on RoleGrants {
      defaultRole
      grants {
        email
        group
        role
        locationRoles {
          locationName
          role
        }
      }
    }
  }
  auditLogOrError(cursor: $cursor, filter: $filter, limit: 50) {
    __typename
    ... on AuditLog {
      cursor
      entries {
        id
        timestamp
        principal
        action
        target
        allowed
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminQuery, AdminQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $role: DagflareRole) {
  createApiToken(name: $name, role: $role) {
    __typename
    ... on CreatedApiToken {
      secret
      token {
        id
        name
      }
    }
    ... on UnauthorizedError {
      message
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: String!) {
  revokeApiToken(id: $id) {
    __typename
    ... on ApiTokenNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ConcurrencyPageDocument = new TypedDocumentString(`
    query ConcurrencyPage {
  instance {
    id
    minConcurrencyLimitValue
    maxConcurrencyLimitValue
    poolConfig {
      poolGranularity
      defaultPoolLimit
    }
    concurrencyLimits {
      concurrencyKey
      limit
      usingDefaultLimit
      activeSlotCount
      claimedSlots {
        runId
        stepKey
      }
      pendingSteps {
        runId
        stepKey
        enqueuedTimestamp
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrencyPageQuery, ConcurrencyPageQueryVariables>;
export const SetConcurrencyLimitDocument = new TypedDocumentString(`
    mutation SetConcurrencyLimit($concurrencyKey: String!, $limit: Int!) {
  setConcurrencyLimit(concurrencyKey: $concurrencyKey, limit: $limit)
}
    `) as unknown as TypedDocumentString<SetConcurrencyLimitMutation, SetConcurrencyLimitMutationVariables>;
export const DeleteConcurrencyLimitDocument = new TypedDocumentString(`
    mutation DeleteConcurrencyLimit($concurrencyKey: String!) {
  deleteConcurrencyLimit(concurrencyKey: $concurrencyKey)
}
    `) as unknown as TypedDocumentString<DeleteConcurrencyLimitMutation, DeleteConcurrencyLimitMutationVariables>;
export const DeploymentPageDocument = new TypedDocumentString(`
    query DeploymentPage {
  workspaceOrError {
    __typename
    ... on Workspace {
      id
      locationEntries {
        ...LocationEntryFields
      }
    }
    ...PythonErrorFields
  }
  instance {
    id
    ...InstanceFields
    ...DaemonHealthFields
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment LocationEntryFields on WorkspaceLocationEntry {
  id
  name
  loadStatus
  updatedTimestamp
  versionKey
  displayMetadata {
    key
    value
  }
  locationOrLoadError {
    __typename
    ... on RepositoryLocation {
      id
      dagsterLibraryVersions {
        name
        version
      }
      repositories {
        id
        name
        jobs {
          id
          name
        }
        schedules {
          id
          name
        }
        sensors {
          id
          name
        }
      }
    }
    ...PythonErrorFields
  }
}
fragment DaemonHealthFields on Instance {
  daemonHealth {
    id
    allDaemonStatuses {
      id
      daemonType
      required
      healthy
      lastHeartbeatTime
      lastHeartbeatErrors {
        ...PythonErrorFields
      }
    }
  }
}
fragment InstanceFields on Instance {
  info
  runLauncher {
    name
  }
  runQueuingSupported
  runQueueConfig {
    maxConcurrentRuns
    tagConcurrencyLimitsYaml
  }
}`) as unknown as TypedDocumentString<DeploymentPageQuery, DeploymentPageQueryVariables>;
export const LocationStateChangesDocument = new TypedDocumentString(`
    subscription LocationStateChanges {
  locationStateChangeEvents {
    event {
      eventType
      locationName
      message
      serverId
    }
  }
}
    `) as unknown as TypedDocumentString<LocationStateChangesSubscription, LocationStateChangesSubscriptionVariables>;
export const ReloadRepositoryLocationDocument = new TypedDocumentString(`
    mutation ReloadRepositoryLocation($name: String!) {
  reloadRepositoryLocation(repositoryLocationName: $name) {
    __typename
    ... on WorkspaceLocationEntry {
      ...LocationEntryFields
    }
    ... on Error {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment LocationEntryFields on WorkspaceLocationEntry {
  id
  name
  loadStatus
  updatedTimestamp
  versionKey
  displayMetadata {
    key
    value
  }
  locationOrLoadError {
    __typename
    ... on RepositoryLocation {
      id
      dagsterLibraryVersions {
        name
        version
      }
      repositories {
        id
        name
        jobs {
          id
          name
        }
        schedules {
          id
          name
        }
        sensors {
          id
          name
        }
      }
    }
    ...PythonErrorFields
  }
}`) as unknown as TypedDocumentString<ReloadRepositoryLocationMutation, ReloadRepositoryLocationMutationVariables>;
export const ReloadWorkspaceDocument = new TypedDocumentString(`
    mutation ReloadWorkspace {
  reloadWorkspace {
    __typename
    ... on Workspace {
      id
      locationEntries {
        ...LocationEntryFields
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment LocationEntryFields on WorkspaceLocationEntry {
  id
  name
  loadStatus
  updatedTimestamp
  versionKey
  displayMetadata {
    key
    value
  }
  locationOrLoadError {
    __typename
    ... on RepositoryLocation {
      id
      dagsterLibraryVersions {
        name
        version
      }
      repositories {
        id
        name
        jobs {
          id
          name
        }
        schedules {
          id
          name
        }
        sensors {
          id
          name
        }
      }
    }
    ...PythonErrorFields
  }
}`) as unknown as TypedDocumentString<ReloadWorkspaceMutation, ReloadWorkspaceMutationVariables>;
export const ScheduleDryRunDocument = new TypedDocumentString(`
    mutation ScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) {
  result: scheduleDryRun(selectorData: $selector, timestamp: $timestamp) {
    __typename
    ...DryRunTickFields
    ...PythonErrorFields
    ... on Error {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment DryRunTickFields on DryRunInstigationTick {
  timestamp
  evaluationResult {
    runRequests {
      runKey
      jobName
      runConfigYaml
      tags {
        key
        value
      }
    }
    skipReason
    cursor
    error {
      ...PythonErrorFields
    }
  }
}`) as unknown as TypedDocumentString<ScheduleDryRunMutation, ScheduleDryRunMutationVariables>;
export const SchedulePageDocument = new TypedDocumentString(`
    query SchedulePage($selector: ScheduleSelector!) {
  scheduleOrError(scheduleSelector: $selector) {
    __typename
    ... on Schedule {
      id
      name
      description
      cronSchedule
      executionTimezone
      pipelineName
      defaultStatus
      state: scheduleState {
        id
        status
        runsCount
        typeSpecificData {
          __typename
          ... on ScheduleData {
            startTimestamp
          }
        }
      }
      futureTicks(limit: 5) {
        results {
          timestamp
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulePageQuery, SchedulePageQueryVariables>;
export const SetSensorCursorDocument = new TypedDocumentString(`
    mutation SetSensorCursor($selector: SensorSelector!, $cursor: String) {
  result: setSensorCursor(sensorSelector: $selector, cursor: $cursor) {
    __typename
    ... on Sensor {
      id
      sensorState {
        id
        typeSpecificData {
          __typename
          ... on SensorData {
            lastCursor
          }
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetSensorCursorMutation, SetSensorCursorMutationVariables>;
export const SensorDryRunDocument = new TypedDocumentString(`
    mutation SensorDryRun($selector: SensorSelector!, $cursor: String) {
  result: sensorDryRun(selectorData: $selector, cursor: $cursor) {
    __typename
    ...DryRunTickFields
    ...PythonErrorFields
    ... on Error {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment DryRunTickFields on DryRunInstigationTick {
  timestamp
  evaluationResult {
    runRequests {
      runKey
      jobName
      runConfigYaml
      tags {
        key
        value
      }
    }
    skipReason
    cursor
    error {
      ...PythonErrorFields
    }
  }
}`) as unknown as TypedDocumentString<SensorDryRunMutation, SensorDryRunMutationVariables>;
export const SensorPageDocument = new TypedDocumentString(`
    query SensorPage($selector: SensorSelector!) {
  sensorOrError(sensorSelector: $selector) {
    __typename
    ... on Sensor {
      id
      name
      description
      sensorType
      minIntervalSeconds
      defaultStatus
      targets {
        pipelineName
      }
      state: sensorState {
        id
        status
        runsCount
        typeSpecificData {
          __typename
          ... on SensorData {
            lastTickTimestamp
            lastRunKey
            lastCursor
          }
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SensorPageQuery, SensorPageQueryVariables>;
export const InstigatorTicksDocument = new TypedDocumentString(`
    query InstigatorTicks($id: String!, $limit: Int!, $cursor: String, $statuses: [InstigationTickStatus!]) {
  instigationStateOrError(id: $id) {
    __typename
    ... on InstigationState {
      id
      ticks(limit: $limit, cursor: $cursor, statuses: $statuses) {
        id
        tickId
        status
        timestamp
        endTimestamp
        skipReason
        cursor
        runKeys
        error {
          ...PythonErrorFields
        }
        runs {
          id
          runId
          status
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}`) as unknown as TypedDocumentString<InstigatorTicksQuery, InstigatorTicksQueryVariables>;
export const InstigatorsListDocument = new TypedDocumentString(`
    query InstigatorsList {
  workspaceOrError {
    ...WorkspaceInstigators
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment ScheduleRowFields on Schedule {
  id
  name
  description
  cronSchedule
  executionTimezone
  pipelineName
  state: scheduleState {
    ...LatestTickFields
  }
  futureTicks(limit: 1) {
    results {
      timestamp
    }
  }
}
fragment SensorRowFields on Sensor {
  id
  name
  description
  sensorType
  minIntervalSeconds
  targets {
    pipelineName
  }
  state: sensorState {
    ...LatestTickFields
    typeSpecificData {
      __typename
      ... on SensorData {
        lastTickTimestamp
      }
    }
  }
}
fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}
fragment WorkspaceInstigators on WorkspaceOrError {
  __typename
  ... on Workspace {
    id
    locationEntries {
      id
      name
      locationOrLoadError {
        __typename
        ... on RepositoryLocation {
          id
          repositories {
            id
            name
            schedules {
              ...ScheduleRowFields
            }
            sensors {
              ...SensorRowFields
            }
          }
        }
        ...PythonErrorFields
      }
    }
  }
  ...PythonErrorFields
}`) as unknown as TypedDocumentString<InstigatorsListQuery, InstigatorsListQueryVariables>;
export const StartScheduleDocument = new TypedDocumentString(`
    mutation StartSchedule($selector: ScheduleSelector!) {
  result: startSchedule(scheduleSelector: $selector) {
    __typename
    ... on ScheduleStateResult {
      state: scheduleState {
        id
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartScheduleMutation, StartScheduleMutationVariables>;
export const StopScheduleDocument = new TypedDocumentString(`
    mutation StopSchedule($id: String!) {
  result: stopRunningSchedule(id: $id) {
    __typename
    ... on ScheduleStateResult {
      state: scheduleState {
        id
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StopScheduleMutation, StopScheduleMutationVariables>;
export const StartSensorDocument = new TypedDocumentString(`
    mutation StartSensor($selector: SensorSelector!) {
  result: startSensor(sensorSelector: $selector) {
    __typename
    ... on Sensor {
      id
      state: sensorState {
        id
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartSensorMutation, StartSensorMutationVariables>;
export const StopSensorDocument = new TypedDocumentString(`
    mutation StopSensor($id: String!) {
  result: stopSensor(id: $id) {
    __typename
    ... on StopSensorMutationResult {
      state: instigationState {
        id
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StopSensorMutation, StopSensorMutationVariables>;
export const JobPageDocument = new TypedDocumentString(`
    query JobPage($selector: PipelineSelector!) {
  pipelineOrError(params: $selector) {
    __typename
    ... on Pipeline {
      id
      name
      description
      tags {
        key
        value
      }
      schedules {
        name
        cronSchedule
      }
      sensors {
        name
      }
      solids {
        name
        definition {
          name
          description
          metadata {
            key
            value
          }
          requiredResources {
            resourceKey
          }
          retryPolicy {
            maxRetries
            delay
            backoff
            jitter
          }
          configField {
            configType {
              ...ConfigTypeFields
              recursiveConfigTypes {
                ...ConfigTypeFields
              }
            }
          }
        }
        inputs {
          definition {
            name
            description
            type {
              displayName
            }
          }
          dependsOn {
            solid {
              name
            }
            definition {
              name
            }
          }
        }
        outputs {
          definition {
            name
            description
            type {
              displayName
            }
          }
          dependedBy {
            solid {
              name
            }
            definition {
              name
            }
          }
        }
      }
    }
    ... on PipelineNotFoundError {
      message
    }
    ... on InvalidSubsetError {
      message
    }
    ... on PythonError {
      message
    }
  }
}
    fragment ConfigTypeFields on ConfigType {
  __typename
  key
  description
  isSelector
  typeParamKeys
  ... on CompositeConfigType {
    fields {
      name
      description
      isRequired
      configTypeKey
      defaultValueAsJson
    }
  }
  ... on EnumConfigType {
    givenName
    values {
      value
      description
    }
  }
  ... on RegularConfigType {
    givenName
  }
}`) as unknown as TypedDocumentString<JobPageQuery, JobPageQueryVariables>;
export const JobRunsDocument = new TypedDocumentString(`
    query JobRuns($selector: PipelineSelector!, $limit: Int!) {
  pipelineOrError(params: $selector) {
    __typename
    ... on Pipeline {
      id
      runs(limit: $limit) {
        id
        runId
        status
        creationTime
        startTime
        endTime
        tags {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobRunsQuery, JobRunsQueryVariables>;
export const JobsListDocument = new TypedDocumentString(`
    query JobsList {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        id
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation {
            repositories {
              name
              pipelines {
                id
                name
                description
                solids {
                  name
                }
                schedules {
                  name
                  cronSchedule
                }
                sensors {
                  name
                }
                runs(limit: 1) {
                  runId
                  status
                  creationTime
                }
              }
            }
          }
          ... on PythonError {
            message
          }
        }
      }
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<JobsListQuery, JobsListQueryVariables>;
export const LaunchpadDocument = new TypedDocumentString(`
    query Launchpad($selector: PipelineSelector!) {
  pipelineOrError(params: $selector) {
    __typename
    ... on Pipeline {
      id
      name
      tags {
        key
        value
      }
      solids {
        name
      }
    }
    ... on Error {
      message
    }
  }
  runConfigSchemaOrError(selector: $selector, mode: "default") {
    __typename
    ... on RunConfigSchema {
      rootConfigType {
        key
      }
      allConfigTypes {
        ...ConfigTypeFields
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ConfigTypeFields on ConfigType {
  __typename
  key
  description
  isSelector
  typeParamKeys
  ... on CompositeConfigType {
    fields {
      name
      description
      isRequired
      configTypeKey
      defaultValueAsJson
    }
  }
  ... on EnumConfigType {
    givenName
    values {
      value
      description
    }
  }
  ... on RegularConfigType {
    givenName
  }
}`) as unknown as TypedDocumentString<LaunchpadQuery, LaunchpadQueryVariables>;
export const LaunchpadValidationDocument = new TypedDocumentString(`
    query LaunchpadValidation($selector: PipelineSelector!, $runConfigData: RunConfigData, $hasSelection: Boolean!) {
  isPipelineConfigValid(
    pipeline: $selector
    mode: "default"
    runConfigData: $runConfigData
  ) {
    __typename
    ... on RunConfigValidationInvalid {
      errors {
        ...ConfigErrorFields
      }
    }
    ... on InvalidSubsetError {
      message
    }
    ... on PipelineNotFoundError {
      message
    }
    ... on PythonError {
      message
    }
  }
  pipelineOrError(params: $selector) @include(if: $hasSelection) {
    __typename
    ... on Pipeline {
      id
      solids {
        name
      }
    }
  }
}
    fragment ConfigErrorFields on PipelineConfigValidationError {
  __typename
  message
  path
  reason
  ... on MissingFieldConfigError {
    field {
      name
    }
  }
  ... on MissingFieldsConfigError {
    fields {
      name
    }
  }
  ... on FieldNotDefinedConfigError {
    fieldName
  }
  ... on FieldsNotDefinedConfigError {
    fieldNames
  }
}`) as unknown as TypedDocumentString<LaunchpadValidationQuery, LaunchpadValidationQueryVariables>;
export const LaunchpadScaffoldDocument = new TypedDocumentString(`
    query LaunchpadScaffold($selector: PipelineSelector!) {
  runConfigSchemaOrError(selector: $selector, mode: "default") {
    __typename
    ... on RunConfigSchema {
      rootDefaultYaml
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchpadScaffoldQuery, LaunchpadScaffoldQueryVariables>;
export const LaunchpadLaunchDocument = new TypedDocumentString(`
    mutation LaunchpadLaunch($executionParams: ExecutionParams!) {
  launchRun(executionParams: $executionParams) {
    __typename
    ... on LaunchRunSuccess {
      run {
        id
        runId
      }
    }
    ... on RunConfigValidationInvalid {
      errors {
        ...ConfigErrorFields
      }
    }
    ... on InvalidStepError {
      invalidStepKey
    }
    ... on InvalidOutputError {
      stepKey
      invalidOutputName
    }
    ... on Error {
      message
    }
  }
}
    fragment ConfigErrorFields on PipelineConfigValidationError {
  __typename
  message
  path
  reason
  ... on MissingFieldConfigError {
    field {
      name
    }
  }
  ... on MissingFieldsConfigError {
    fields {
      name
    }
  }
  ... on FieldNotDefinedConfigError {
    fieldName
  }
  ... on FieldsNotDefinedConfigError {
    fieldNames
  }
}`) as unknown as TypedDocumentString<LaunchpadLaunchMutation, LaunchpadLaunchMutationVariables>;
export const OverviewPageDocument = new TypedDocumentString(`
    query OverviewPage($windowStart: Float!, $limit: Int!) {
  recentRuns: runsOrError(filter: {updatedAfter: $windowStart}, limit: $limit) {
    ...OverviewRunsFields
  }
  ongoingRuns: runsOrError(
    filter: {statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING]}
    limit: $limit
  ) {
    ...OverviewRunsFields
  }
  queuedCount: runsOrError(filter: {statuses: [QUEUED]}, limit: 1) {
    ...RunsCountFields
  }
  inProgressCount: runsOrError(
    filter: {statuses: [NOT_STARTED, STARTING, STARTED, CANCELING]}
    limit: 1
  ) {
    ...RunsCountFields
  }
  successCount: runsOrError(
    filter: {statuses: [SUCCESS], updatedAfter: $windowStart}
    limit: 1
  ) {
    ...RunsCountFields
  }
  failureCount: runsOrError(
    filter: {statuses: [FAILURE], updatedAfter: $windowStart}
    limit: 1
  ) {
    ...RunsCountFields
  }
  canceledCount: runsOrError(
    filter: {statuses: [CANCELED], updatedAfter: $windowStart}
    limit: 1
  ) {
    ...RunsCountFields
  }
  workspaceOrError {
    ...WorkspaceInstigators
  }
  instance {
    id
    ...DaemonHealthFields
  }
}
    fragment RunSummaryFields on Run {
  runId
  status
  jobName
  creationTime
  startTime
  endTime
  repositoryOrigin {
    repositoryLocationName
  }
}
fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment DaemonHealthFields on Instance {
  daemonHealth {
    id
    allDaemonStatuses {
      id
      daemonType
      required
      healthy
      lastHeartbeatTime
      lastHeartbeatErrors {
        ...PythonErrorFields
      }
    }
  }
}
fragment ScheduleRowFields on Schedule {
  id
  name
  description
  cronSchedule
  executionTimezone
  pipelineName
  state: scheduleState {
    ...LatestTickFields
  }
  futureTicks(limit: 1) {
    results {
      timestamp
    }
  }
}
fragment SensorRowFields on Sensor {
  id
  name
  description
  sensorType
  minIntervalSeconds
  targets {
    pipelineName
  }
  state: sensorState {
    ...LatestTickFields
    typeSpecificData {
      __typename
      ... on SensorData {
        lastTickTimestamp
      }
    }
  }
}
fragment LatestTickFields on InstigationState {
  id
  status
  ticks(limit: 1) {
    id
    status
    timestamp
    error {
      ...PythonErrorFields
    }
  }
}
fragment WorkspaceInstigators on WorkspaceOrError {
  __typename
  ... on Workspace {
    id
    locationEntries {
      id
      name
      locationOrLoadError {
        __typename
        ... on RepositoryLocation {
          id
          repositories {
            id
            name
            schedules {
              ...ScheduleRowFields
            }
            sensors {
              ...SensorRowFields
            }
          }
        }
        ...PythonErrorFields
      }
    }
  }
  ...PythonErrorFields
}
fragment OverviewRunsFields on RunsOrError {
  __typename
  ... on Runs {
    results {
      id
      ...RunSummaryFields
      repositoryOrigin {
        id
      }
    }
  }
  ... on Error {
    message
  }
}
fragment RunsCountFields on RunsOrError {
  __typename
  ... on Runs {
    count
  }
  ... on Error {
    message
  }
}`) as unknown as TypedDocumentString<OverviewPageQuery, OverviewPageQueryVariables>;
export const ResourcesListDocument = new TypedDocumentString(`
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
              allTopLevelResourceDetails {
                id
                name
                resourceType
                description
              }
            }
          }
          ... on PythonError {
            message
          }
        }
      }
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesListQuery, ResourcesListQueryVariables>;
export const ResourceDetailsDocument = new TypedDocumentString(`
    query ResourceDetails($selector: ResourceSelector!) {
  topLevelResourceDetailsOrError(resourceSelector: $selector) {
    __typename
    ... on ResourceDetails {
      id
      name
      resourceType
      description
      configFields {
        name
        description
        isRequired
        configType {
          key
        }
      }
      configuredValues {
        key
        value
        type
      }
      nestedResources {
        name
        type
        resource {
          name
        }
      }
      parentResources {
        name
      }
      jobsOpsUsing {
        jobName
        opHandleIDs
      }
    }
    ... on ResourceNotFoundError {
      message
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceDetailsQuery, ResourceDetailsQueryVariables>;
export const CapturedLogsDocument = new TypedDocumentString(`
    query CapturedLogs($logKey: [String!]!, $cursor: String, $limit: Int) {
  capturedLogsMetadata(logKey: $logKey) {
    stdoutDownloadUrl
    stderrDownloadUrl
  }
  capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) {
    stdout
    stderr
    cursor
  }
}
    `) as unknown as TypedDocumentString<CapturedLogsQuery, CapturedLogsQueryVariables>;
export const RunPageDocument = new TypedDocumentString(`
    query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      ...RunDetailFields
    }
    ... on Error {
      message
    }
  }
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
    ...EventConnectionFields
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}
fragment RunDetailFields on Run {
  ...RunStatusFields
  jobName
  creationTime
  rootRunId
  parentRunId
  runConfigYaml
  runConfig
  solidSelection
  stepKeysToExecute
  tags {
    key
    value
  }
  repositoryOrigin {
    repositoryLocationName
    repositoryName
  }
  executionPlan {
    steps {
      key
    }
  }
}
fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}
fragment EventConnectionFields on EventConnectionOrError {
  __typename
  ... on EventConnection {
    cursor
    hasMore
    events {
      ...RunEventFields
    }
  }
  ... on Error {
    message
  }
}`) as unknown as TypedDocumentString<RunPageQuery, RunPageQueryVariables>;
export const RunPollDocument = new TypedDocumentString(`
    query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      ...RunStatusFields
    }
    ... on Error {
      message
    }
  }
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
    ...EventConnectionFields
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}
fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}
fragment EventConnectionFields on EventConnectionOrError {
  __typename
  ... on EventConnection {
    cursor
    hasMore
    events {
      ...RunEventFields
    }
  }
  ... on Error {
    message
  }
}`) as unknown as TypedDocumentString<RunPollQuery, RunPollQueryVariables>;
export const RunHeaderDocument = new TypedDocumentString(`
    query RunHeader($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      ...RunDetailFields
    }
    ... on Error {
      message
    }
  }
}
    fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}
fragment RunDetailFields on Run {
  ...RunStatusFields
  jobName
  creationTime
  rootRunId
  parentRunId
  runConfigYaml
  runConfig
  solidSelection
  stepKeysToExecute
  tags {
    key
    value
  }
  repositoryOrigin {
    repositoryLocationName
    repositoryName
  }
  executionPlan {
    steps {
      key
    }
  }
}`) as unknown as TypedDocumentString<RunHeaderQuery, RunHeaderQueryVariables>;
export const RunEventsDocument = new TypedDocumentString(`
    query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
    ...EventConnectionFields
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}
fragment EventConnectionFields on EventConnectionOrError {
  __typename
  ... on EventConnection {
    cursor
    hasMore
    events {
      ...RunEventFields
    }
  }
  ... on Error {
    message
  }
}`) as unknown as TypedDocumentString<RunEventsQuery, RunEventsQueryVariables>;
export const RunLogsDocument = new TypedDocumentString(`
    subscription RunLogs($runId: ID!, $cursor: String) {
  pipelineRunLogs(runId: $runId, cursor: $cursor) {
    __typename
    ... on PipelineRunLogsSubscriptionSuccess {
      run {
        ...RunStatusFields
      }
      messages {
        ...RunEventFields
      }
      hasMorePastEvents
      cursor
    }
    ... on PipelineRunLogsSubscriptionFailure {
      message
    }
  }
}
    fragment PythonErrorFields on PythonError {
  message
  className
  stack
}
fragment RunStatusFields on Run {
  runId
  status
  canTerminate
  startTime
  endTime
  updateTime
}
fragment RunEventFields on DagsterRunEvent {
  __typename
  ... on MessageEvent {
    message
    timestamp
    level
    stepKey
    eventType
  }
  ... on ErrorEvent {
    error {
      ...PythonErrorFields
      causes {
        ...PythonErrorFields
      }
    }
  }
  ... on DisplayableEvent {
    label
    description
    metadataEntries {
      __typename
      label
      ... on TextMetadataEntry {
        text
      }
      ... on IntMetadataEntry {
        intRepr
      }
      ... on FloatMetadataEntry {
        floatValue
      }
      ... on BoolMetadataEntry {
        boolValue
      }
      ... on JsonMetadataEntry {
        jsonString
      }
      ... on UrlMetadataEntry {
        url
      }
    }
  }
  ... on LogsCapturedEvent {
    fileKey
    stepKeys
    externalStdoutUrl
    externalStderrUrl
  }
  ... on ExecutionStepUpForRetryEvent {
    secondsToWait
  }
  ... on MaterializationEvent {
    assetKey {
      path
    }
  }
}`) as unknown as TypedDocumentString<RunLogsSubscription, RunLogsSubscriptionVariables>;
export const ReexecuteRunDocument = new TypedDocumentString(`
    mutation ReexecuteRun($parentRunId: String!, $strategy: ReexecutionStrategy!) {
  launchRunReexecution(
    reexecutionParams: {parentRunId: $parentRunId, strategy: $strategy}
  ) {
    ...LaunchResultFields
  }
}
    fragment LaunchResultFields on LaunchRunReexecutionResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      runId
    }
  }
  ... on Error {
    message
  }
  ... on InvalidStepError {
    invalidStepKey
  }
  ... on InvalidOutputError {
    stepKey
    invalidOutputName
  }
  ... on RunConfigValidationInvalid {
    errors {
      message
    }
  }
}`) as unknown as TypedDocumentString<ReexecuteRunMutation, ReexecuteRunMutationVariables>;
export const ReexecuteStepsDocument = new TypedDocumentString(`
    mutation ReexecuteSteps($executionParams: ExecutionParams!) {
  launchRunReexecution(executionParams: $executionParams) {
    ...LaunchResultFields
  }
}
    fragment LaunchResultFields on LaunchRunReexecutionResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      runId
    }
  }
  ... on Error {
    message
  }
  ... on InvalidStepError {
    invalidStepKey
  }
  ... on InvalidOutputError {
    stepKey
    invalidOutputName
  }
  ... on RunConfigValidationInvalid {
    errors {
      message
    }
  }
}`) as unknown as TypedDocumentString<ReexecuteStepsMutation, ReexecuteStepsMutationVariables>;
export const TerminateRunsDocument = new TypedDocumentString(`
    mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {
  terminateRuns(runIds: $runIds, terminatePolicy: $policy) {
    __typename
    ... on TerminateRunsResult {
      terminateRunResults {
        __typename
        ... on TerminateRunSuccess {
          run {
            runId
          }
        }
        ... on TerminateRunFailure {
          message
        }
        ... on Error {
          message
        }
      }
    }
    ... on PythonError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TerminateRunsMutation, TerminateRunsMutationVariables>;
export const RunsPageDocument = new TypedDocumentString(`
    query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {
  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
    __typename
    ... on Runs {
      count
      results {
        ...RunSummaryFields
        canTerminate
        tags {
          key
          value
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment RunSummaryFields on Run {
  runId
  status
  jobName
  creationTime
  startTime
  endTime
  repositoryOrigin {
    repositoryLocationName
  }
}`) as unknown as TypedDocumentString<RunsPageQuery, RunsPageQueryVariables>;
export const RunsFilterOptionsDocument = new TypedDocumentString(`
    query RunsFilterOptions {
  repositoriesOrError {
    ... on RepositoryConnection {
      nodes {
        pipelines {
          name
        }
      }
    }
  }
  runTagsOrError(limit: 20) {
    ... on RunTags {
      tags {
        key
        values
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsFilterOptionsQuery, RunsFilterOptionsQueryVariables>;