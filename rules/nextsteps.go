package rules

// NextChecks says what the zone's department will check before it pays item id, in the
// words of the item's clause, led by the clause: an earned item's next step.
func NextChecks(lang Lang, id ItemID) string { return nextText(lang, string(id)) }

// AskDepartment is whom to ask where the deployment names no contact: the department
// that interprets the policy (附则二), never an office or a number made up.
func AskDepartment(lang Lang) string { return nextText(lang, "contact") }

func nextText(lang Lang, key string) string {
	ws := chineseNext
	if lang == English {
		ws = englishNext
	}
	for _, w := range ws {
		if w.key == key {
			return w.text
		}
	}
	return ""
}
