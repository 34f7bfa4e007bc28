package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/resolvers"
)

// BenchmarkQuery measures the API's main reads over the sample articles.
func BenchmarkQuery(b *testing.B) {
	ctx := context.Background()
	s, _, err := samples.Open(ctx, filepath.Join(b.TempDir(), "q.db"), "../testdata/articles", nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{Store: s}))
	defer srv.Close()
	for _, q := range []struct{ name, query string }{
		{"flagship", `{ statements(speaker: "Zheng Zeguang", topic: "norms") { totalCount edges { node { text speaker { name } article { outlet publishedAt } match { matchedBy via } } } } }`},
		{"who", `{ ask(question: "who talked about norms") { speakers { name statementCount } } }`},
		{"page50", `{ statements(first: 50) { edges { node { text sentence speaker { name statementCount } article { title } topics { name } } } } }`},
		{"speakers", `{ speakers(first: 20) { totalCount edges { node { name roles statementCount } } } }`},
		{"topics", `{ topics(first: 20) { edges { node { name statementCount speakerCount } } } }`},
		{"topic", `{ topic(name: "cybersecurity") { statementCount speakers { speaker { name } count } related { name } } }`},
		{"profile", `{ speaker(name: "Obama") { name quotedAlongside { speaker { name } count } topics(first: 5) { edges { node { name } } } } }`},
	} {
		body, _ := json.Marshal(map[string]string{"query": q.query})
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				var out gqlResponse
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				if len(out.Errors) > 0 {
					b.Fatal(out.Errors)
				}
			}
		})
	}
}
