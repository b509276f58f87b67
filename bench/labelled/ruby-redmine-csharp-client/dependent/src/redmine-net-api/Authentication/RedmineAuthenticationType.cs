namespace Redmine.Net.Api.Authentication;

internal enum RedmineAuthenticationType
{
    NoAuthentication,
    Basic,
    ApiKey
}