/*
   Copyright 2011 - 2025 Adrian Popescu

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

       http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.
*/

namespace Redmine.Net.Api
{
    /// <summary>
    /// </summary>
    public static class RedmineKeys
    {
        /// <summary>
        /// 
        /// </summary>
        public const string ACCOUNT = "account";
        /// <summary>
        /// 
        /// </summary>
        public const string ACTIVE = "active";
        /// <summary>
        /// The activity
        /// </summary>
        public const string ACTIVITY = "activity";
        /// <summary>
        /// 
        /// </summary>
        public const string ACTIVITY_ID = "activity_id";
        /// <summary>
        /// 
        /// </summary>
        public const string ADMIN = "admin";
        /// <summary>
        /// 
        /// </summary>
        public const string ALL = "*";
        /// <summary>
        /// 
        /// </summary>
        public const string ALL_WORDS = "all_words";
        /// <summary>
        /// 
        /// </summary>
        public const string ALLOWED_STATUSES = "allowed_statuses";
        /// <summary>
        /// 
        /// </summary>
        public const string API_KEY = "api_key";
        /// <summary>
        /// 
        /// </summary>
        public const string ARCHIVE = "archive";
        /// <summary>
        /// 
        /// </summary>
        public const string ASSIGNED_TO = "assigned_to";
        /// <summary>
        /// 
        /// </summary>
        public const string ASSIGNED_TO_ID = "assigned_to_id";
        /// <summary>
        /// 
        /// </summary>
        public const string ASSIGNABLE = "assignable";
        /// <summary>
        /// 
        /// </summary>
        public const string ATTACHMENT = "attachment";
        /// <summary>
        /// 
        /// </summary>
        public const string ATTACHMENTS = "attachments";
        /// <summary>
        /// 
        /// </summary>
        public const string AUTHOR = "author";
        /// <summary>
        /// 
        /// </summary>
        public const string AUTH_SOURCE_ID = "auth_source_id";
        
        /// <summary>
        /// 
        /// </summary>
        public const string AVATAR_URL = "avatar_url";
        /// <summary>
        /// 
        /// </summary>
        public const string CATEGORY = "category";
        /// <summary>
        /// 
        /// </summary>
        public const string CATEGORY_ID = "category_id";
        /// <summary>
        /// 
        /// </summary>
        public const string CHANGE_SET = "changeset";
        /// <summary>
        /// 
        /// </summary>
        public const string CHANGE_SETS = "changesets";
        /// <summary>
        /// 
        /// </summary>
        public const string CHILDREN = "children";
        /// <summary>
        /// 
        /// </summary>
        public const string CLOSE = "close";
        /// <summary>
        /// 
        /// </summary>
        public const string CLOSED_ON = "closed_on";
        /// <summary>
        /// 
        /// </summary>
        public const string COMMENT = "comment";
        /// <summary>
        /// 
        /// </summary>
        public const string COMMENTS = "comments";
        /// <summary>
        /// 
        /// </summary>
        public const string COMMITTED_ON = "committed_on";
        /// <summary>
        /// 
        /// </summary>
        public const string CONTENT = "content";
        /// <summary>
        /// 
        /// </summary>
        public const string CONTENT_TYPE = "content_type";
        /// <summary>
        /// 
        /// </summary>
        public const string CONTENT_URL = "content_url";
        /// <summary>
        /// 
        /// </summary>
        public const string COPIED_FROM = "copied_from";
        /// <summary>
        /// 
        /// </summary>
        public const string COPIED_TO = "copied_to";
        /// <summary>
        /// 
        /// </summary>
        public const string CREATED_ON = "created_on";

        /// <summary>
        /// 
        /// </summary>
        public const string CURRENT = "current";

        /// <summary>
        /// 
        /// </summary>
        public const string CURRENT_USER = "current_user";

        /// <summary>
        /// 
        /// </summary>
        public const string CUSTOMIZED_TYPE = "customized_type";
        /// <summary>
        /// 
        /// </summary>
        public const string CUSTOM_FIELD = "custom_field";
        /// <summary>
        /// 
        /// </summary>
        public const string CUSTOM_FIELD_VALUES = "custom_field_values";

        /// <summary>
        /// 
        /// </summary>
        public const string CUSTOM_FIELDS = "custom_fields";
        
