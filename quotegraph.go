// Package quotegraph holds the domain types of the quotegraph service: articles,
// the statements found in them, the speakers who made them and the topics they
// are about, with the filters and error codes shared by the store, the API and
// the command line. It imports only the standard library.
//
// Data moves one way: ingest (text → Article, []Statement) → graph (the Cayley
// store) → resolvers (GraphQL) and cmd/quotegraph.
package quotegraph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Kind is how a statement is reported.
type Kind string

const (
	Direct   Kind = "direct"   // "…," X said.
	Indirect Kind = "indirect" // X said (that) …
	Mixed    Kind = "mixed"    // X said … "…"
)

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool { return k == Direct || k == Indirect || k == Mixed }

// SpeakerKind tells people from organisations and unnamed sources.
type SpeakerKind string

const (
	Person       SpeakerKind = "person"
	Organization SpeakerKind = "organization"
	Anonymous    SpeakerKind = "anonymous" // "a person briefed on …", "U.S. officials"
)

// Span is a half-open range of byte offsets [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Article is one news article as parsed from a file, a URL body or a mutation.
type Article struct {
	ID        string    // content-derived, see ArticleID
	Source    string    // file path or URL it came from (informational)
	URL       string    // canonical URL when known
	Title     string    //
	Outlet    string    // "China Daily", "Reuters"; empty when unknown
	Published time.Time // zero when unknown
	Authors   []string  // bylines, never speakers
	Dateline  string    // "BEIJING"
	// Text is the document the offsets of statements point into: for plain
	// text the file's content as UTF-8 (decoded first when the file was
	// Latin-1, Windows-1252 or UTF-16), for HTML the article text a
	// readability pass extracted from the page.
	Text string
	// Paragraphs are the spans of Text that make up the article's body, in
	// order, with page debris (advertisements, share buttons, copyright lines,
	// title and byline) left out.
	Paragraphs []Span
}

// Speaker is a canonical speaker: one node per person or organisation across
// all articles.
type Speaker struct {
	ID           string      // content-derived, see SpeakerID
	Name         string      // canonical full name: "Zheng Zeguang"
	Kind         SpeakerKind //
	Aliases      []string    // every way the articles name them: "Zheng", "Mr. Zheng"
	Roles        []string    // "Assistant Foreign Minister"
	Affiliations []string    // "Renmin University of China"
}

// Topic is a concept a statement is about: a lemmatised noun or noun phrase
// ("cyberattack", "international standard"), weighted by how central it is to
// the statement (0..1].
type Topic struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
}

// Statement is one thing a speaker said in one article.
type Statement struct {
	ID        string  // content-derived, see StatementID
	ArticleID string  //
	Speaker   Speaker // canonical speaker; Aliases/Roles as seen in this article
	// Also are the others credited with the same words ("A and B said"),
	// as the store reads them; ingest gives each its own Statement.
	Also    []Speaker
	Mention string  // the words that named the speaker at the cue: "he", "Mr. Zheng"
	Role    string  // the speaker's role as this article gives it
	Cue     string  // the cue verb as written: "said", "told", "according to"
	Kind    Kind    //
	Text    string  // the reported content, without the attribution clause
	Span    Span    // where Text stands in Article.Text
	Topics  []Topic //

	// Filled in by the store on reads.
	Article *Article // the article it appeared in
	Match   *TopicMatch
}

// MatchKind says how a statement's topic met the topic asked for.
type MatchKind string

const (
	MatchExact    MatchKind = "exact"
	MatchSynonym  MatchKind = "synonym"
	MatchBroader  MatchKind = "broader"  // the statement's topic is broader than the query
	MatchNarrower MatchKind = "narrower" // the statement's topic is a kind of the query
	MatchRelated  MatchKind = "related"
)

// TopicMatch is one concept a topic query reaches, with how close it is.
type TopicMatch struct {
	Topic     string    // the stored topic name reached
	Score     float64   // closeness in (0, 1], 1 for exact
	MatchedBy MatchKind //
	Via       string    // the concept that linked them, e.g. "standard"
}

// ArticleID derives an article's ID: from its URL when known, otherwise from
// its normalised text, so that the same article ingested twice is one node.
func ArticleID(url, text string) string {
	if url != "" {
		return "a" + hash(strings.TrimSpace(url))[:16]
	}
	return "a" + hash(strings.Join(strings.Fields(text), " "))[:16]
}

// SpeakerID derives a speaker's ID from the canonical name.
func SpeakerID(name string) string {
	return "p" + hash(strings.ToLower(strings.Join(strings.Fields(name), " ")))[:16]
}

// StatementID derives a statement's ID from its article and span.
func StatementID(articleID string, s Span) string {
	return "s" + hash(articleID + ":" + strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End))[:16]
}

// TopicID derives a topic's ID from its name.
func TopicID(name string) string { return "t" + hash(strings.ToLower(name))[:16] }

// OutletID derives an outlet's ID from its name.
func OutletID(name string) string { return "o" + hash(strings.ToLower(name))[:16] }

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
