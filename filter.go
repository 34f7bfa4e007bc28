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
}

// Page is a forward page of a connection: at most First items after the
// cursor After (an opaque string the store handed out, "" for the start).
// First 0 takes the store's default page size; a negative First takes no
// items, for a count alone.
type Page struct {
	First int
	After string
}

// Ingested says what storing one article did.
type Ingested struct {
	ArticleID  string
	Statements int
	Speakers   int
	Skipped    bool // the article was already stored; nothing was written
}
