package ingest_test

import (
	"testing"

	"github.com/quotegraph/quotegraph"
)

// Organisations as speakers: a body named by a description, its name set
// off after one, its unnamed officials and spokespeople.
func TestBodiesAsSpeakers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a body whose name ends in a lower-case head",
			"The Lyon police prefecture said 40 cars had been towed.",
			[]string{"Lyon police prefecture|indirect|40 cars had been towed"}},
		{"a description of a union with its name set off",
			"The largest dockers' union, the Syndicat des Travailleurs Portuaires (STP), said the strike would go on.",
			[]string{"Syndicat des Travailleurs Portuaires|indirect|the strike would go on"}},
		{"an unnamed spokesperson or official of a named body",
			"A Department for Rural Affairs spokesperson said the grants would be paid in March.\nA senior Treasury Department official said the figures were provisional.",
			[]string{"Department for Rural Affairs|indirect|the grants would be paid in March", "Treasury Department|indirect|the figures were provisional"}},
		{"an unnamed official of one body is not the spokesman of another named later",
			"A Foreign Ministry official said the envoy had been recalled.\nThe recall was the first in a decade.\nA Defence Ministry spokesman, Colonel Ari Levanon, said the exercise would go ahead.",
			[]string{"Foreign Ministry|indirect|the envoy had been recalled", "Ari Levanon|indirect|the exercise would go ahead"}},
		{"according to an object pronoun",
			"The agency's spokesperson, Lerato Dube, confirmed the letter was genuine. According to her, the grant had been paid twice.",
			[]string{"Lerato Dube|indirect|the letter was genuine", "Lerato Dube|indirect|the grant had been paid twice"}},
		{"two descriptions set off after a name",
			"Omar Farid Al Suwaidi, Chief Executive Officer of Gulf Desal Company, the plant's operator, said the company would hire 80 engineers.",
			[]string{"Omar Farid Al Suwaidi|indirect|the company would hire 80 engineers"}},
		{"an occupation before a title and a name, then but said",
			"Marine biologist Dr Noor Saleh of the Coastal Research Centre welcomed the survey but said that the reef was \"still in danger\".",
			[]string{"Noor Saleh|mixed|the reef was \"still in danger\""}},
	})
}

func TestSourcesAndOffices(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a group capitalised only by its place",
			"People familiar with the talks said a deal was close.",
			[]string{"people|indirect|a deal was close"}},
		{"a person's office speaks for them",
			"Sen. Marla Quist missed the vote. Ms. Quist's office said she was ill.",
			[]string{"Marla Quist|indirect|she was ill"}},
		{"a statement from a department",
			"According to a statement from the Treasury, the government would run out of cash by March.",
			[]string{"Treasury|indirect|the government would run out of cash by March"}},
	})
}

func TestLedesNamedLater(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a judge in the lede is the judge named after",
			"A federal judge on Friday blocked the rule, saying the agency had acted \"arbitrarily\".\nU.S. District Judge Mara Lindqvist wrote that the department had ignored the rule's effects.",
			[]string{"Mara Lindqvist|mixed|the agency had acted \"arbitrarily\"", "Mara Lindqvist|indirect|the department had ignored the rule's effects"}},
		{"a judge in the lede is not a senator named after",
			"A federal judge on Friday blocked the rule, saying the agency had acted unlawfully.\nSenator Ross Pell said the ruling would be appealed.",
			[]string{"federal judge|indirect|the agency had acted unlawfully", "Ross Pell|indirect|the ruling would be appealed"}},
		{"a plural group at the start of a sentence",
			"Critics, including food banks, have said the rule would push people into hunger.",
			[]string{"critics|indirect|the rule would push people into hunger"}},
	})
}

func TestBodiesNamedByWhatTheyAre(t *testing.T) {
	sts, _ := extract(t, "The strike ended on Tuesday.\nThe port authority said in a statement that cargo would be cleared within ten days.")
	if len(sts) != 1 || sts[0].Speaker.Name != "port authority" || sts[0].Speaker.Kind != quotegraph.Organization {
		t.Fatalf("got %+v, want the port authority as an organisation", sts)
	}
}