        /// <summary>
        /// 
        /// </summary>
        public const string DATE_TIME = "datetime";
        
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_ASSIGNEE = "default_assignee";
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_ASSIGNED_TO_ID = "default_assigned_to_id";
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_STATUS = "default_status";
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_VALUE = "default_value";
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_VERSION = "default_version";
        /// <summary>
        /// 
        /// </summary>
        public const string DEFAULT_VERSION_ID = "default_version_id";
        /// <summary>
        /// 
        /// </summary>
        public const string DELAY = "delay";
        /// <summary>
        /// 
        /// </summary>
        public const string DESCRIPTION = "description";
        /// <summary>
        /// 
        /// </summary>
        public const string DETAIL = "detail";
        /// <summary>
        /// 
        /// </summary>
        public const string DETAILS = "details";
        /// <summary>
        /// 
        /// </summary>
        public const string DIGEST = "digest";
        /// <summary>
        /// 
        /// </summary>
        public const string DONE_RATIO = "done_ratio";
        /// <summary>
        /// 
        /// </summary>
        public const string DOCUMENT_CATEGORY = "document_category";
        /// <summary>
        /// 
        /// </summary>
        public const string DOCUMENTS = "documents";
        /// <summary>
        /// 
        /// </summary>
        public const string DOWNLOADS = "downloads";
        /// <summary>
        /// 
        /// </summary>
        public const string DUE_DATE = "due_date";
        /// <summary>
        /// 
        /// </summary>
        public const string ENABLED_MODULE = "enabled_module";
        /// <summary>
        /// 
        /// </summary>
        public const string ENABLED_MODULES = "enabled_modules";
        /// <summary>
        /// 
        /// </summary>
        public const string ENABLED_MODULE_NAMES = "enabled_module_names";
        /// <summary>
        /// 
        /// </summary>
        public const string ENABLED_STANDARD_FIELDS = "enabled_standard_fields";
        /// <summary>
        /// 
        /// </summary>
        public const string ENUMERATION_DOCUMENT_CATEGORIES = "enumerations/document_categories";
        /// <summary>
        /// 
        /// </summary>
        public const string ENUMERATION_ISSUE_PRIORITIES = "enumerations/issue_priorities";
        /// <summary>
        /// 
        /// </summary>
        public const string ENUMERATION_TIME_ENTRY_ACTIVITIES = "enumerations/time_entry_activities";
        /// <summary>
        /// 
        /// </summary>
        public const string ERROR = "error";
        /// <summary>
        /// 
        /// </summary>
        public const string ERRORS = "errors";
        /// <summary>
        /// 
        /// </summary>
        public const string ESTIMATED_HOURS = "estimated_hours";
        /// <summary>
        /// 
        /// </summary>
        public const string FIELD = "field";
        /// <summary>
        /// 
        /// </summary>
        public const string FIELD_FORMAT = "field_format";
        /// <summary>
        /// 
        /// </summary>
        public const string FILE = "file";
        /// <summary>
        /// 
        /// </summary>
        public const string FILE_NAME = "filename";
        /// <summary>
        /// 
        /// </summary>
        public const string FILE_SIZE = "filesize";

        /// <summary>
        /// 
        /// </summary>
        public const string FILES = "files";
        /// <summary>
        /// 
        /// </summary>
        public const string FIRST_NAME = "firstname";
        /// <summary>
        /// 
        /// </summary>
        public const string FIXED_VERSION = "fixed_version";
        /// <summary>
        /// 
        /// </summary>
        public const string FIXED_VERSION_ID = "fixed_version_id";
        /// <summary>
        /// 
        /// </summary>
        public const string GENERATE_PASSWORD = "generate_password";
        /// <summary>
        /// 
        /// </summary>
        public const string GROUP = "group";
        /// <summary>
        /// 
        /// </summary>
        public const string GROUPS = "groups";
        /// <summary>
        /// 
        /// </summary>
        public const string GROUP_ID = "group_id";
        /// <summary>
        /// 
        /// </summary>
        public const string HOMEPAGE = "homepage";
        /// <summary>
        /// 
        /// </summary>
        public const string HOURS = "hours";
        /// <summary>
        /// 
        /// </summary>
        public const string ID = "id";
        /// <summary>
        /// 
        /// </summary>
        public const string IDENTIFIER = "identifier";
        /// <summary>
        /// 
        /// </summary>
        public const string INCLUDE = "include";
        /// <summary>
        /// 
        /// </summary>
        public const string INDEX = "index";
        /// <summary>
        /// 
        /// </summary>
        public const string INHERITED = "inherited";
        /// <summary>
        /// 
        /// </summary>
        public const string INHERIT_MEMBERS = "inherit_members";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE = "issue";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUES = "issues";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_CATEGORIES = "issue_categories";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_CATEGORY = "issue_category";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_CUSTOM_FIELDS = "issue_custom_fields";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_CUSTOM_FIELD_IDS = "issue_custom_field_ids";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_ID = "issue_id";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_PRIORITIES = "issue_priorities";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_PRIORITY = "issue_priority";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_STATUS = "issue_status";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_STATUSES = "issue_statuses";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUE_TO_ID = "issue_to_id";
        /// <summary>
        /// 
        /// </summary>
        public const string ISSUES_VISIBILITY = "issues_visibility";

