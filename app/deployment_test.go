package app

import (
	"strings"
	"testing"
	"time"

	"baotou-widget/rules"
)

// TestValidity: with the issue date, the notice says until when the measures run (two
// years, the anniversary's eve) and, from the day after, the results are warned; without
// it, the notice keeps to 附则三's words and no date appears anywhere.
func TestValidity(t *testing.T) {
	issued := Deployment{Issued: "2025-01-01"}
	if got := validity(rules.Chinese, issued); got != "本政策有效期至 2026年12月31日（附则三）。" {
		t.Errorf("zh validity: %q", got)
	}
	if got := validity(rules.English, issued); !strings.Contains(got, "valid until 31 December 2026") {
		t.Errorf("en validity: %q", got)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d.Add(23 * time.Hour) }
	if got := expiry(rules.Chinese, issued, day("2026-12-31")); got != "" {
		t.Errorf("on the last day: %q", got)
	}
	if got := expiry(rules.Chinese, issued, day("2027-01-01")); !strings.HasPrefix(got, "本政策已于 2026年12月31日到期") {
		t.Errorf("the day after: %q", got)
	}
	none := Deployment{}
	if got := validity(rules.Chinese, none); got != "本政策自印发之日起 2 年内有效（附则三）。" {
		t.Errorf("zh without the issue date: %q", got)
	}
	if got := expiry(rules.Chinese, none, day("2099-01-01")); got != "" {
		t.Errorf("an expiry without the issue date: %q", got)
	}
	if missing, err := none.Check(); err != nil || strings.Join(missing, " ") != "PUBLIC_URL CONTACT_ZH CONTACT_EN ISSUED" {
		t.Errorf("Check of nothing: %v, %v", missing, err)
	}
	if _, err := (Deployment{Issued: "2025-13-01"}).Check(); err == nil {
		t.Error("Check took a month 13")
	}
}
