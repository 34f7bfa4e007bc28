package resolvers

import (
	"context"
	"log/slog"
	"sync"

	"github.com/quotegraph/quotegraph"
)

// Hub hands newly stored statements to the subscriptions whose filters they
// pass.
type Hub struct {
	mu   sync.Mutex
	subs map[*subscriber]struct{}
	log  *slog.Logger
}

type subscriber struct {
	filter quotegraph.StatementFilter
	ch     chan *quotegraph.Statement
}

// subscriberBuffer is how many statements wait for a slow subscriber
// before newer ones are dropped for it.
const subscriberBuffer = 256

// NewHub makes a hub.
func NewHub(log *slog.Logger) *Hub {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Hub{subs: map[*subscriber]struct{}{}, log: log}
}

// Subscribe returns a channel of the statements passing f, closed when ctx
// ends.
func (h *Hub) Subscribe(ctx context.Context, f quotegraph.StatementFilter) <-chan *quotegraph.Statement {
	s := &subscriber{filter: f, ch: make(chan *quotegraph.Statement, subscriberBuffer)}
	h.mu.Lock()
	h.subs[s] = struct{}{}
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		delete(h.subs, s)
		close(s.ch)
		h.mu.Unlock()
	}()
	return s.ch
}

// Publish sends each subscriber the statements of the new article that pass
// its filter, as the store reads them (canonical speakers, topic matches).
func (h *Hub) Publish(ctx context.Context, store quotegraph.Store, articleID string) {
	h.mu.Lock()
	subs := make([]*subscriber, 0, len(h.subs))
	for s := range h.subs {
		subs = append(subs, s)
	}
	h.mu.Unlock()
	for _, s := range subs {
		f := s.filter
		f.ArticleID = articleID
		stmts, err := Answers(ctx, store, f)
		if err != nil {
			h.log.ErrorContext(ctx, "subscription filter", "err", err)
			continue
		}
		h.mu.Lock()
		if _, live := h.subs[s]; live {
			for i := range stmts {
				select {
				case s.ch <- &stmts[i]:
				default:
					h.log.WarnContext(ctx, "subscriber too slow: statement dropped", "statement", stmts[i].ID)
				}
			}
		}
		h.mu.Unlock()
	}
}

type subscriptionResolver struct{ *Resolver }

func (r subscriptionResolver) StatementAdded(ctx context.Context, speaker, topic, outlet *string, kind *StatementKind) (<-chan *quotegraph.Statement, error) {
	f := quotegraph.StatementFilter{Speaker: deref(speaker), Topic: deref(topic), Outlet: deref(outlet)}
	if kind != nil {
		f.Kind = domainKind(*kind)
	}
	if r.Hub == nil {
		return nil, quotegraph.Errorf(quotegraph.EUNAVAILABLE, "subscriptions are off")
	}
	return r.Hub.Subscribe(ctx, f), nil
}
