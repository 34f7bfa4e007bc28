package resolvers_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/resolvers"
)

// brokenStore fails every read with an error carrying internals.
type brokenStore struct{ quotegraph.Store }

func (brokenStore) Statements(context.Context, quotegraph.StatementFilter, quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	return quotegraph.Connection[quotegraph.Statement]{}, errors.New("bolt: page 42 corrupt at /var/lib/secret.db")
}

func TestInternalErrorsAreNotLeaked(t *testing.T) {
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{Store: brokenStore{}}))
	defer srv.Close()
	resp := gql(t, srv, "", `{ statements { totalCount } }`, nil)
	if len(resp.Errors) != 1 {
		t.Fatalf("errors = %+v", resp.Errors)
	}
	e := resp.Errors[0]
	if e.Message != "internal error" || e.Extensions["code"] != quotegraph.EINTERNAL || strings.Contains(e.Message, "secret") {
		t.Errorf("error = %+v", e)
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	on := server(t)
	off := serverWith(t, resolvers.HandlerConfig{NoIntrospection: true})
	q := `{ __schema { queryType { name } } }`
	if resp := gql(t, on, "", q, nil); len(resp.Errors) > 0 {
		t.Errorf("introspection on: %+v", resp.Errors)
	}
	if resp := gql(t, off, "", q, nil); len(resp.Errors) == 0 {
		t.Errorf("introspection off answered: %s", resp.Data)
	}
}

// TestPersistedQueries: a dashboard sends a query's hash alone once the
// server has seen the query (Apollo's automatic persisted queries).
func TestPersistedQueries(t *testing.T) {
	srv := server(t)
	q := `{ statements { totalCount } }`
	sum := sha256.Sum256([]byte(q))
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	get := func(withQuery bool) string {
		v := url.Values{"extensions": {ext}}
		if withQuery {
			v.Set("query", q)
		}
		resp, err := http.Get(srv.URL + "/graphql?" + v.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return b.String()
	}
	if got := get(false); !strings.Contains(got, "PersistedQueryNotFound") {
		t.Fatalf("unknown hash: %s", got)
	}
	if got := get(true); !strings.Contains(got, `"totalCount":3`) {
		t.Fatalf("register: %s", got)
	}
	if got := get(false); !strings.Contains(got, `"totalCount":3`) {
		t.Fatalf("hash alone: %s", got)
	}
}
