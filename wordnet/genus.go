package wordnet

// Genus returns the noun synsets the definition (gloss) of noun synset s
// names as what s is, where that is not already within three hypernym
// levels above or below it: norm, "a standard or model or pattern regarded
// as typical", has the genus {convention, normal, pattern, rule, formula};
// weaponry, "weapons considered collectively", has {weapon, arm, weapon
// system}. The generator reads the head nouns of each definition's first
// noun phrase and of those coordinated with it and chooses each one's
// sense by extended Lesk overlap weighted by inverse document frequency,
// with the sense's SemCor frequency as a prior; a word with several senses
// and too little overlap gives no link. See gen/gloss.go.
func (db *DB) Genus(s Synset) []Synset {
	gs := db.gen[db.genStart[s]:db.genStart[s+1]]
	out := make([]Synset, len(gs))
	for i, g := range gs {
		out[i] = Synset(g)
	}
	return out
}

// DefinedAs returns the noun synsets whose Genus holds s: weapon is what
// weaponry is defined as.
func (db *DB) DefinedAs(s Synset) []Synset {
	db.derive()
	return db.def[db.defStart[s]:db.defStart[s+1]:db.defStart[s+1]]
}

// deriveDefined builds the reverse genus index; called from derive.
func (db *DB) deriveDefined() {
	n := len(db.lexfile)
	db.defStart = make([]uint32, n+1)
	for _, g := range db.gen {
		db.defStart[g+1]++
	}
	for i := 0; i < n; i++ {
		db.defStart[i+1] += db.defStart[i]
	}
	db.def = make([]Synset, len(db.gen))
	fill := append([]uint32(nil), db.defStart[:n]...)
	for s := 0; s < n; s++ {
		for _, g := range db.gen[db.genStart[s]:db.genStart[s+1]] {
			db.def[fill[g]] = Synset(s)
			fill[g]++
		}
	}
}
