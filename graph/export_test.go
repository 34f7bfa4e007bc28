package graph

// IsAlias is isAlias, for the external tests.
var IsAlias = isAlias
