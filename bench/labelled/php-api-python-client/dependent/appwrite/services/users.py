from ..service import Service
from urllib.parse import quote
from typing import Any, Dict, List, Optional, Union, Type, TypeVar
from ..exception import AppwriteException
from appwrite.utils.deprecated import deprecated
from ..models.user_list import UserList
from ..models.user import User
from ..models.identity_list import IdentityList
from ..enums.password_hash import PasswordHash
from ..models.jwt import Jwt
from ..models.log_list import LogList
from ..models.membership_list import MembershipList
from ..enums.authenticator_type import AuthenticatorType
from ..models.mfa_factors import MfaFactors
from ..models.mfa_recovery_codes import MfaRecoveryCodes
from ..models.preferences import Preferences
from ..models.session_list import SessionList
from ..models.session import Session
from ..models.target_list import TargetList
from ..enums.messaging_provider_type import MessagingProviderType
from ..models.target import Target
from ..models.token import Token

T = TypeVar('T')

class Users(Service):

    def __init__(self, client) -> None:
        super(Users, self).__init__(client)

    def list(
        self,
        queries: Optional[List[str]] = None,
        search: Optional[str] = None,
        total: Optional[bool] = None,
        model_type: Type[T] = dict
    ) -> UserList[T]:
        """
        Get a list of all the project's users. You can use the query params to filter your results.

        Parameters
        ----------
        queries : Optional[List[str]]
            Array of query strings generated using the Query class provided by the SDK. [Learn more about queries](https://appwrite.io/docs/queries). Maximum of 100 queries are allowed, each 4096 characters long. You may filter on the following attributes: name, email, phone, status, passwordUpdate, registration, emailVerification, phoneVerification, labels, impersonator, accessedAt
        search : Optional[str]
            Search term to filter your list results. Max length: 256 chars.
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        UserList[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users'
        api_params = {}

        if queries is not None:
            api_params['queries'] = self._normalize_value(queries)
        if search is not None:
            api_params['search'] = self._normalize_value(search)
        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return UserList.with_data(response, model_type)


    def create(
        self,
        user_id: str,
        email: Optional[str] = None,
        phone: Optional[str] = None,
        password: Optional[str] = None,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : Optional[str]
            User email.
        phone : Optional[str]
            Phone number. Format this number with a leading '+' and a country code, e.g., +16175551212.
        password : Optional[str]
            Plain text user password. Must be at least 8 chars.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')


        api_params['userId'] = self._normalize_value(user_id)
        if email is not None:
            api_params['email'] = self._normalize_value(email)
        if phone is not None:
            api_params['phone'] = self._normalize_value(phone)
        if password is not None:
            api_params['password'] = self._normalize_value(password)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_argon2_user(
        self,
        user_id: str,
        email: str,
        password: str,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [Argon2](https://en.wikipedia.org/wiki/Argon2) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using Argon2.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/argon2'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_bcrypt_user(
        self,
        user_id: str,
        email: str,
        password: str,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [Bcrypt](https://en.wikipedia.org/wiki/Bcrypt) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using Bcrypt.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/bcrypt'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def list_identities(
        self,
        queries: Optional[List[str]] = None,
        search: Optional[str] = None,
        total: Optional[bool] = None
    ) -> IdentityList:
        """
        Get identities for all users.

        Parameters
        ----------
        queries : Optional[List[str]]
            Array of query strings generated using the Query class provided by the SDK. [Learn more about queries](https://appwrite.io/docs/queries). Maximum of 100 queries are allowed, each 4096 characters long. You may filter on the following attributes: userId, provider, providerUid, providerEmail, providerAccessTokenExpiry
        search : Optional[str]
            Search term to filter your list results. Max length: 256 chars.
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        Returns
        -------
        IdentityList
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/identities'
        api_params = {}

        if queries is not None:
            api_params['queries'] = self._normalize_value(queries)
        if search is not None:
            api_params['search'] = self._normalize_value(search)
        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=IdentityList)


    def delete_identity(
        self,
        identity_id: str
    ) -> Dict[str, Any]:
        """
        Delete an identity by its unique ID.

        Parameters
        ----------
        identity_id : str
            Identity ID.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/identities/{identityId}'
        api_params = {}
        if identity_id is None:
            raise AppwriteException('Missing required parameter: "identity_id"')

        api_path = api_path.replace('{identityId}', str(self._normalize_value(identity_id)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def create_md5_user(
        self,
        user_id: str,
        email: str,
        password: str,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [MD5](https://en.wikipedia.org/wiki/MD5) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using MD5.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/md5'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_ph_pass_user(
        self,
        user_id: str,
        email: str,
        password: str,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [PHPass](https://www.openwall.com/phpass/) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or pass the string `ID.unique()`to auto generate it. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using PHPass.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/phpass'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_scrypt_user(
        self,
        user_id: str,
        email: str,
        password: str,
        password_salt: str,
        password_cpu: float,
        password_memory: float,
        password_parallel: float,
        password_length: float,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [Scrypt](https://github.com/Tarsnap/scrypt) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using Scrypt.
        password_salt : str
            Optional salt used to hash password.
        password_cpu : float
            Optional CPU cost used to hash password.
        password_memory : float
            Optional memory cost used to hash password.
        password_parallel : float
            Optional parallelization cost used to hash password.
        password_length : float
            Optional hash length used to hash password.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/scrypt'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')

        if password_salt is None:
            raise AppwriteException('Missing required parameter: "password_salt"')

        if password_cpu is None:
            raise AppwriteException('Missing required parameter: "password_cpu"')

        if password_memory is None:
            raise AppwriteException('Missing required parameter: "password_memory"')

        if password_parallel is None:
            raise AppwriteException('Missing required parameter: "password_parallel"')

        if password_length is None:
            raise AppwriteException('Missing required parameter: "password_length"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        api_params['passwordSalt'] = self._normalize_value(password_salt)
        api_params['passwordCpu'] = self._normalize_value(password_cpu)
        api_params['passwordMemory'] = self._normalize_value(password_memory)
        api_params['passwordParallel'] = self._normalize_value(password_parallel)
        api_params['passwordLength'] = self._normalize_value(password_length)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_scrypt_modified_user(
        self,
        user_id: str,
        email: str,
        password: str,
        password_salt: str,
        password_salt_separator: str,
        password_signer_key: str,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [Scrypt Modified](https://gist.github.com/Meldiron/eecf84a0225eccb5a378d45bb27462cc) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using Scrypt Modified.
        password_salt : str
            Salt used to hash password.
        password_salt_separator : str
            Salt separator used to hash password.
        password_signer_key : str
            Signer key used to hash password.
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/scrypt-modified'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')

        if password_salt is None:
            raise AppwriteException('Missing required parameter: "password_salt"')

        if password_salt_separator is None:
            raise AppwriteException('Missing required parameter: "password_salt_separator"')

        if password_signer_key is None:
            raise AppwriteException('Missing required parameter: "password_signer_key"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        api_params['passwordSalt'] = self._normalize_value(password_salt)
        api_params['passwordSaltSeparator'] = self._normalize_value(password_salt_separator)
        api_params['passwordSignerKey'] = self._normalize_value(password_signer_key)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_sha_user(
        self,
        user_id: str,
        email: str,
        password: str,
        password_version: Optional[PasswordHash] = None,
        name: Optional[str] = None,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Create a new user. Password provided must be hashed with the [SHA](https://en.wikipedia.org/wiki/Secure_Hash_Algorithm) algorithm. Use the [POST /users](https://appwrite.io/docs/server/users#usersCreate) endpoint to create users with a plain text password.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        email : str
            User email.
        password : str
            User password hashed using SHA.
        password_version : Optional[PasswordHash]
            Optional SHA version used to hash password. Allowed values are: 'sha1', 'sha224', 'sha256', 'sha384', 'sha512/224', 'sha512/256', 'sha512', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512'
        name : Optional[str]
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/sha'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')


        api_params['userId'] = self._normalize_value(user_id)
        api_params['email'] = self._normalize_value(email)
        api_params['password'] = self._normalize_value(password)
        if password_version is not None:
            api_params['passwordVersion'] = self._normalize_value(password_version)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def get(
        self,
        user_id: str,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Get a user by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def delete(
        self,
        user_id: str
    ) -> Dict[str, Any]:
        """
        Delete a user by its unique ID, thereby releasing it's ID. Since ID is released and can be reused, all user-related resources like documents or storage files should be deleted before user deletion. If you want to keep ID reserved, use the [updateStatus](https://appwrite.io/docs/server/users#usersUpdateStatus) endpoint instead.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def update_email(
        self,
        user_id: str,
        email: str,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user email by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        email : str
            User email.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/email'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email is None:
            raise AppwriteException('Missing required parameter: "email"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['email'] = self._normalize_value(email)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def update_impersonator(
        self,
        user_id: str,
        impersonator: bool,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Enable or disable whether a user can impersonate other users. When impersonation headers are used, the request runs as the target user for API behavior, while internal audit logs still attribute the action to the original impersonator and store the impersonated target details only in internal audit payload data.
        

        Parameters
        ----------
        user_id : str
            User ID.
        impersonator : bool
            Whether the user can impersonate other users. When true, the user can browse project users to choose a target and can pass impersonation headers to act as that user. Internal audit logs still attribute impersonated actions to the original impersonator and store the target user details only in internal audit payload data.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/impersonator'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if impersonator is None:
            raise AppwriteException('Missing required parameter: "impersonator"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['impersonator'] = self._normalize_value(impersonator)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def create_jwt(
        self,
        user_id: str,
        session_id: Optional[str] = None,
        duration: Optional[float] = None
    ) -> Jwt:
        """
        Use this endpoint to create a JSON Web Token for user by its unique ID. You can use the resulting JWT to authenticate on behalf of the user. The JWT secret will become invalid if the session it uses gets deleted.

        Parameters
        ----------
        user_id : str
            User ID.
        session_id : Optional[str]
            Session ID. Use the string 'recent' to use the most recent session. Defaults to the most recent session.
        duration : Optional[float]
            Time in seconds before JWT expires. Default duration is 900 seconds, and maximum is 3600 seconds.
        
        Returns
        -------
        Jwt
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/jwts'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if session_id is not None:
            api_params['sessionId'] = self._normalize_value(session_id)
        if duration is not None:
            api_params['duration'] = self._normalize_value(duration)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Jwt)


    def update_labels(
        self,
        user_id: str,
        labels: List[str],
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user labels by its unique ID. 
        
        Labels can be used to grant access to resources. While teams are a way for user's to share access to a resource, labels can be defined by the developer to grant access without an invitation. See the [Permissions docs](https://appwrite.io/docs/permissions) for more info.

        Parameters
        ----------
        user_id : str
            User ID.
        labels : List[str]
            Array of user labels. Replaces the previous labels. Maximum of 1000 labels are allowed, each up to 36 alphanumeric characters long.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/labels'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if labels is None:
            raise AppwriteException('Missing required parameter: "labels"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['labels'] = self._normalize_value(labels)

        response = self.client.call('put', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def list_logs(
        self,
        user_id: str,
        queries: Optional[List[str]] = None,
        total: Optional[bool] = None
    ) -> LogList:
        """
        Get the user activity logs list by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        queries : Optional[List[str]]
            Array of query strings generated using the Query class provided by the SDK. [Learn more about queries](https://appwrite.io/docs/queries). Only supported methods are limit and offset
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        Returns
        -------
        LogList
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/logs'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if queries is not None:
            api_params['queries'] = self._normalize_value(queries)
        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=LogList)


    def list_memberships(
        self,
        user_id: str,
        queries: Optional[List[str]] = None,
        search: Optional[str] = None,
        total: Optional[bool] = None
    ) -> MembershipList:
        """
        Get the user membership list by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        queries : Optional[List[str]]
            Array of query strings generated using the Query class provided by the SDK. [Learn more about queries](https://appwrite.io/docs/queries). Maximum of 100 queries are allowed, each 4096 characters long. You may filter on the following attributes: userId, teamId, invited, joined, confirm, roles
        search : Optional[str]
            Search term to filter your list results. Max length: 256 chars.
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        Returns
        -------
        MembershipList
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/memberships'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if queries is not None:
            api_params['queries'] = self._normalize_value(queries)
        if search is not None:
            api_params['search'] = self._normalize_value(search)
        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=MembershipList)


    def update_mfa(
        self,
        user_id: str,
        mfa: bool,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Enable or disable MFA on a user account.

        Parameters
        ----------
        user_id : str
            User ID.
        mfa : bool
            Enable or disable MFA.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if mfa is None:
            raise AppwriteException('Missing required parameter: "mfa"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['mfa'] = self._normalize_value(mfa)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def delete_mfa_authenticator(
        self,
        user_id: str,
        type: AuthenticatorType
    ) -> Dict[str, Any]:
        """
        Delete an authenticator app.

        Parameters
        ----------
        user_id : str
            User ID.
        type : AuthenticatorType
            Type of authenticator.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa/authenticators/{type}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if type is None:
            raise AppwriteException('Missing required parameter: "type"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))
        api_path = api_path.replace('{type}', str(self._normalize_value(type)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def list_mfa_factors(
        self,
        user_id: str
    ) -> MfaFactors:
        """
        List the factors available on the account to be used as a MFA challange.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        MfaFactors
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa/factors'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=MfaFactors)


    def get_mfa_recovery_codes(
        self,
        user_id: str
    ) -> MfaRecoveryCodes:
        """
        Get recovery codes that can be used as backup for MFA flow by User ID. Before getting codes, they must be generated using [createMfaRecoveryCodes](/docs/references/cloud/client-web/account#createMfaRecoveryCodes) method.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        MfaRecoveryCodes
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa/recovery-codes'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=MfaRecoveryCodes)


    def update_mfa_recovery_codes(
        self,
        user_id: str
    ) -> MfaRecoveryCodes:
        """
        Regenerate recovery codes that can be used as backup for MFA flow by User ID. Before regenerating codes, they must be first generated using [createMfaRecoveryCodes](/docs/references/cloud/client-web/account#createMfaRecoveryCodes) method.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        MfaRecoveryCodes
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa/recovery-codes'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('put', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=MfaRecoveryCodes)


    def create_mfa_recovery_codes(
        self,
        user_id: str
    ) -> MfaRecoveryCodes:
        """
        Generate recovery codes used as backup for MFA flow for User ID. Recovery codes can be used as a MFA verification type in [createMfaChallenge](/docs/references/cloud/client-web/account#createMfaChallenge) method by client SDK.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        MfaRecoveryCodes
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/mfa/recovery-codes'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=MfaRecoveryCodes)


    def update_name(
        self,
        user_id: str,
        name: str,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user name by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        name : str
            User name. Max length: 128 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/name'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if name is None:
            raise AppwriteException('Missing required parameter: "name"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['name'] = self._normalize_value(name)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def update_password(
        self,
        user_id: str,
        password: str,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user password by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        password : str
            New user password. Must be at least 8 chars.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/password'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if password is None:
            raise AppwriteException('Missing required parameter: "password"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['password'] = self._normalize_value(password)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def update_phone(
        self,
        user_id: str,
        number: str,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user phone by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        number : str
            User phone number.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/phone'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if number is None:
            raise AppwriteException('Missing required parameter: "number"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['number'] = self._normalize_value(number)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def get_prefs(
        self,
        user_id: str,
        model_type: Type[T] = dict
    ) -> Preferences[T]:
        """
        Get the user preferences by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        Preferences[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/prefs'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return Preferences.with_data(response, model_type)


    def update_prefs(
        self,
        user_id: str,
        prefs: Dict[str, Any],
        model_type: Type[T] = dict
    ) -> Preferences[T]:
        """
        Update the user preferences by its unique ID. The object you pass is stored as is, and replaces any previous value. The maximum allowed prefs size is 64kB and throws error if exceeded.

        Parameters
        ----------
        user_id : str
            User ID.
        prefs : Dict[str, Any]
            Prefs key-value JSON object.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        Preferences[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/prefs'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if prefs is None:
            raise AppwriteException('Missing required parameter: "prefs"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['prefs'] = self._normalize_value(prefs)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return Preferences.with_data(response, model_type)


    def list_sessions(
        self,
        user_id: str,
        total: Optional[bool] = None
    ) -> SessionList:
        """
        Get the user sessions list by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        Returns
        -------
        SessionList
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/sessions'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=SessionList)


    def create_session(
        self,
        user_id: str
    ) -> Session:
        """
        Creates a session for a user. Returns an immediately usable session object.
        
        If you want to generate a token for a custom authentication flow, use the [POST /users/{userId}/tokens](https://appwrite.io/docs/server/users#createToken) endpoint.

        Parameters
        ----------
        user_id : str
            User ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        
        Returns
        -------
        Session
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/sessions'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Session)


    def delete_sessions(
        self,
        user_id: str
    ) -> Dict[str, Any]:
        """
        Delete all user's sessions by using the user's unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/sessions'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def delete_session(
        self,
        user_id: str,
        session_id: str
    ) -> Dict[str, Any]:
        """
        Delete a user sessions by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        session_id : str
            Session ID.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/sessions/{sessionId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if session_id is None:
            raise AppwriteException('Missing required parameter: "session_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))
        api_path = api_path.replace('{sessionId}', str(self._normalize_value(session_id)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def update_status(
        self,
        user_id: str,
        status: bool,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user status by its unique ID. Use this endpoint as an alternative to deleting a user if you want to keep user's ID reserved.

        Parameters
        ----------
        user_id : str
            User ID.
        status : bool
            User Status. To activate the user pass `true` and to block the user pass `false`.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/status'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if status is None:
            raise AppwriteException('Missing required parameter: "status"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['status'] = self._normalize_value(status)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def list_targets(
        self,
        user_id: str,
        queries: Optional[List[str]] = None,
        total: Optional[bool] = None
    ) -> TargetList:
        """
        List the messaging targets that are associated with a user.

        Parameters
        ----------
        user_id : str
            User ID.
        queries : Optional[List[str]]
            Array of query strings generated using the Query class provided by the SDK. [Learn more about queries](https://appwrite.io/docs/queries). Maximum of 100 queries are allowed, each 4096 characters long. You may filter on the following attributes: userId, providerId, identifier, providerType
        total : Optional[bool]
            When set to false, the total count returned will be 0 and will not be calculated.
        
        Returns
        -------
        TargetList
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/targets'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if queries is not None:
            api_params['queries'] = self._normalize_value(queries)
        if total is not None:
            api_params['total'] = self._normalize_value(total)

        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=TargetList)


    def create_target(
        self,
        user_id: str,
        target_id: str,
        provider_type: MessagingProviderType,
        identifier: str,
        provider_id: Optional[str] = None,
        name: Optional[str] = None
    ) -> Target:
        """
        Create a messaging target.

        Parameters
        ----------
        user_id : str
            User ID.
        target_id : str
            Target ID. Choose a custom ID or generate a random ID with `ID.unique()`. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char. Max length is 36 chars.
        provider_type : MessagingProviderType
            The target provider type. Can be one of the following: `email`, `sms` or `push`.
        identifier : str
            The target identifier (token, email, phone etc.)
        provider_id : Optional[str]
            Provider ID. Message will be sent to this target from the specified provider ID. If no provider ID is set the first setup provider will be used.
        name : Optional[str]
            Target name. Max length: 128 chars. For example: My Awesome App Galaxy S23.
        
        Returns
        -------
        Target
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/targets'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if target_id is None:
            raise AppwriteException('Missing required parameter: "target_id"')

        if provider_type is None:
            raise AppwriteException('Missing required parameter: "provider_type"')

        if identifier is None:
            raise AppwriteException('Missing required parameter: "identifier"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['targetId'] = self._normalize_value(target_id)
        api_params['providerType'] = self._normalize_value(provider_type)
        api_params['identifier'] = self._normalize_value(identifier)
        if provider_id is not None:
            api_params['providerId'] = self._normalize_value(provider_id)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Target)


    def get_target(
        self,
        user_id: str,
        target_id: str
    ) -> Target:
        """
        Get a user's push notification target by ID.

        Parameters
        ----------
        user_id : str
            User ID.
        target_id : str
            Target ID.
        
        Returns
        -------
        Target
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/targets/{targetId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if target_id is None:
            raise AppwriteException('Missing required parameter: "target_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))
        api_path = api_path.replace('{targetId}', str(self._normalize_value(target_id)))


        response = self.client.call('get', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Target)


    def update_target(
        self,
        user_id: str,
        target_id: str,
        identifier: Optional[str] = None,
        provider_id: Optional[str] = None,
        name: Optional[str] = None
    ) -> Target:
        """
        Update a messaging target.

        Parameters
        ----------
        user_id : str
            User ID.
        target_id : str
            Target ID.
        identifier : Optional[str]
            The target identifier (token, email, phone etc.)
        provider_id : Optional[str]
            Provider ID. Message will be sent to this target from the specified provider ID. If no provider ID is set the first setup provider will be used.
        name : Optional[str]
            Target name. Max length: 128 chars. For example: My Awesome App Galaxy S23.
        
        Returns
        -------
        Target
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/targets/{targetId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if target_id is None:
            raise AppwriteException('Missing required parameter: "target_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))
        api_path = api_path.replace('{targetId}', str(self._normalize_value(target_id)))

        if identifier is not None:
            api_params['identifier'] = self._normalize_value(identifier)
        if provider_id is not None:
            api_params['providerId'] = self._normalize_value(provider_id)
        if name is not None:
            api_params['name'] = self._normalize_value(name)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Target)


    def delete_target(
        self,
        user_id: str,
        target_id: str
    ) -> Dict[str, Any]:
        """
        Delete a messaging target.

        Parameters
        ----------
        user_id : str
            User ID.
        target_id : str
            Target ID.
        
        Returns
        -------
        Dict[str, Any]
            API response as a dictionary
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/targets/{targetId}'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if target_id is None:
            raise AppwriteException('Missing required parameter: "target_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))
        api_path = api_path.replace('{targetId}', str(self._normalize_value(target_id)))


        response = self.client.call('delete', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
        }, api_params)

        return response


    def create_token(
        self,
        user_id: str,
        length: Optional[float] = None,
        expire: Optional[float] = None
    ) -> Token:
        """
        Returns a token with a secret key for creating a session. Use the user ID and secret and submit a request to the [PUT /account/sessions/token](https://appwrite.io/docs/references/cloud/client-web/account#createSession) endpoint to complete the login process.
        

        Parameters
        ----------
        user_id : str
            User ID.
        length : Optional[float]
            Token length in characters. The default length is 6 characters
        expire : Optional[float]
            Token expiration period in seconds. The default expiration is 15 minutes.
        
        Returns
        -------
        Token
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/tokens'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        if length is not None:
            api_params['length'] = self._normalize_value(length)
        if expire is not None:
            api_params['expire'] = self._normalize_value(expire)

        response = self.client.call('post', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return self._parse_response(response, model=Token)


    def update_email_verification(
        self,
        user_id: str,
        email_verification: bool,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user email verification status by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        email_verification : bool
            User email verification status.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/verification'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if email_verification is None:
            raise AppwriteException('Missing required parameter: "email_verification"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['emailVerification'] = self._normalize_value(email_verification)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)


    def update_phone_verification(
        self,
        user_id: str,
        phone_verification: bool,
        model_type: Type[T] = dict
    ) -> User[T]:
        """
        Update the user phone verification status by its unique ID.

        Parameters
        ----------
        user_id : str
            User ID.
        phone_verification : bool
            User phone verification status.
        
        model_type : Type[T], optional
            Pydantic model class for the user-defined data. Defaults to dict for backward compatibility.
        
        Returns
        -------
        User[T]
            API response as a typed Pydantic model
        
        Raises
        ------
        AppwriteException
            If API request fails
        """

        api_path = '/users/{userId}/verification/phone'
        api_params = {}
        if user_id is None:
            raise AppwriteException('Missing required parameter: "user_id"')

        if phone_verification is None:
            raise AppwriteException('Missing required parameter: "phone_verification"')

        api_path = api_path.replace('{userId}', str(self._normalize_value(user_id)))

        api_params['phoneVerification'] = self._normalize_value(phone_verification)

        response = self.client.call('patch', api_path, {
            'X-Appwrite-Project': self.client.get_config('project'),
            'content-type': 'application/json',
            'accept': 'application/json',
        }, api_params)

        return User.with_data(response, model_type)

