package loader

import (
	"context"
	"errors"

	"github.com/quotegraph/quotegraph"
)

// Summary says what a run did.
type Summary struct {
	Files      int // files looked at
	Articles   int // articles stored
	Statements int // statements stored
	Speakers   int // speakers in the stored articles (a speaker of two articles counts twice)
	Skipped    int // articles already stored
	Failed     []Failure
	Remaining  int // files not reached because the run was stopped
}

// Loader stores files through a pipeline.
type Loader struct {
	Store    quotegraph.Store
	Pipeline Pipeline
	MaxBytes int64 // DefaultMaxBytes when 0
	// Progress, when set, is called after each file.
	Progress func(done, total int, path string)
}

// Run ingests the files one by one. When ctx is cancelled the current file
// finishes and the rest are counted as remaining; the error is ctx's.
func (l Loader) Run(ctx context.Context, files []string) (Summary, error) {
	s := Summary{Files: len(files)}
	max := l.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			s.Remaining = len(files) - i
			return s, err
		}
		if err := l.one(ctx, path, max, &s); err != nil {
			if errors.Is(err, context.Canceled) || quotegraph.ErrorCode(err) == quotegraph.EUNAVAILABLE {
				s.Remaining = len(files) - i
				return s, err
			}
			s.Failed = append(s.Failed, Failure{path, err})
		}
		if l.Progress != nil {
			l.Progress(i+1, len(files), path)
		}
	}
	return s, nil
}

func (l Loader) one(ctx context.Context, path string, max int64, s *Summary) error {
	data, err := ReadFile(path, max)
	if err != nil {
		return err
	}
	a, stmts, err := l.Pipeline.Process(path, data)
	if err != nil {
		return err
	}
	if ok, err := l.Store.HasArticle(ctx, a.ID); err != nil {
		return err
	} else if ok {
		s.Skipped++
		return nil
	}
	res, err := l.Store.Put(ctx, a, stmts)
	if err != nil {
		return err
	}
	if res.Skipped {
		s.Skipped++
		return nil
	}
	s.Articles++
	s.Statements += res.Statements
	s.Speakers += res.Speakers
	return nil
}
