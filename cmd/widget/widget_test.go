//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

const examples = "../../rules/examples/"

// TestFillMagnetMaker types the public example into the page and reads every figure back.
func TestFillMagnetMaker(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/", "magnet-maker")
	sameAsAssess(t, readResults(t, ctx), assessed(t, examples+"magnet-maker.answers.json"))
}

// TestLanguageSwitch: the texts change, the answers and figures stay.
func TestLanguageSwitch(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/", "magnet-maker")
	before := readResults(t, ctx)
	zhTitle := get(t, ctx, chromedp.Text(chromedp.CSS(`h1`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="en"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-lang="en"]`)))
	enTitle := get(t, ctx, chromedp.Text(chromedp.CSS(`h1`)))
	htmlLang := js[string](t, ctx, `document.documentElement.lang`)
	typed := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`)))
	if zhTitle == enTitle || !strings.Contains(enTitle, "Baotou") || htmlLang != "en" {
		t.Errorf("after switching: title %q (was %q), html lang %q", enTitle, zhTitle, htmlLang)
	}
	if typed != "1200" {
		t.Errorf("typed R&D now reads %q", typed)
	}
	if after := readResults(t, ctx); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("figures changed with the language:\n%v\n%v", before, after)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="zh"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-lang="zh"]`)))
	backTitle := get(t, ctx, chromedp.Text(chromedp.CSS(`h1`)))
	dataLang := attr(t, ctx, `[data-ready]`, "data-lang")
	htmlLang = js[string](t, ctx, `document.documentElement.lang`)
	if backTitle != zhTitle || dataLang != "zh" || htmlLang != "zh-CN" {
		t.Errorf("back in Chinese: title %q, data-lang %q, html lang %q", backTitle, dataLang, htmlLang)
	}
	if after := readResults(t, ctx); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Error("figures changed with the language and back")
	}
}

// TestRowsReadAsRules reads every result row as a person does (innerText, at a phone's
// width and a desktop's, every folded row opened) and compares it with the rules' own
// texts: the title, the reasons with their marks, the one-line reason of a folded row, the
// hint. A reason laid out in pieces, or a text the page mangles, reads differently; and
// nowhere on the page does a quoted Chinese term stand apart from its sentence.
func TestRowsReadAsRules(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	type rowText struct {
		Title   string   `json:"title"`
		Why     string   `json:"why"`
		Hint    string   `json:"hint"`
		Reasons []string `json:"reasons"`
		Marks   []string `json:"marks"`
	}
	checked := 0
	// Every example that earns or misses something distinct at a phone's width; two at a
	// desktop's, where the rows are laid out wider.
	for _, width := range []int64{360, 1280} {
		phone(t, ctx, width, 900)
		names := []string{"magnet-maker", "pilot-plant", "incubator-operator", "research-institute-outside"}
		if width > 360 {
			names = names[:2]
		}
		for _, name := range names {
			a := decodeFile(t, examples+name+".answers.json")
			s := rules.Assess(a)
			for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
				open(t, ctx, srv.URL+"/?lang="+string(lang)+"#a="+sharelink.Encode(a))
				js[bool](t, ctx, `document.querySelectorAll("details").forEach(d => d.open = true), true`)
				settle(t, ctx)
				rows := js[map[string]rowText](t, ctx, `Object.fromEntries([...document.querySelectorAll("[data-item]")].map(e => {
					const text = sel => { const n = e.querySelector(sel); return n ? n.innerText : "" };
					const lis = [...e.querySelectorAll(".reasons li")];
					return [e.dataset.item, {title: text(".title"), why: text(".why-line"), hint: text(".hint span"),
						reasons: lis.map(li => li.innerText), marks: lis.map(li => li.className)}];
				}))`)
				// A Chinese term quoted in English laid out as a flex item of its own sits apart
				// from its sentence: "above-scale industrial enterprise (   规模以上工业企业   )".
				if apart := js[[]string](t, ctx, `[...document.querySelectorAll('body span[lang="zh-CN"]')].filter(e =>
						/flex|grid/.test(getComputedStyle(e.parentElement).display)).map(e => e.parentElement.innerText)`); len(apart) > 0 {
					t.Errorf("%s %s %dpx: Chinese terms laid out apart from their text in %q", name, lang, width, apart)
				}
				for i := range s.Items {
					it := &s.Items[i]
					where := fmt.Sprintf("%s %s %dpx %s", name, lang, width, it.ID)
					got, ok := rows[string(it.ID)]
					if !ok {
						t.Errorf("%s: no row", where)
						continue
					}
					want := rowText{Title: rules.Title(lang, it.ID), Marks: []string{}, Reasons: []string{}}
					for _, r := range it.Reasons {
						want.Reasons = append(want.Reasons, r.Text(lang))
						want.Marks = append(want.Marks, [...]string{rules.Met: "met", rules.Unmet: "unmet", rules.Note: "note"}[r.Mark])
						if r.Mark == rules.Unmet && want.Why == "" && !it.Eligible && !it.Near {
							want.Why = r.Text(lang)
						}
					}
					if it.Hint != nil {
						want.Hint = it.Hint.Text(lang)
					}
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("%s reads\n%+v\nwant\n%+v", where, got, want)
					}
					checked++
				}
			}
		}
	}
	t.Logf("%d rows read", checked)
}

// TestClearEmptiesEveryInput: clearing answers leaves nothing on screen or in the figures.
func TestClearEmptiesEveryInput(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/", "magnet-maker")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-total="0.00"]`)))
	left := js[[]string](t, ctx, `[...document.querySelectorAll("[data-q]")].filter(e =>
			e.type === "checkbox" ? e.checked : e.value !== "").map(e => e.dataset.q)`)
	if len(left) > 0 {
		t.Errorf("inputs still answered after clearing: %v", left)
	}
	if s := readResults(t, ctx); s.TotalUpTo != "0.00" {
		t.Errorf("up-to total %s after clearing", s.TotalUpTo)
	}
}

