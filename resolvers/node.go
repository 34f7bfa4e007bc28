package resolvers

// Node is any object with a global ID: a quotegraph.Statement,
// SpeakerSummary, Article or TopicSummary. The domain types know nothing of
// GraphQL, so the interface asks nothing of them.
type Node interface{}