func TestMoreBodiesAndDescriptions(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"the office of a governor speaks for the governor",
			"The office of Ohio Gov. Rhonda Keel said in a statement that the state would appeal.",
			[]string{"Rhonda Keel|indirect|the state would appeal"}},
		{"an appositive that describes and then names",
			"Her coach, former Olympic sprinter Mads Holm, said she had worked on her start.",
			[]string{"Mads Holm|indirect|she had worked on her start"}},
		{"a plural possessive in a union's name",
			"Meanwhile, the Harbour Pilots' Union welcomed the decision but said the money must first clear arrears.",
			[]string{"Harbour Pilots' Union|indirect|the money must first clear arrears"}},
		{"the companies are the two named before",
			"Northwind Airways agreed to buy Cobalt Air on Monday. Northwind will pay $12 a share, the companies said.",
			[]string{"Northwind Airways|indirect|Northwind will pay $12 a share", "Cobalt Air|indirect|Northwind will pay $12 a share"}},
		{"an age and a home town",
			"Lea Varga won the final. The 21-year-old from Szeged said her shoulder had been sore.",
			[]string{"Lea Varga|indirect|her shoulder had been sore"}},
		{"a noun after a possessive and an adjective is no cue",
			"The fund predicted that growth would slow, down from the IMF's last estimate.",
			[]string{"fund|indirect|growth would slow, down from the IMF's last estimate"}},
	})
}

func TestSpokespeopleWhereTheySpeak(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a spokesman at a named body",
			"At the Treasury, a spokesman said the department was monitoring the markets.",
			[]string{"Treasury|indirect|the department was monitoring the markets"}},
		{"a department of a portfolio with no name after it",
			"The Nevada Department of Water Resources, which would have run the scheme, said it had warned lawmakers.",
			[]string{"Nevada Department of Water Resources|indirect|it had warned lawmakers"}},
	})
}

func TestTheCompanyIsTheStorysSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"not the data firm after according to, nor the analyst's employer",
			"July 24 (Metro Wire) - Larkspur Foods Inc cut its profit forecast on Thursday.\nAnalysts had expected more, according to data compiled by Quill Market Data.\nSales volumes fell 4%, the company said.\n\"It's caught in the middle,\" said Rena Moss, an analyst at Fenwick Partners.\nIn a statement, the company said its cracker brand had gained share.",
			[]string{"Quill Market|indirect|Analysts had expected more", "Larkspur Foods|indirect|Sales volumes fell 4%", "Rena Moss|direct|It's caught in the middle", "Larkspur Foods|indirect|its cracker brand had gained share"}},
	})
}

func TestPluralTitlesAndAgencies(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a plural title before two names",
			"Councilmembers Nadia Everett and Kevin Strand said the council had no choice.",
			[]string{"Nadia Everett|indirect|the council had no choice", "Kevin Strand|indirect|the council had no choice"}},
		{"a body whose name holds 'and' and ends in Services",
			"United States Citizenship and Immigration Services, the agency that runs the program, said it would tighten vetting.",
			[]string{"United States Citizenship and Immigration Services|indirect|it would tighten vetting"}},
		{"the agency is the commission named before, not a ministry",
			"The Consumer Product Safety Commission recalled the heaters. The health ministry said it was monitoring. Consumers should stop using the heaters, the agency said.",
			[]string{"health ministry|indirect|it was monitoring", "Consumer Product Safety Commission|indirect|Consumers should stop using the heaters"}},
		{"a department whose object holds a title word",
			"The Texas Department of State Health Services said it had received the data.",
			[]string{"Texas Department of State Health Services|indirect|it had received the data"}},
	})
}

func TestSpokespeopleFor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a spokeswoman for the body named before",
			"Cumbria Ambulance Service said crews lost 2,000 hours.\nA spokeswoman for the service said: \"Delays mean fewer ambulances.\"",
			[]string{"Cumbria Ambulance Service|indirect|crews lost 2,000 hours", "Cumbria Ambulance Service|direct|Delays mean fewer ambulances."}},
		{"a spokesman for a department named with its portfolio",
			"The Department of Transport reviewed the case. A spokesman for the department said the matter was under review.",
			[]string{"Department of Transport|indirect|the matter was under review"}},
		{"a spokeswoman for a body the phrase names",
			"A spokeswoman for the French embassy in Nairobi said Paris supported the talks.",
			[]string{"French embassy|indirect|Paris supported the talks"}},
	})
}

