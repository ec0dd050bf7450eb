package rules

import (
	"strings"
	"testing"
)

func TestPolicyClauses(t *testing.T) {
	for n := 1; n <= ClauseSupplementary; n++ {
		c := Current.Clauses[n]
		if c.Heading == "" || len(c.Paragraphs) == 0 {
			t.Errorf("clause %d: heading %q, %d paragraphs", n, c.Heading, len(c.Paragraphs))
		}
	}
	if !strings.Contains(Current.Clauses[6].Paragraphs[0], "按研发投入的 7‰ 进行补助") {
		t.Errorf("clause 六 text: %q", Current.Clauses[6].Paragraphs)
	}
	// 四 is broken mid-sentence in the source; it reads as one paragraph.
	if !strings.Contains(strings.Join(Current.Clauses[4].Paragraphs, ""), "中试熟化—产业化生产") {
		t.Errorf("clause 四 not joined: %q", Current.Clauses[4].Paragraphs)
	}
	if len(Current.Clauses[ClauseSupplementary].Paragraphs) != 3 {
		t.Errorf("附则 has %d paragraphs", len(Current.Clauses[ClauseSupplementary].Paragraphs))
	}
}
