package ingest_test

import "testing"

// Offices and descriptions written around a name: after the cue with the
// name set off, before an organisation's officer, after the name.
func TestOfficesAroundNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"inverted cue, the office then the name",
			"\"We will not sign a blank cheque,\" said the House minority whip, Dolores Achterberg. \"Not this year.\"",
			[]string{"Dolores Achterberg|direct|We will not sign a blank cheque", "Dolores Achterberg|direct|Not this year."}},
		{"an office of an association then the name, before the cue",
			"The national secretary of the Road Hauliers Guild of Ghana, Kofi Mensah Boateng, told reporters that drivers would park their trucks.",
			[]string{"Kofi Mensah Boateng|indirect|drivers would park their trucks"}},
		{"an organisation's officer after its name and place",
			"Bakers Union of Malta president Joanna Vella Camilleri said flour prices had doubled.",
			[]string{"Joanna Vella Camilleri|indirect|flour prices had doubled"}},
		{"a portfolio with the",
			"Minister of State for Fisheries and the Marine Ruairí Ó Donnchadha said the quota was fair.",
			[]string{"Ruairí Ó Donnchadha|indirect|the quota was fair"}},
		{"a local office before the name",
			"Corporator Meenal Patwardhan said the pipes had burst twice.\nSarpanch Ramdas Gaikwad said the well was dry.",
			[]string{"Meenal Patwardhan|indirect|the pipes had burst twice", "Ramdas Gaikwad|indirect|the well was dry"}},
		{"letters after the name, then the surname",
			"The party's finance spokesperson, Orla Breathnach TD, said the plan was costed.\n\"The numbers add up,\" Ms Breathnach said.",
			[]string{"Orla Breathnach|indirect|the plan was costed", "Orla Breathnach|direct|The numbers add up"}},
		{"identified only by a name the speaker gave",
			"A nurse at the district hospital, who asked to be identified only as Ms Rana, said the ward had no oxygen. \"We use our own phones as torches,\" she said.",
			[]string{"Rana|indirect|the ward had no oxygen", "Rana|direct|We use our own phones as torches"}},
	})
}

func TestDescribedBusinesses(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a business named after its description, then the company",
			"Bakery chain Crumbwell is to shut 12 shops, the company said on Monday.\nThe Leeds-based grocer said rents had risen by a third.",
			[]string{"Crumbwell|indirect|Bakery chain Crumbwell is to shut 12 shops", "Crumbwell|indirect|rents had risen by a third"}},
		{"a compass word opens a company's name",
			"Southern Ferries says it has cancelled all sailings until Friday.",
			[]string{"Southern Ferries|indirect|it has cancelled all sailings until Friday"}},
		{"an inverted cue with a relative set off by name",
			"The fire started in the kitchen, said her neighbour, Tomasz Wrobel.",
			[]string{"Tomasz Wrobel|indirect|The fire started in the kitchen"}},
	})
}

func TestDescriptionsOfNamedPeople(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a club's nickname and an informal office",
			"Harbourside lost 2-0 at home. Manager Colm Devlin watched from the stand.\nThe Gulls boss admitted his side had been second best.",
			[]string{"Colm Devlin|indirect|his side had been second best"}},
		{"an office written before a surname alone",
			"President Halvorsen is rolling out a new message. The president told supporters he would campaign in every county.",
			[]string{"Halvorsen|indirect|he would campaign in every county"}},
		{"a state and an office",
			"Senator Ruth Abernathy opposed the bill. The Ohio senator said it would raise costs.",
			[]string{"Ruth Abernathy|indirect|it would raise costs"}},
	})
}

func TestHongKongNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an English given name before the family name",
			"Secretary for Housing Winnie Tsang Mei-ling said the flats would be ready in 2027.\n\"We will not cut corners,\" Tsang said.",
			[]string{"Winnie Tsang Mei-ling|indirect|the flats would be ready in 2027", "Winnie Tsang Mei-ling|direct|We will not cut corners"}},
	})
}

func TestSubjectsWithOffices(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an organisation's officer as the subject of a participle cue",
			"Bus Owners Federation chairman Rafiq Chaudhry rejected the fare cut, saying fuel had doubled in a year.",
			[]string{"Rafiq Chaudhry|indirect|fuel had doubled in a year"}},
		{"a pronoun after a subject described with its portfolio and an aside",
			"City spokesperson Naledi Khumalo said the pumps had failed.\nMayoral committee member for water Sipho Dlamini, however, put the blame on residents. He said leaks cost the city a third of its water.",
			[]string{"Naledi Khumalo|indirect|the pumps had failed", "Sipho Dlamini|indirect|leaks cost the city a third of its water"}},
	})
}

func TestSplitAroundInvertedCue(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"the second part after an inverted cue, a new sentence",
			"\"The ferry is late again,\" said Ines Duarte, a commuter. \"It always is.\"\n\"We will fix it,\" said Paulo Reis, \"Before the summer.\"",
			[]string{"Ines Duarte|direct|The ferry is late again", "Ines Duarte|direct|It always is.", "Paulo Reis|direct|We will fix it", "Paulo Reis|direct|Before the summer."}},
	})
}

func TestClausesAroundCues(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a second cue after a quotation and but",
			"Chief Inspector Rhona Baird said that the footage did not show \"a clear view of the driver,\" but she said that witnesses had seen two men.",
			[]string{"Rhona Baird|mixed|the footage did not show \"a clear view of the driver", "Rhona Baird|indirect|witnesses had seen two men"}},
		{"a reduced relative after a quoted label",
			"The council had described the site as \"a wasteland,\" a label Dr Ama Owusu said was \"simply untrue.\"",
			[]string{"council|mixed|the site as \"a wasteland", "Ama Owusu|mixed|was \"simply untrue.\""}},
		{"a long relative clause between the name and the cue",
			"Dr. Ilse Marquardt, who as a young surgeon ran the field hospital in the northern province during the floods of 1998 and later retired from the army as a colonel, said that the supplies never arrived.",
			[]string{"Ilse Marquardt|indirect|the supplies never arrived"}},
	})
}

func TestGroupSubjects(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a group with a phrase joined by and",
			"Growers and exporters in the valley say the new levy, set by the port authority, will cost them millions.\nSpecialists on coastal erosion and flood defence said the wall would not last.",
			[]string{"Growers and exporters in the valley|indirect|the new levy, set by the port authority, will cost them millions",
				"Specialists on coastal erosion and flood defence|indirect|the wall would not last"}},
		{"those close to someone, and a modifier after that",
			"Those close to the mayor say that, after the vote, she would step down.",
			[]string{"those close to the mayor|indirect|after the vote, she would step down"}},
	})
}

func TestDescriptionsBeforeNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an informal office resolves to the latest manager described so",
			"Rovers boss Alan Pryce said his side had been robbed.\nCity manager Femi Okafor, unsurprisingly, saw it differently.\n\"It was a clear penalty,\" said Okafor.\nThe Bluebirds boss admitted his side had been second best.",
			[]string{"Alan Pryce|indirect|his side had been robbed", "Femi Okafor|direct|It was a clear penalty", "Femi Okafor|indirect|his side had been second best"}},
	})
}
