package api

import (
	"context"
	"fmt"
)

const UserLocaleENUK = "en-UK"

// User contains information about a passbolt User
type User struct {
	ID           string    `json:"id,omitempty"`
	Created      *Time     `json:"created,omitempty"`
	Active       bool      `json:"active,omitempty"`
	Deleted      bool      `json:"deleted,omitempty"`
	Disabled     *Time     `json:"disabled,omitempty"`
	Description  string    `json:"description,omitempty"`
	Favorite     *Favorite `json:"favorite,omitempty"`
	Modified     *Time     `json:"modified,omitempty"`
	Username     string    `json:"username,omitempty"`
	RoleID       string    `json:"role_id,omitempty"`
	Profile      *Profile  `json:"profile,omitempty"`
	Role         *Role     `json:"role,omitempty"`
	GPGKey       *GPGKey   `json:"gpgkey,omitempty"`
	LastLoggedIn string    `json:"last_logged_in,omitempty"`
	Locale       string    `json:"locale,omitempty"`

	// Admin only, needs contains
	MissingMetadataKeyIDs []string `json:"missing_metadata_key_ids,omitempty"`

	// GroupsUsers contains group membership data (returned by SearchAROs endpoint)
	GroupsUsers []GroupMembership `json:"groups_users,omitempty"`
}

// Profile is a Profile
type Profile struct {
	ID        string  `json:"id,omitempty"`
	UserID    string  `json:"user_id,omitempty"`
	FirstName string  `json:"first_name,omitempty"`
	LastName  string  `json:"last_name,omitempty"`
	Created   *Time   `json:"created,omitempty"`
	Modified  *Time   `json:"modified,omitempty"`
	Avatar    *Avatar `json:"avatar,omitempty"`
}

// GetUsersOptions are all available query parameters
type GetUsersOptions struct {
	FilterSearch    string   `url:"filter[search],omitempty"`
	FilterHasGroup  []string `url:"filter[has-group][],omitempty"`
	FilterHasAccess []string `url:"filter[has-access][],omitempty"`
	FilterIsAdmin   bool     `url:"filter[is-admin],omitempty"`
	// Admin only, TODO are underscores correct?
	MissingMetadataKeyIDs bool `url:"filter[missing_metadata_key_ids],omitempty"`

	ContainLastLoggedIn bool `url:"contain[LastLoggedIn],omitempty"`
}

// GetUsers gets all Passbolt Users
func (c *Client) GetUsers(ctx context.Context, opts *GetUsersOptions) ([]User, error) {
	return doList[User](ctx, c, "/users.json", opts)
}

// CreateUser Creates a new Passbolt User
func (c *Client) CreateUser(ctx context.Context, user User) (*User, error) {
	return doSave(ctx, c, "POST", "/users.json", user)
}

// GetMe gets the currently logged in Passbolt User
func (c *Client) GetMe(ctx context.Context) (*User, error) {
	return c.GetUser(ctx, "me")
}

// GetUser gets a Passbolt User
func (c *Client) GetUser(ctx context.Context, userID string) (*User, error) {
	if userID != "me" {
		if err := checkUUIDFormat(userID); err != nil {
			return nil, fmt.Errorf("checking ID format: %w", err)
		}
	}
	return doInto[User](ctx, c, "GET", "/users/"+userID+".json", nil, nil)
}

// UpdateUser Updates a existing Passbolt User
func (c *Client) UpdateUser(ctx context.Context, userID string, user User) (*User, error) {
	if userID != "me" {
		if err := checkUUIDFormat(userID); err != nil {
			return nil, fmt.Errorf("checking ID format: %w", err)
		}
	}
	return doSave(ctx, c, "PUT", "/users/"+userID+".json", user)
}

// DeleteUser Deletes a Passbolt User
func (c *Client) DeleteUser(ctx context.Context, userID string) error {
	if userID != "me" {
		if err := checkUUIDFormat(userID); err != nil {
			return fmt.Errorf("checking ID format: %w", err)
		}
	}
	return doDelete(ctx, c, "/users/"+userID+".json")
}

// DeleteUserDryrun Check if a Passbolt User is Deleteable
func (c *Client) DeleteUserDryrun(ctx context.Context, userID string) error {
	if err := checkUUIDFormat(userID); err != nil {
		return fmt.Errorf("checking ID format: %w", err)
	}
	return doDelete(ctx, c, "/users/"+userID+"/dry-run.json")
}
