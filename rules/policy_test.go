package rules

import (
	"strings"
	"testing"
)

func TestPolicyClauses(t *testing.T) {
	for n := 1; n <= ClauseSupplementary; n++ {
		c := clauses[n]
		if c.Heading == "" || len(c.Paragraphs) == 0 {
			t.Errorf("clause %d: heading %q, %d paragraphs", n, c.Heading, len(c.Paragraphs))
		}
	}
	if !strings.Contains(clauses[6].Paragraphs[0], "按研发投入的 7‰ 进行补助") {
		t.Errorf("clause 六 text: %q", clauses[6].Paragraphs)
	}
	// 四 is broken mid-sentence in the source; it reads as one paragraph.
	if !strings.Contains(strings.Join(clauses[4].Paragraphs, ""), "中试熟化—产业化生产") {
		t.Errorf("clause 四 not joined: %q", clauses[4].Paragraphs)
	}
	if len(clauses[ClauseSupplementary].Paragraphs) != 3 {
		t.Errorf("附则 has %d paragraphs", len(clauses[ClauseSupplementary].Paragraphs))
	}
}
