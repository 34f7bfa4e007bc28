package resolvers

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/quotegraph/quotegraph"
)

type authKey struct{}

// auth is what a request may do.
type auth struct {
	enabled bool // the server has a token: mutations are on
	ok      bool // the request carries it
}

// withAuth reads "Authorization: Bearer TOKEN" and compares it with token in
// constant time. The header is never logged.
func withAuth(token string, next http.Handler) http.Handler {
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a := auth{enabled: token != ""}
		if a.enabled {
			if got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
				h := sha256.Sum256([]byte(strings.TrimSpace(got)))
				a.ok = subtle.ConstantTimeCompare(h[:], want[:]) == 1
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), authKey{}, a)))
	})
}

// authorize allows a change only with the server's token.
func authorize(ctx context.Context) error {
	a, _ := ctx.Value(authKey{}).(auth)
	switch {
	case !a.enabled:
		return quotegraph.Errorf(quotegraph.EUNAUTHORIZED, "changes are off: the server has no token (set QUOTEGRAPH_TOKEN)")
	case !a.ok:
		return quotegraph.Errorf(quotegraph.EUNAUTHORIZED, "changes need the server's token: Authorization: Bearer TOKEN")
	}
	return nil
}