// TestOffline: once visited, the page comes back from the service worker with the server
// stopped, at the root and under a sub-path, with a query and at deep links.
func TestOffline(t *testing.T) {
	for _, base := range []string{"", "/widget"} {
		t.Run("base="+base, func(t *testing.T) {
			srv := serve(t, base)
			ctx := browser(t)
			open(t, ctx, srv.URL+base+"/")
			waitForOfflineCache(t, ctx)
			srv.Close()
			for _, page := range []struct{ path, lang string }{{"/", "zh"}, {"/?lang=en", "en"}, {"/brief?lang=en", "en"}, {"/officers", "zh"}} {
				open(t, ctx, srv.URL+base+page.path)
				if lang := attr(t, ctx, `[data-ready]`, "data-lang"); lang != page.lang {
					t.Errorf("offline %s: language %q, want %q", page.path, lang, page.lang)
				}
			}
		})
	}
}

// waitForOfflineCache waits until the service worker is active and has cached the page.
func waitForOfflineCache(t *testing.T, ctx context.Context) {
	t.Helper()
	ok := js[bool](t, ctx, `(async () => {
		const reg = await navigator.serviceWorker.ready;
		for (let i = 0; i < 200; i++) {
			const keys = await caches.keys();
			if (reg.active && reg.active.state === "activated" && keys.length > 0) {
				const cache = await caches.open(keys[0]);
				if ((await cache.keys()).some(r => r.url.endsWith("/web/app.wasm"))) return true;
			}
			await new Promise(r => setTimeout(r, 100));
		}
		return false;
	})()`)
	if !ok {
		t.Fatal("the service worker did not cache the site")
	}
}

// TestUpdateNotice publishes a new version under an open page: the new worker installs and
// the page offers to reload.
func TestUpdateNotice(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(sites[""])); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewSiteServer(dir, ""))
	t.Cleanup(srv.Close)
	ctx := browser(t)
	open(t, ctx, srv.URL+"/?lang=en")
	waitForOfflineCache(t, ctx)
	open(t, ctx, srv.URL+"/?lang=en") // now under the worker's control
	if n := js[int](t, ctx, `document.querySelectorAll(".update p").length`); n != 0 {
		t.Fatal("an update is announced before there is one")
	}
	// A new build: another public address gives another version, so another worker.
	if out, err := exec.Command(siteWriter, "static", "-out", dir, "-web", "../../web", "-public-url", "https://new.example.cn").CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	js[chromedp.Void](t, ctx, `navigator.serviceWorker.getRegistration().then(r => r.update())`)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`.update button`)))
	if text := get(t, ctx, chromedp.Text(chromedp.CSS(`.update p`))); !strings.Contains(text, "new version") {
		t.Errorf("update notice reads %q", text)
	}
}