func TestKinDescriptionsAndHealthBodies(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a kin description with a number before the name, then she",
			"NSW Health said the clinics were busy.\nIn Penrith, mother of three Tia Maaka said she had used the clinic twice.\n\"It was brilliant,\" she said.",
			[]string{"NSW Health|indirect|the clinics were busy", "Tia Maaka|indirect|she had used the clinic twice", "Tia Maaka|direct|It was brilliant"}},
	})
}

func TestEnvoysAndBareSpokesmen(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an envoy named by the body, with a relative clause before the cue",
			"A European Union envoy who attended the talks as an observer said Brussels was ready to help.",
			[]string{"European Union|indirect|Brussels was ready to help"}},
		{"a bare spokesman after the body that opened the sentence before",
			"The Department of Transport declined to comment on the case. Asked whether fees would be refunded, a spokesman said the matter was under review.",
			[]string{"Department of Transport|indirect|the matter was under review"}},
		{"a professor named by a university speaks for herself",
			"A Harbor University professor who studies ports said the plan would fail.",
			[]string{"Harbor University professor|indirect|the plan would fail"}},
	})
}

func TestGenderFromSentenceOpeningPronouns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"he opening a sentence tells the coach's gender, her serve is the player's",
			"Her coach, Bernd Aalders, said the turnaround had taken months. He said the pair had spent the winter on her serve.",
			[]string{"Bernd Aalders|indirect|the turnaround had taken months", "Bernd Aalders|indirect|the pair had spent the winter on her serve"}},
		{"a spokeswoman of an operator whose name has no organisation word, then she",
			"A Caledon spokeswoman said the operator understood the frustration.\n\"We apologise to everyone affected,\" she said.",
			[]string{"Caledon|indirect|the operator understood the frustration", "Caledon|direct|We apologise to everyone affected"}},
	})
}

func TestFamilyMembersAndTheirGenders(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a mother named after her son, set off before her verb, then she",
			"Prosecutor Ciara Doyle said the attack was brutal.\nOutside court, Mr Rennie's mother, Fiona Rennie, read a statement.\n\"Euan was the best of us,\" she said.",
			[]string{"Ciara Doyle|indirect|the attack was brutal", "Fiona Rennie|direct|Euan was the best of us"}},
		{"a work's title set off is no person",
			"The artist Mona Ashby was there. The darkest room, Dear Sir, is underlit. \"I sewed it all by hand,\" she said.",
			[]string{"Mona Ashby|direct|I sewed it all by hand"}},
	})
}

func TestTheStatementSaid(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"the statement speaks for whoever issued it",
			"Corvane Appliance said in a statement that its offer was fair.\n\"We remain ready to return to the table,\" the statement said.",
			[]string{"Corvane Appliance|indirect|its offer was fair", "Corvane Appliance|direct|We remain ready to return to the table"}},
	})
}

func TestPortfoliosAndUnnamedOfficeholders(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"the Agriculture chief is the Agriculture Secretary",
			"Senators questioned Agriculture Secretary Leon Buendia on Tuesday. Rep. Ana Cruz said prices were still high.\n\"We are not saying the job is done,\" the Agriculture chief said.",
			[]string{"Ana Cruz|indirect|prices were still high", "Leon Buendia|direct|We are not saying the job is done"}},
		{"a role set off after a surname in a sentence that quotes no one",
			"Gov. Hal Greer led Lt. Gov. Rosa Castell in the poll. The survey found Greer at 47% and Castell, the lieutenant governor, at 43%.\nThe lieutenant governor said she would debate him every week.",
			[]string{"Rosa Castell|indirect|she would debate him every week"}},
		{"an office's object 'the Opposition'",
			"Leader of the Opposition R.K. Menon said the hike would hit students hardest.",
			[]string{"R.K. Menon|indirect|the hike would hit students hardest"}},
		{"an unnamed minister",
			"A minister said the letter had been drafted in a hurry.",
			[]string{"unnamed minister|indirect|the letter had been drafted in a hurry"}},
	})
}

func TestNamedBodiesAreNotAnaphors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a body named with a plural possessive and the definite article",
			"Builders were cautious. The Housebuilders\u2019 Alliance, which represents developers, said in a statement it was concerned.",
			[]string{"Housebuilders\u2019 Alliance|indirect|it was concerned"}},
	})
}
