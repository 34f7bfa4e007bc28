package quotegraph

// TopicDetail is one topic as a concept: the statements about it (whatever
// stored topic they reached it through), who talks about it most, and the
// topics spoken of alongside it.
type TopicDetail struct {
	Name       string           // the topic as stored: "norm" for "norms"
	Statements int              // statements about the concept
	Speakers   []SpeakerSummary // who talks about it, most first; Statements counts theirs about it
	Related    []RelatedTopic   // topics of the same statements, most associated first
	Reaches    []TopicCount     // the stored topics the concept reached, closest first
}

// RelatedTopic is a topic spoken of in the same statements as another.
type RelatedTopic struct {
	Name       string
	Statements int // statements about both
	// Score is the share of the topic's statements, weighted by how central
	// each topic is to each statement, that are also about this one: in
	// (0, 1], 1 when every statement is centrally about both.
	Score float64
}

// TopicCount is a stored topic reached from a concept, how, and how many
// statements are about it.
type TopicCount struct {
	TopicMatch
	Statements int
}

// Limits of the lists in a TopicDetail.
const (
	MaxTopicSpeakers = 50
	MaxRelatedTopics = 50
)