        /// <summary>
        /// 
        /// </summary>
        public const string IS_CLOSED = "is_closed";
        /// <summary>
        /// 
        /// </summary>
        public const string IS_DEFAULT = "is_default";
        /// <summary>
        /// 
        /// </summary>
        public const string IS_FILTER = "is_filter";
        /// <summary>
        /// 
        /// </summary>
        public const string IS_PRIVATE = "is_private";
        /// <summary>
        /// 
        /// </summary>
        public const string IS_PUBLIC = "is_public";
        /// <summary>
        /// 
        /// </summary>
        public const string IS_REQUIRED = "is_required";
        /// <summary>
        /// 
        /// </summary>
        public const string JOURNAL = "journal";
        /// <summary>
        /// 
        /// </summary>
        public const string JOURNALS = "journals";
        /// <summary>
        /// 
        /// </summary>
        public const string KEY = "key";
        /// <summary>
        /// 
        /// </summary>
        public const string LABEL = "label";
        /// <summary>
        /// 
        /// </summary>
        public const string LAST_NAME = "lastname";
        /// <summary>
        /// 
        /// </summary>
        public const string LAST_LOGIN_ON = "last_login_on";
        /// <summary>
        /// 
        /// </summary>
        public const string LIMIT = "limit";
        /// <summary>
        /// 
        /// </summary>
        public const string LOGIN = "login";
        /// <summary>
        /// 
        /// </summary>
        public const string MAIL = "mail";
        /// <summary>
        /// 
        /// </summary>
        public const string MAIL_NOTIFICATION = "mail_notification";
        /// <summary>
        /// 
        /// </summary>
        public const string MAX_LENGTH = "max_length";
        /// <summary>
        /// 
        /// </summary>
        public const string MEMBERSHIP = "membership";
        /// <summary>
        /// 
        /// </summary>
        public const string MEMBERSHIPS = "memberships";
        /// <summary>
        /// 
        /// </summary>
        public const string MESSAGES = "messages";
        /// <summary>
        /// 
        /// </summary>
        public const string MIN_LENGTH = "min_length";
        /// <summary>
        /// 
        /// </summary>
        public const string MULTIPLE = "multiple";
        /// <summary>
        /// 
        /// </summary>
        public const string MUST_CHANGE_PASSWORD = "must_change_passwd";
        /// <summary>
        /// 
        /// </summary>
        public const string MY = "my";
        /// <summary>
        /// 
        /// </summary>
        public const string NAME = "name";
        /// <summary>
        /// 
        /// </summary>
        public const string NEWS = "news";
        /// <summary>
        /// 
        /// </summary>
        public const string NEW_VALUE = "new_value";
        /// <summary>
        /// 
        /// </summary>
        public const string NOTES = "notes";
        /// <summary>
        /// 
        /// </summary>
        public const string OFFSET = "offset";
        /// <summary>
        /// 
        /// </summary>
        public const string OLD_VALUE = "old_value";
        /// <summary>
        /// 
        /// </summary>
        public const string OPEN_ISSUES = "open_issues";
        /// <summary>
        /// 
        /// </summary>
        public const string PARENT = "parent";
        /// <summary>
        /// 
        /// </summary>
        public const string PARENT_ID = "parent_id";
        /// <summary>
        /// 
        /// </summary>
        public const string PARENT_ISSUE_ID = "parent_issue_id";
        /// <summary>
        /// 
        /// </summary>
        public const string PASSWORD = "password";
        /// <summary>
        /// 
        /// </summary>
        public const string PASSWORD_CHANGED_ON = "passwd_changed_on";
        /// <summary>
        /// 
        /// </summary>
        public const string PERMISSION = "permission";
        /// <summary>
        /// 
        /// </summary>
        public const string PERMISSIONS = "permissions";
        /// <summary>
        /// 
        /// </summary>
        public const string POSSIBLE_VALUE = "possible_value";
        /// <summary>
        /// 
        /// </summary>
        public const string POSSIBLE_VALUES = "possible_values";
        /// <summary>
        /// 
        /// </summary>
        public const string PRIORITY = "priority";
        /// <summary>
        /// 
        /// </summary>
        public const string PRIORITY_ID = "priority_id";
        /// <summary>
        /// 
        /// </summary>
        public const string PRIVATE_NOTES = "private_notes";
        /// <summary>
        /// 
        /// </summary>
        public const string PROJECT = "project";
        /// <summary>
        /// 
        /// </summary>
        public const string PROJECTS = "projects";
        /// <summary>
        /// 
        /// </summary>
        public const string PROJECT_ID = "project_id";
        /// <summary>
        /// 
        /// </summary>
        public const string PROPERTY = "property";
        /// <summary>
        /// 
        /// </summary>
        public const string Q = "q";
        /// <summary>
        /// 
        /// </summary>
        public const string QUERY = "query";
        /// <summary>
        /// 
        /// </summary>
        public const string QUERIES = "queries";
        /// <summary>
        ///
        /// </summary>
        public const string REASSIGN_TO_ID = "reassign_to_id";
        /// <summary>
        /// 
        /// </summary>
        public const string REGEXP = "regexp";
        /// <summary>
        /// 
        /// </summary>
        public const string RELATION = "relation";
        /// <summary>
        /// 
        /// </summary>
        public const string RELATIONS = "relations";
        /// <summary>
        /// 
        /// </summary>
        public const string RELATION_TYPE = "relation_type";
        /// <summary>
        /// 
        /// </summary>
        public const string REOPEN = "reopen";
        /// <summary>
        /// 
        /// </summary>
        public const string REPOSITORY = "repository";
        /// <summary>
        /// 
        /// </summary>
        public const string RESULT = "result";
        /// <summary>
        /// 
        /// </summary>
        public const string REVISION = "revision";
        /// <summary>
        /// 
        /// </summary>
        public const string REVISIONS = "revisions";
        /// <summary>
        /// 
        /// </summary>
        public const string ROLE = "role";
        /// <summary>
        /// 
        /// </summary>
        public const string ROLES = "roles";
        /// <summary>
        /// 
        /// </summary>
        public const string ROLE_ID = "role_id";
        /// <summary>
        /// 
        /// </summary>
        public const string ROLE_IDS = "role_ids";
        /// <summary>
        /// 
        /// </summary>
        public const string SCOPE = "scope";
        /// <summary>
        /// 
        /// </summary>
        public const string SEARCHABLE = "searchable";
        /// <summary>
        /// 
        /// </summary>
        public const string SEND_INFORMATION = "send_information";
        /// <summary>
        /// 
        /// </summary>
        public const string SEARCH = "search";
        /// <summary>
        /// 
        /// </summary>
        public const string SHARING = "sharing";
        /// <summary>
        /// 
        /// </summary>
        public const string SORT = "sort";
        /// <summary>
        /// 
        /// </summary>
        public const string SPENT_HOURS = "spent_hours";
        /// <summary>
        /// 
        /// </summary>
        public const string SPENT_ON = "spent_on";
        /// <summary>
        /// 
        /// </summary>
        public const string START_DATE = "start_date";
        /// <summary>
        /// 
        /// </summary>
        public const string STATUS = "status";
        /// <summary>
        /// 
        /// </summary>
        public const string STATUS_ID = "status_id";
        /// <summary>
        /// 
        /// </summary>
        public const string SUBJECT = "subject";
        /// <summary>
        /// 
        /// </summary>
        public const string SUB_PROJECT_ID = "subproject_id";
        /// <summary>
        /// 
        /// </summary>
        public const string SUMMARY = "summary";
        /// <summary>
        /// 
        /// </summary>
        public const string TEXT = "text";
        /// <summary>
        /// 
        /// </summary>
        public const string TIME_ENTRY = "time_entry";
        /// <summary>
        /// 
        /// </summary>
        public const string TIME_ENTRIES = "time_entries";
        /// <summary>
        /// 
        /// </summary>
        public const string TIME_ENTRY_ACTIVITIES = "time_entry_activities";
        /// <summary>
        /// 
        /// </summary>
        public const string TIME_ENTRY_ACTIVITY = "time_entry_activity";
        /// <summary>
        /// 
        /// </summary>
        public const string TIME_ENTRIES_VISIBILITY = "time_entries_visibility";
        /// <summary>
        /// 
        /// </summary>
        public const string TITLE = "title";
        /// <summary>
        /// 
        /// </summary>
        public const string TITLES_ONLY = "titles_only";
        /// <summary>
        /// 
        /// </summary>
        public const string THUMBNAIL_URL = "thumbnail_url";
        /// <summary>
        /// 
        /// </summary>
        public const string TOKEN = "token";
        /// <summary>
        /// 
        /// </summary>
        public const string TOTAL_COUNT = "total_count";
        /// <summary>
        /// 
        /// </summary>
        public const string TOTAL_ESTIMATED_HOURS = "total_estimated_hours";
        /// <summary>
        /// 
        /// </summary>
        public const string TOTAL_SPENT_HOURS = "total_spent_hours";
        /// <summary>
        /// 
        /// </summary>
        public const string TRACKER = "tracker";
        /// <summary>
        /// 
        /// </summary>
        public const string TRACKERS = "trackers";
        /// <summary>
        /// 
        /// </summary>
        public const string TRACKER_ID = "tracker_id";
        /// <summary>
        /// 
        /// </summary>
        public const string TRACKER_IDS = "tracker_ids";

