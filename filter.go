package quotegraph

import "time"

// StatementFilter narrows a statement query. Zero fields do not filter.
type StatementFilter struct {
	Speaker   string    // canonical name or any alias: "Zheng", "Mr. Zheng"
	Topic     string    // a concept, matched through the concept index
	Outlet    string    //
	ArticleID string    //
	Kind      Kind      //
	Since     time.Time // published at or after
	Until     time.Time // published before
	Contains  string    // case-insensitive substring of the text
	Sort      Sort      // SortRelevance when empty
}

// Page is a page of a connection, as Relay defines it: the items after the
// cursor After and before the cursor Before (opaque strings the store handed
// out; "" for no bound), of which the first First or the last Last.
// First 0 (with no Last) takes the store's default page size; a negative
// First takes no items, for a count alone.
type Page struct {
	First  int
	After  string
	Last   int
	Before string
}

// Sort orders statements.
type Sort string

const (
	SortRelevance Sort = "relevance" // closest topic match first, then newest
	SortDate      Sort = "date"      // newest first
)

// Ingested says what storing one article did.
type Ingested struct {
	ArticleID  string
	Statements int
	Speakers   int
	Skipped    bool // the article was already stored; nothing was written
}
