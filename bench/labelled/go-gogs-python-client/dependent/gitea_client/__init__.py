from gitea_client.auth import Authentication, Token, UsernamePassword
from gitea_client.entities import GiteaUser, GiteaRepo, GiteaBranch, GiteaCommit, GiteaOrg, GiteaTeam
from gitea_client.interface import GiteaApi, ApiFailure, NetworkFailure
from gitea_client.updates import GiteaUserUpdate, GiteaHookUpdate
