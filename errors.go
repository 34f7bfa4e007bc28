package quotegraph

import (
	"errors"
	"fmt"
)

// Error codes, mapped once at the edge: to GraphQL extensions.code, HTTP
// status and CLI exit status.
const (
	ECONFLICT     = "CONFLICT"
	EINTERNAL     = "INTERNAL"
	EINVALID      = "INVALID"
	ENOTFOUND     = "NOT_FOUND"
	EUNAUTHORIZED = "UNAUTHENTICATED"
	EUNAVAILABLE  = "UNAVAILABLE" // the store is held by another process, shutting down
)

// Error is an error meant for the user: a code and a message that is safe to
// show. Anything else is internal and is shown as "internal error".
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of the
// first *Error in its chain, or "internal error".
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
