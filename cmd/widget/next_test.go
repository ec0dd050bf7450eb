//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// testContact is the contact the site under /widget is built with.
var testContact = map[rules.Lang]string{
	rules.Chinese: "稀土高新区科技创新局 0472-0000000",
	rules.English: "Zone S&T Innovation Bureau, +86 472 0000000",
}

// TestNextSteps: every earned item of the public examples carries its next steps, in
// Chinese and English, on screen and in print: what the department will check (the rules'
// words for its clause), the figures it rests on, and the contact the site was built
// with, or, with none, the department to ask; and no item that is not earned has them.
func TestNextSteps(t *testing.T) {
	ctx := browser(t)
	for _, base := range []string{"", "/widget"} {
		srv := serve(t, base)
		names := publicExamples
		if base != "" {
			names = []string{"magnet-maker"} // the contact given; the texts are the root's
		}
		for _, name := range names {
			a := decodeFile(t, examples+name+".answers.json")
			s := rules.Assess(a)
			for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
				do(t, ctx, chromedp.Navigate("about:blank"))
				open(t, ctx, srv.URL+base+"/?lang="+string(lang)+"#a="+sharelink.Encode(a))
				settle(t, ctx)
				want := rules.AskDepartment(lang)
				if base != "" {
					want = testContact[lang]
				}
				earned := 0
				for i := range s.Items {
					it := &s.Items[i]
					sel := `[data-item="` + string(it.ID) + `"] [data-next="` + string(it.ID) + `"]`
					n := js[int](t, ctx, `document.querySelectorAll('`+sel+`').length`)
					if !it.Eligible {
						if n != 0 {
							t.Errorf("%s %s %s: not earned, yet with next steps", name, lang, it.ID)
						}
						continue
					}
					earned++
					text := js[string](t, ctx, `document.querySelector('`+sel+`')?.textContent ?? ""`)
					for _, part := range []string{rules.NextChecks(lang, it.ID), want} {
						if !strings.Contains(text, part) {
							t.Errorf("%s %s %s: next steps %q lack %q", name, lang, it.ID, text, part)
						}
					}
					if it.ID == rules.RDGrowth && !strings.Contains(text, rules.Question(lang, "rd.lastYear")) {
						t.Errorf("%s %s %s: next steps %q lack the figures", name, lang, it.ID, text)
					}
				}
				if name != "empty" && earned == 0 {
					t.Fatalf("%s earns nothing", name)
				}
				// In print: each item's checks, and the contact once at the foot.
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
					t.Fatal(err)
				}
				shown := js[string](t, ctx, `(() => {
					const seen = e => e && e.getClientRects().length > 0;
					const out = [...document.querySelectorAll("[data-next]")].filter(e => !seen(e.querySelector(".next-checks"))).map(e => e.dataset.next);
					if (!seen(document.querySelector(".print-contact"))) out.push("the contact");
					return out.join(", ");
				})()`)
				if shown != "" {
					t.Errorf("%s %s: the printed page lacks the next steps of %s", name, lang, shown)
				}
				pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
				if err != nil {
					t.Fatal(err)
				}
				file := filepath.Join(t.TempDir(), "print.pdf")
				os.WriteFile(file, pdf.Data, 0o644)
				if info, _ := exec.Command("pdfinfo", file).Output(); !regexp.MustCompile(`Pages:\s+1\n`).Match(info) {
					t.Errorf("%s %s: the printed page is not one page:\n%s", name, lang, info)
				}
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
