package quotegraph

import (
	"context"
	"io"
)

// Store keeps articles and their statements and answers questions about them.
// graph.Store implements it over Cayley; every method is safe for concurrent
// use.
type Store interface {
	// Put stores an article and its statements whole or not at all. An
	// article already stored is skipped: nothing is written.
	Put(ctx context.Context, a Article, stmts []Statement) (Ingested, error)
	// HasArticle reports whether the article with this ID is stored.
	HasArticle(ctx context.Context, id string) (bool, error)
	// Statements returns the statements that pass the filter, best first.
	Statements(ctx context.Context, f StatementFilter, p Page) (Connection[Statement], error)
	// Speaker resolves a name or alias to one speaker; ENOTFOUND if none.
	Speaker(ctx context.Context, name string) (SpeakerSummary, error)
	// Speakers lists speakers whose names or aliases contain search.
	Speakers(ctx context.Context, search string, p Page) (Connection[SpeakerSummary], error)
	// Topics lists the stored topics whose names contain search.
	Topics(ctx context.Context, search string, p Page) (Connection[TopicSummary], error)
	// Topic reads a topic as a concept: its statements, speakers and
	// related topics; ENOTFOUND when no statement is about it.
	Topic(ctx context.Context, name string) (TopicDetail, error)
	// SpeakerTopics counts the topics of a speaker's statements, the most
	// telling of them first.
	SpeakerTopics(ctx context.Context, speakerName string, p Page) (Connection[TopicSummary], error)
	// Articles lists the stored articles, newest first.
	Articles(ctx context.Context, p Page) (Connection[Article], error)
	// SpeakersNamed resolves many names at once (for batching); a name that
	// resolves to no speaker is left out of the map.
	SpeakersNamed(ctx context.Context, names []string) (map[string]SpeakerSummary, error)
	// ArticlesByID reads many articles, with their text, at once.
	ArticlesByID(ctx context.Context, ids []string) (map[string]Article, error)
	// Node reads any object by its ID: a Statement, a SpeakerSummary, an
	// Article (with its text) or a TopicSummary; ENOTFOUND if none.
	Node(ctx context.Context, id string) (any, error)
	// Reports are the statements, in any article, that carry the same
	// words from the same speaker as the statement with this ID (itself
	// included), oldest report first.
	Reports(ctx context.Context, statementID string) ([]Statement, error)
	// Profile tells where a speaker's roles and affiliations come from and
	// whom they are quoted alongside.
	Profile(ctx context.Context, speakerName string) (Profile, error)

	// DeleteArticle removes an article whole; false if it was not stored.
	DeleteArticle(ctx context.Context, id string) (bool, error)
	// MergeSpeakers credits everything from said to into, now and in later
	// ingests.
	MergeSpeakers(ctx context.Context, from, into string) (SpeakerSummary, error)
	// SplitAlias makes alias a speaker of its own, now and in later ingests.
	SplitAlias(ctx context.Context, speaker, alias string) (SpeakerSummary, error)

	// Export writes the whole graph in the given format ("nquads").
	Export(ctx context.Context, w io.Writer, format string) error
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Connection is one page of a list, with what a Relay connection needs.
type Connection[T any] struct {
	Items       []T
	Cursors     []string // one per item
	Total       int      // items that pass the filter, over all pages
	HasNext     bool
	HasPrevious bool
}

// EndCursor is the cursor of the last item, "" on an empty page.
func (c Connection[T]) EndCursor() string {
	if len(c.Cursors) == 0 {
		return ""
	}
	return c.Cursors[len(c.Cursors)-1]
}

// SpeakerSummary is a speaker with how much they said.
type SpeakerSummary struct {
	Speaker
	Statements int
}

// TopicSummary is a stored topic with how often it is spoken about.
type TopicSummary struct {
	Name       string
	Statements int
	Speakers   int
}

// Profile is what the articles say about a speaker.
type Profile struct {
	Roles        []Attribution // each role with the article it comes from
	Affiliations []Attribution
	Alongside    []SpeakerSummary // speakers quoted in the same articles; Statements counts shared articles
}

// Attribution is a fact about a speaker and the article that gives it.
type Attribution struct {
	Value   string
	Article Article
}

// Stats counts the nodes and quads of the graph.
type Stats struct {
	Articles, Statements, Speakers, Topics, Quads int
}
