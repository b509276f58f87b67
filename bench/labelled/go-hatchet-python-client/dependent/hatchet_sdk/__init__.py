from hatchet_sdk.clients.rest.models.accept_invite_request import AcceptInviteRequest

# import models into sdk package
from hatchet_sdk.clients.rest.models.api_error import APIError
from hatchet_sdk.clients.rest.models.api_errors import APIErrors
from hatchet_sdk.clients.rest.models.api_meta import APIMeta
from hatchet_sdk.clients.rest.models.api_meta_auth import APIMetaAuth
from hatchet_sdk.clients.rest.models.api_meta_integration import APIMetaIntegration
from hatchet_sdk.clients.rest.models.api_resource_meta import APIResourceMeta
from hatchet_sdk.clients.rest.models.api_token import APIToken
from hatchet_sdk.clients.rest.models.create_api_token_request import (
    CreateAPITokenRequest,
)
from hatchet_sdk.clients.rest.models.create_api_token_response import (
    CreateAPITokenResponse,
)
from hatchet_sdk.clients.rest.models.create_pull_request_from_step_run import (
    CreatePullRequestFromStepRun,
)
from hatchet_sdk.clients.rest.models.create_tenant_invite_request import (
    CreateTenantInviteRequest,
)
from hatchet_sdk.clients.rest.models.create_tenant_request import CreateTenantRequest
from hatchet_sdk.clients.rest.models.event import Event
from hatchet_sdk.clients.rest.models.event_data import EventData
from hatchet_sdk.clients.rest.models.event_key_list import EventKeyList
from hatchet_sdk.clients.rest.models.event_list import EventList
from hatchet_sdk.clients.rest.models.event_order_by_direction import (
    EventOrderByDirection,
)
from hatchet_sdk.clients.rest.models.event_order_by_field import EventOrderByField
from hatchet_sdk.clients.rest.models.event_workflow_run_summary import (
    EventWorkflowRunSummary,
)
from hatchet_sdk.clients.rest.models.get_step_run_diff_response import (
    GetStepRunDiffResponse,
)
from hatchet_sdk.clients.rest.models.github_app_installation import (
    GithubAppInstallation,
)
from hatchet_sdk.clients.rest.models.github_branch import GithubBranch
from hatchet_sdk.clients.rest.models.github_repo import GithubRepo
from hatchet_sdk.clients.rest.models.job import Job
from hatchet_sdk.clients.rest.models.job_run import JobRun
from hatchet_sdk.clients.rest.models.job_run_status import JobRunStatus
from hatchet_sdk.clients.rest.models.link_github_repository_request import (
    LinkGithubRepositoryRequest,
)
from hatchet_sdk.clients.rest.models.list_api_tokens_response import (
    ListAPITokensResponse,
)
from hatchet_sdk.clients.rest.models.list_github_app_installations_response import (
    ListGithubAppInstallationsResponse,
)
from hatchet_sdk.clients.rest.models.list_pull_requests_response import (
    ListPullRequestsResponse,
)
from hatchet_sdk.clients.rest.models.log_line import LogLine
from hatchet_sdk.clients.rest.models.log_line_level import LogLineLevel
from hatchet_sdk.clients.rest.models.log_line_list import LogLineList
from hatchet_sdk.clients.rest.models.log_line_order_by_direction import (
    LogLineOrderByDirection,
)
from hatchet_sdk.clients.rest.models.log_line_order_by_field import LogLineOrderByField
from hatchet_sdk.clients.rest.models.pagination_response import PaginationResponse
from hatchet_sdk.clients.rest.models.pull_request import PullRequest
from hatchet_sdk.clients.rest.models.pull_request_state import PullRequestState
from hatchet_sdk.clients.rest.models.reject_invite_request import RejectInviteRequest
from hatchet_sdk.clients.rest.models.replay_event_request import ReplayEventRequest
from hatchet_sdk.clients.rest.models.rerun_step_run_request import RerunStepRunRequest
from hatchet_sdk.clients.rest.models.step import Step
from hatchet_sdk.clients.rest.models.step_run import StepRun
from hatchet_sdk.clients.rest.models.step_run_diff import StepRunDiff
from hatchet_sdk.clients.rest.models.step_run_status import StepRunStatus
from hatchet_sdk.clients.rest.models.tenant import Tenant
from hatchet_sdk.clients.rest.models.tenant_invite import TenantInvite
from hatchet_sdk.clients.rest.models.tenant_invite_list import TenantInviteList
from hatchet_sdk.clients.rest.models.tenant_list import TenantList
from hatchet_sdk.clients.rest.models.tenant_member import TenantMember
from hatchet_sdk.clients.rest.models.tenant_member_list import TenantMemberList
from hatchet_sdk.clients.rest.models.tenant_member_role import TenantMemberRole
from hatchet_sdk.clients.rest.models.trigger_workflow_run_request import (
    TriggerWorkflowRunRequest,
)
from hatchet_sdk.clients.rest.models.update_tenant_invite_request import (
    UpdateTenantInviteRequest,
)
from hatchet_sdk.clients.rest.models.user import User
from hatchet_sdk.clients.rest.models.user_login_request import UserLoginRequest
from hatchet_sdk.clients.rest.models.user_register_request import UserRegisterRequest
from hatchet_sdk.clients.rest.models.user_tenant_memberships_list import (
    UserTenantMembershipsList,
)
from hatchet_sdk.clients.rest.models.user_tenant_public import UserTenantPublic
from hatchet_sdk.clients.rest.models.worker_list import WorkerList
from hatchet_sdk.clients.rest.models.workflow import Workflow
from hatchet_sdk.clients.rest.models.workflow_deployment_config import (
    WorkflowDeploymentConfig,
)
from hatchet_sdk.clients.rest.models.workflow_list import WorkflowList
from hatchet_sdk.clients.rest.models.workflow_run import WorkflowRun
from hatchet_sdk.clients.rest.models.workflow_run_list import WorkflowRunList
from hatchet_sdk.clients.rest.models.workflow_run_status import WorkflowRunStatus
from hatchet_sdk.clients.rest.models.workflow_run_triggered_by import (
    WorkflowRunTriggeredBy,
)
from hatchet_sdk.clients.rest.models.workflow_tag import WorkflowTag
from hatchet_sdk.clients.rest.models.workflow_trigger_cron_ref import (
    WorkflowTriggerCronRef,
)
from hatchet_sdk.clients.rest.models.workflow_trigger_event_ref import (
    WorkflowTriggerEventRef,
)
from hatchet_sdk.clients.rest.models.workflow_triggers import WorkflowTriggers
from hatchet_sdk.clients.rest.models.workflow_version import WorkflowVersion
from hatchet_sdk.clients.rest.models.workflow_version_definition import (
    WorkflowVersionDefinition,
)
from hatchet_sdk.clients.rest.models.workflow_version_meta import WorkflowVersionMeta
from hatchet_sdk.contracts.workflows_pb2 import (
    ConcurrencyLimitStrategy,
    CreateWorkflowVersionOpts,
    RateLimitDuration,
    StickyStrategy,
    WorkerLabelComparator,
)
from hatchet_sdk.utils.aio_utils import sync_to_async

