package web

// Exports for package web_test.

// HTMLTag is a start tag found by ScanTags.
type HTMLTag = htmlTag

// ScanTags exposes the package's HTML tag scanner to the tests.
var ScanTags = scanTags