        /// <summary>
        /// 
        /// </summary>
        public const string TYPE = "type";
        /// <summary>
        /// 
        /// </summary>
        public const string TWO_FA_SCHEME = "twofa_scheme";
        /// <summary>
        /// 
        /// </summary>
        public const string UNARCHIVE = "unarchive";
        /// <summary>
        /// 
        /// </summary>
        public const string UPDATED_ON = "updated_on";
        /// <summary>
        /// 
        /// </summary>
        public const string UPDATED_BY = "updated_by";
        /// <summary>
        /// 
        /// </summary>
        public const string UPLOAD = "upload";
        /// <summary>
        /// 
        /// </summary>
        public const string UPLOADS = "uploads";
        /// <summary>
        /// 
        /// </summary>
        public const string URL = "url";
        /// <summary>
        /// 
        /// </summary>
        public const string USER = "user";
        /// <summary>
        /// 
        /// </summary>
        public const string USERS = "users";
        /// <summary>
        /// 
        /// </summary>
        public const string USER_ID = "user_id";
        /// <summary>
        /// 
        /// </summary>
        public const string USER_IDS = "user_ids";
        /// <summary>
        /// 
        /// </summary>
        public const string USERS_VISIBILITY = "users_visibility";
        /// <summary>
        /// 
        /// </summary>
        public const string VALUE = "value";
        /// <summary>
        /// 
        /// </summary>
        public const string VERSION = "version";
        /// <summary>
        /// 
        /// </summary>
        public const string VERSION_ID = "version_id";
        /// <summary>
        /// 
        /// </summary>
        public const string VERSIONS = "versions";
        /// <summary>
        /// 
        /// </summary>
        public const string VISIBLE = "visible";
        /// <summary>
        /// 
        /// </summary>
        public const string WATCHER = "watcher";
        /// <summary>
        /// 
        /// </summary>
        public const string WATCHERS = "watchers";
        /// <summary>
        /// 
        /// </summary>
        public const string WATCHER_USER_IDS = "watcher_user_ids";
        /// <summary>
        /// 
        /// </summary>
        public const string WIKI = "wiki";
        /// <summary>
        /// 
        /// </summary>
        public const string WIKI_PAGE = "wiki_page"; 
        /// <summary>
        /// 
        /// </summary>
        public const string WIKI_PAGE_TITLE = "wiki_page_title";
        /// <summary>
        /// 
        /// </summary>
        public const string WIKI_PAGES = "wiki_pages";
    }
}