"""Re-export all public types from PyPaperless models.

This module provides a single, stable import location for all enum and data
types used across the PyPaperless model layer:

    from pypaperless.models.types import CustomFieldType, FileRetrieveMode, ...
"""

from pypaperless.builders import (
    CustomFieldQuery,
    SearchQuery,
)

from .base import DraftLike
from .bulk_edit import BulkEditObjectType, CustomFieldsInput, EditPdfOperation, SourceMode
from .config import OutputType
from .custom_fields import (
    AnyCustomFieldValue,
    CustomFieldBooleanValue,
    CustomFieldDateValue,
    CustomFieldDocumentLinkValue,
    CustomFieldExtraData,
    CustomFieldFloatValue,
    CustomFieldIntegerValue,
    CustomFieldMonetaryValue,
    CustomFieldSelectOptions,
    CustomFieldSelectValue,
    CustomFieldStringValue,
    CustomFieldType,
    CustomFieldURLValue,
    CustomFieldValue,
    CustomFieldValueT,
)
from .documents import (
    DocumentMetaEntry,
    DocumentSearchHit,
    FileRetrieveMode,
)
from .filters import (
    CorrespondentFilters,
    CustomFieldFilters,
    DocumentFilters,
    DocumentTypeFilters,
    GroupFilters,
    ShareLinkBundleFilters,
    ShareLinkFilters,
    StoragePathFilters,
    TagFilters,
    TaskFilters,
    TaskSummaryFilters,
    UserFilters,
)
from .mails.accounts import ImapSecurity, MailAccountType
from .mails.rules import (
    MailRuleAction,
    MailRuleAttachmentType,
    MailRuleConsumptionScope,
    MailRuleCorrespondentSource,
    MailRulePdfLayout,
    MailRuleTitleSource,
)
from .mixins.data_fields import MatchingAlgorithm
from .mixins.securable import Permissions
from .saved_views import (
    SavedViewCustomFieldDisplay,
    SavedViewDisplayField,
    SavedViewDisplayMode,
    SavedViewFilterRule,
)
from .share_links import ShareLinkBundleStatus, ShareLinkFileVersion
from .statistics import StatisticDocumentFileTypeCount
from .status import (
    StatusDatabase,
    StatusDatabaseMigration,
    StatusStorage,
    StatusTasks,
    StatusType,
)
from .tasks import TaskStatus, TaskStatusCounts, TaskSummary, TaskTriggerSource, TaskType
from .workflows import (
    WorkflowActionEmail,
    WorkflowActionType,
    WorkflowActionWebhook,
    WorkflowTriggerScheduleDateField,
    WorkflowTriggerSource,
    WorkflowTriggerType,
)

__all__ = (
    "AnyCustomFieldValue",
    "BulkEditObjectType",
    "CorrespondentFilters",
    "CustomFieldBooleanValue",
    "CustomFieldDateValue",
    "CustomFieldDocumentLinkValue",
    "CustomFieldExtraData",
    "CustomFieldFilters",
    "CustomFieldFloatValue",
    "CustomFieldIntegerValue",
    "CustomFieldMonetaryValue",
    "CustomFieldQuery",
    "CustomFieldSelectOptions",
    "CustomFieldSelectValue",
    "CustomFieldStringValue",
    "CustomFieldType",
    "CustomFieldURLValue",
    "CustomFieldValue",
    "CustomFieldValueT",
    "CustomFieldsInput",
    "DocumentFilters",
    "DocumentMetaEntry",
    "DocumentSearchHit",
    "DocumentTypeFilters",
    "DraftLike",
    "EditPdfOperation",
    "FileRetrieveMode",
    "GroupFilters",
    "ImapSecurity",
    "MailAccountType",
    "MailRuleAction",
    "MailRuleAttachmentType",
    "MailRuleConsumptionScope",
    "MailRuleCorrespondentSource",
    "MailRulePdfLayout",
    "MailRuleTitleSource",
    "MatchingAlgorithm",
    "OutputType",
    "Permissions",
    "SavedViewCustomFieldDisplay",
    "SavedViewDisplayField",
    "SavedViewDisplayMode",
    "SavedViewFilterRule",
    "SearchQuery",
    "ShareLinkBundleFilters",
    "ShareLinkBundleStatus",
    "ShareLinkFileVersion",
    "ShareLinkFilters",
    "SourceMode",
    "StatisticDocumentFileTypeCount",
    "StatusDatabase",
    "StatusDatabaseMigration",
    "StatusStorage",
    "StatusTasks",
    "StatusType",
    "StoragePathFilters",
    "TagFilters",
    "TaskFilters",
    "TaskStatus",
    "TaskStatusCounts",
    "TaskSummary",
    "TaskSummaryFilters",
    "TaskTriggerSource",
    "TaskType",
    "UserFilters",
    "WorkflowActionEmail",
    "WorkflowActionType",
    "WorkflowActionWebhook",
    "WorkflowTriggerScheduleDateField",
    "WorkflowTriggerSource",
    "WorkflowTriggerType",
)
