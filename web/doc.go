// Package web serves quotegraph's GraphQL playground (GraphiQL) without any
// network access beyond the quotegraph server itself.
//
// gqlgen's playground page loads React, ReactDOM and GraphiQL from a CDN.
// This package renders the same gqlgen page but points every script and
// stylesheet at copies embedded in the binary (web/assets/, fetched from the
// npm registry by scripts/refresh-playground.sh), so the page works on a
// machine with no internet access and names no host but the server's own.
//
// Two handlers are needed, one for the page and one for its files:
//
//	mux.Handle("GET /{$}", web.Playground("quotegraph", "/query", web.DefaultAssetPrefix))
//	mux.Handle(web.DefaultAssetPrefix, web.Assets(web.DefaultAssetPrefix))
//
// Both take the same assetPrefix: the page links to assetPrefix+file and
// Assets serves those paths. Assets expects the full request path (mount it at
// the prefix itself; do not wrap it in http.StripPrefix).
//
// The embedded files are pinned: graphiql 4.1.2, react 18.2.0 and
// react-dom 18.2.0, the same versions (byte for byte: same sha256) that
// gqlgen's playground references on its CDN. The page carries sha384
// Subresource Integrity attributes for them and a Content-Security-Policy
// that lets the browser fetch nothing from any other host.
package web
