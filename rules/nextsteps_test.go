package rules

import (
	"strings"
	"testing"
)

// TestNextChecks: every item has its next step in both languages, led by its own clause,
// and the Chinese one quotes the clause's words that the department checks.
func TestNextChecks(t *testing.T) {
	quotes := map[ItemID]string{
		PilotPlatformItem: "设备购置费用",
		RDGrowth:          "所享受的研发费用加计扣除的研发投入",
		RDScale:           "所享受的研发费用加计扣除的研发投入",
		LoanInterest:      "实际支付的贷款利息",
		HTE:               "有效期内的高新技术企业证书",
	}
	for _, r := range itemRules {
		zh, en := NextChecks(Chinese, r.id), NextChecks(English, r.id)
		if !strings.HasPrefix(zh, "第"+ClauseNumeral(r.measure)+"条：") || !strings.HasPrefix(en, "Clause "+ClauseNo(English, r.measure)+": ") {
			t.Errorf("%s: next checks not led by clause %d:\n%s\n%s", r.id, r.measure, zh, en)
		}
		if q := quotes[r.id]; q != "" && !strings.Contains(zh, q) {
			t.Errorf("%s: %q does not quote %q", r.id, zh, q)
		}
	}
	if !strings.Contains(AskDepartment(Chinese), "稀土高新区科技部门") || AskDepartment(English) == "" {
		t.Errorf("ask the department: %q, %q", AskDepartment(Chinese), AskDepartment(English))
	}
}
