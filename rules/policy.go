package rules

import (
	_ "embed"
	"strings"
)

// policyText is the policy as published, part of the program so that the original text
// of every clause is at hand offline.
//
//go:embed policy/eight-measures.zh.md
var policyText string

// ClauseSupplementary is the index of 附则 among the clauses.
const ClauseSupplementary = 9

// Clause is one clause of the policy as published.
type Clause struct {
	Heading    string
	Paragraphs []string
}

// parsePolicy splits the policy at its "## " headings. A paragraph the source breaks in
// mid-sentence (no closing punctuation) is joined to the next.
func parsePolicy(text string) [10]Clause {
	var out [10]Clause
	current := -1
	var para strings.Builder
	flush := func() {
		if current >= 0 && para.Len() > 0 {
			out[current].Paragraphs = append(out[current].Paragraphs, para.String())
			para.Reset()
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if heading, ok := strings.CutPrefix(line, "## "); ok {
			flush()
			heading = strings.Trim(heading, "* ")
			current = clauseIndex(heading)
			if current >= 0 {
				out[current].Heading = heading
			}
			continue
		}
		if line == "" || current < 0 {
			if endsSentence(para.String()) {
				flush()
			}
			continue
		}
		para.WriteString(line)
	}
	flush()
	return out
}

func endsSentence(p string) bool {
	for _, end := range []string{"。", "；", "：", ")", "）"} {
		if strings.HasSuffix(p, end) {
			return true
		}
	}
	return false
}

// clauseIndex reads the clause a heading opens: 一 … 八 give 1 … 8, 附则 gives 9.
func clauseIndex(heading string) int {
	if strings.HasPrefix(heading, "附则") {
		return ClauseSupplementary
	}
	for n := 1; n <= 8; n++ {
		if strings.HasPrefix(heading, ClauseNumeral(n)+"、") {
			return n
		}
	}
	return -1
}
