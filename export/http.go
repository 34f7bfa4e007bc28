package export

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/quotegraph/quotegraph"
)

// writeWindow is how long each page may take to reach the client: the write
// deadline is pushed back by this much before each page, so that a long
// export is not cut by the server's WriteTimeout while it keeps moving.
const writeWindow = 30 * time.Second

// Handler serves the statements that pass the filters in the query string
// (see FilterFromQuery) as a table in format, CSV or NDJSON:
//
//	mux.Handle("GET /export/statements.csv", export.Handler(store, export.CSV, log))
//	mux.Handle("GET /export/statements.ndjson", export.Handler(store, export.NDJSON, log))
//
// The response is streamed and flushed page by page, with Content-Type
// text/csv or application/x-ndjson, a Content-Disposition naming
// statements.csv or statements.ndjson and X-Total-Count (how many statements
// pass the filters). A bad filter or an unknown parameter is a 400 with a
// plain-text message. Should the store fail after the first page was sent,
// the connection is aborted, so that a client sees an error and not a table
// cut short. Handler panics on an unknown format. log may be nil.
//
// Do not wrap it in http.TimeoutHandler, which buffers the whole response
// and cannot flush; the handler keeps its own write deadline per page.
func Handler(store quotegraph.Store, format string, log *slog.Logger) http.Handler {
	var ctype string
	switch format {
	case CSV:
		ctype = "text/csv; charset=utf-8"
	case NDJSON:
		ctype = "application/x-ndjson"
	default:
		panic("export: unknown format " + strconv.Quote(format))
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	filename := "statements." + format
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		q := r.URL.Query()
		if err := CheckParams(q); err != nil {
			fail(w, r, log, err)
			return
		}
		f, err := FilterFromQuery(q)
		if err != nil {
			fail(w, r, log, err)
			return
		}
		ctx := r.Context()
		rc := http.NewResponseController(w)
		extend := func() { _ = rc.SetWriteDeadline(time.Now().Add(writeWindow)) }
		extend()
		p := quotegraph.Page{First: PageSize}
		if r.Method == http.MethodHead {
			p.First = -1
		}
		first, err := store.Statements(ctx, f, p)
		if err != nil {
			fail(w, r, log, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
		h.Set("X-Total-Count", strconv.Itoa(first.Total))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		n, err := Write(ctx, w, store, f, format, Options{
			First:      &first,
			BeforePage: extend,
			Flush: func() error {
				if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
					return err
				}
				return nil
			},
		})
		if err != nil {
			if ctx.Err() != nil {
				log.InfoContext(ctx, "export cut short: the client went away", "path", r.URL.Path, "rows", n)
				return
			}
			log.ErrorContext(ctx, "export failed after the response began; aborting it", "path", r.URL.Path, "rows", n, "err", err)
			// The status is sent: abort the connection so the client sees
			// a broken response, not a complete-looking short table.
			panic(http.ErrAbortHandler)
		}
	})
}

// fail answers an error before anything was written: the user's message for
// a quotegraph.Error, "internal error" (details logged) for anything else.
func fail(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	status := http.StatusInternalServerError
	switch quotegraph.ErrorCode(err) {
	case quotegraph.EINVALID:
		status = http.StatusBadRequest
	case quotegraph.ENOTFOUND:
		status = http.StatusNotFound
	case quotegraph.EUNAVAILABLE:
		status = http.StatusServiceUnavailable
	}
	if status == http.StatusInternalServerError {
		log.ErrorContext(r.Context(), "export failed", "path", r.URL.Path, "err", err)
	}
	http.Error(w, quotegraph.ErrorMessage(err), status)
}
