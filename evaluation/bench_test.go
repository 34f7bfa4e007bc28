package evaluation_test

import (
	"context"
	"testing"
)

// BenchmarkAsk asks the judged questions in turn of the sample store.
func BenchmarkAsk(b *testing.B) {
	s := sampleStore(b)
	ctx := context.Background()
	n := 0
	for b.Loop() {
		if _, _, err := ask(ctx, s, questions[n%len(questions)].question); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/question")
}

// BenchmarkTopic describes one topic: speakers, related topics, reached topics.
func BenchmarkTopic(b *testing.B) {
	s := sampleStore(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Topic(ctx, "norms"); err != nil {
			b.Fatal(err)
		}
	}
}
