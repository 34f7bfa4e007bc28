package loader

import (
	"context"

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
	Notes      []Note // what was done to read files that were read (decoding)
	Remaining  int    // files not reached because the run was stopped
	// NextFile is the first file not reached, "" when all were.
	NextFile string
}

// Note is something done to read a file, such as decoding it from
// Windows-1252.
type Note struct {
	Path string
	Text string
}

// Loader stores files through a pipeline.
type Loader struct {
	Store    quotegraph.Store
	Pipeline Pipeline
	MaxBytes int64 // DefaultMaxBytes when 0
	// Progress, when set, is called after each file.
	Progress func(done, total int, path string)
}

// Run ingests the files one by one, each article in one transaction. When
// ctx is cancelled the file in hand is finished (read, parsed and stored
// whole) and the rest are counted as remaining; the error is ctx's. Running
// the same files again stores what remained and skips what is stored.
func (l Loader) Run(ctx context.Context, files []string) (Summary, error) {
	s := Summary{Files: len(files)}
	max := l.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	// The file in hand is finished even when ctx is cancelled meanwhile.
	fileCtx := context.WithoutCancel(ctx)
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			s.Remaining, s.NextFile = len(files)-i, path
			return s, err
		}
		if err := l.one(fileCtx, path, max, &s); err != nil {
			if quotegraph.ErrorCode(err) == quotegraph.EUNAVAILABLE {
				s.Remaining, s.NextFile = len(files)-i, path
				return s, err
			}
			s.Failed = append(s.Failed, Failure{path, err})
		}
		if l.Progress != nil {
			l.Progress(i+1, len(files), path)
		}
	}
	// Stopped while the last file was in hand: it is done, nothing remains.
	return s, nil
}

func (l Loader) one(ctx context.Context, path string, max int64, s *Summary) error {
	data, err := ReadFile(path, max)
	if err != nil {
		return err
	}
	res, err := l.Pipeline.ProcessFile(path, data)
	for _, n := range res.Notes {
		s.Notes = append(s.Notes, Note{path, n})
	}
	if err != nil {
		return err
	}
	a, stmts := res.Article, res.Statements
	if ok, err := l.Store.HasArticle(ctx, a.ID); err != nil {
		return err
	} else if ok {
		s.Skipped++
		return nil
	}
	stored, err := l.Store.Put(ctx, a, stmts)
	if err != nil {
		return err
	}
	if stored.Skipped {
		s.Skipped++
		return nil
	}
	s.Articles++
	s.Statements += stored.Statements
	s.Speakers += stored.Speakers
	return nil
}
