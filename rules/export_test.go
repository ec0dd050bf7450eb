package rules

// CatalogTexts is every text of lang's catalog as shown, for the edition test outside the
// package: each sentence with figures, the problems, the readings and their parts, the
// terms and the questions.
func CatalogTexts(lang Lang) []string {
	c := catalog(lang)
	var out []string
	for _, text := range c.text {
		out = append(out, Current.Fill(lang, text)) // {1} … stay: the figures given are not the edition's
	}
	for _, p := range c.problems {
		out = append(out, Current.Fill(lang, p))
	}
	for n := 1; n < len(c.readings); n++ {
		out = append(out, Current.Fill(lang, c.readings[n]))
	}
	for _, ws := range []words{c.readingParts, c.terms, c.questions} {
		for _, w := range ws {
			out = append(out, Current.Fill(lang, w.text))
		}
	}
	return out
}