from .client import new_client
from .clients.admin import (
    ChildTriggerWorkflowOptions,
    DedupeViolationErr,
    ScheduleTriggerWorkflowOptions,
    TriggerWorkflowOptions,
)
from .clients.events import PushEventOptions
from .clients.run_event_listener import StepRunEventType, WorkflowRunEventType
from .context.context import Context
from .context.worker_context import WorkerContext
from .hatchet import ClientConfig, Hatchet, concurrency, on_failure_step, step, workflow
from .worker import Worker, WorkerStartOptions, WorkerStatus
from .workflow import ConcurrencyExpression

__all__ = [
    "AcceptInviteRequest",
    "APIError",
    "APIErrors",
    "APIMeta",
    "APIMetaAuth",
    "APIMetaIntegration",
    "APIResourceMeta",
    "APIToken",
    "CreateAPITokenRequest",
    "CreateAPITokenResponse",
    "CreatePullRequestFromStepRun",
    "CreateTenantInviteRequest",
    "CreateTenantRequest",
    "Event",
    "EventData",
    "EventKeyList",
    "EventList",
    "EventOrderByDirection",
    "EventOrderByField",
    "EventWorkflowRunSummary",
    "GetStepRunDiffResponse",
    "GithubAppInstallation",
    "GithubBranch",
    "GithubRepo",
    "Job",
    "JobRun",
    "JobRunStatus",
    "LinkGithubRepositoryRequest",
    "ListAPITokensResponse",
    "ListGithubAppInstallationsResponse",
    "ListPullRequestsResponse",
    "LogLine",
    "LogLineLevel",
    "LogLineList",
    "LogLineOrderByDirection",
    "LogLineOrderByField",
    "PaginationResponse",
    "PullRequest",
    "PullRequestState",
    "RejectInviteRequest",
    "ReplayEventRequest",
    "RerunStepRunRequest",
    "Step",
    "StepRun",
    "StepRunDiff",
    "StepRunStatus",
    "sync_to_async",
    "Tenant",
    "TenantInvite",
    "TenantInviteList",
    "TenantList",
    "TenantMember",
    "TenantMemberList",
    "TenantMemberRole",
    "TriggerWorkflowRunRequest",
    "UpdateTenantInviteRequest",
    "User",
    "UserLoginRequest",
    "UserRegisterRequest",
    "UserTenantMembershipsList",
    "UserTenantPublic",
    "Worker",
    "WorkerLabelComparator",
    "WorkerList",
    "Workflow",
    "WorkflowDeploymentConfig",
    "WorkflowList",
    "WorkflowRun",
    "WorkflowRunList",
    "WorkflowRunStatus",
    "WorkflowRunTriggeredBy",
    "WorkflowTag",
    "WorkflowTriggerCronRef",
    "WorkflowTriggerEventRef",
    "WorkflowTriggers",
    "WorkflowVersion",
    "WorkflowVersionDefinition",
    "WorkflowVersionMeta",
    "ConcurrencyLimitStrategy",
    "CreateWorkflowVersionOpts",
    "RateLimitDuration",
    "StickyStrategy",
    "new_client",
    "ChildTriggerWorkflowOptions",
    "DedupeViolationErr",
    "ScheduleTriggerWorkflowOptions",
    "TriggerWorkflowOptions",
    "PushEventOptions",
    "StepRunEventType",
    "WorkflowRunEventType",
    "Context",
    "WorkerContext",
    "ClientConfig",
    "Hatchet",
    "concurrency",
    "on_failure_step",
    "step",
    "workflow",
    "Worker",
    "WorkerStartOptions",
    "WorkerStatus",
    "ConcurrencyExpression",
]
