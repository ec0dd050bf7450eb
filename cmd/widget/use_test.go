//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// The widget where enterprises meet it: in a phone's browser, and inside the park's page.

// TestReloadKeepsAnswers: a reload, or a tab the phone put to sleep, keeps every answer in
// the same tab; a new tab starts empty.
func TestReloadKeepsAnswers(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/?lang=en", "magnet-maker")
	want := readResults(t, ctx)
	open(t, ctx, srv.URL+"/?lang=en")
	if got := readResults(t, ctx); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after a reload:\n%v\nwant\n%v", got, want)
	}
	if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`))); v != "1200" {
		t.Errorf("after a reload the R&D field reads %q", v)
	}
	if got := readResults(t, newTab(t, ctx, srv.URL+"/?lang=en")); got.TotalUpTo != "0.00" {
		t.Errorf("a new tab starts with answers: %s", got.TotalUpTo)
	}
}

// TestLinkFollowsEdits: once the answers of a link change, the address stops carrying the
// old ones, a reload keeps the edits, and the totals bar takes the user to the results
// without touching the address.
func TestLinkFollowsEdits(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	phone(t, ctx, 360, 760)
	open(t, ctx, srv.URL+"/?lang=en")
	open(t, ctx, srv.URL+"/?lang=en#a="+sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json")))
	if h := js[string](t, ctx, `location.hash`); !strings.HasPrefix(h, "#a=1~") {
		t.Fatalf("the link's address reads %q", h)
	}
	retype(t, ctx, "rd.thisYear", "1500")
	settle(t, ctx)
	if h := js[string](t, ctx, `location.hash`); h != "" {
		t.Errorf("after an edit the address still carries %q", h)
	}
	open(t, ctx, srv.URL+"/?lang=en")
	if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`))); v != "1500" {
		t.Errorf("after a reload the edited R&D reads %q", v)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`.to-results`)))
	settle(t, ctx)
	if h := js[string](t, ctx, `location.hash`); h != "" {
		t.Errorf("the totals bar replaced the address's fragment with %q", h)
	}
	if !js[bool](t, ctx, `(() => { const r = document.getElementById("results-title").getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight && document.activeElement.id === "results-title" })()`) {
		t.Error("the totals bar did not take the user and the focus to the results")
	}
}

// TestClearThenUndo: clearing asks nothing and can be undone, every answer back.
func TestClearThenUndo(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/?lang=en", "pilot-plant")
	want := readResults(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-action="undo"]`)))
	if s := readResults(t, ctx); s.TotalUpTo != "0.00" {
		t.Errorf("cleared, the up-to total is %s", s.TotalUpTo)
	}
	if msg := get(t, ctx, chromedp.Text(chromedp.CSS(`#action-status`))); !strings.Contains(msg, "cleared") {
		t.Errorf("clearing says %q", msg)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="undo"]`)))
	if got := readResults(t, ctx); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after undo:\n%v\nwant\n%v", got, want)
	}
	if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`))); v != "6000" {
		t.Errorf("after undo the R&D field reads %q", v)
	}
	if id := js[string](t, ctx, `document.activeElement.id`); id != "action-clear" {
		t.Errorf("after undo the focus is on %q", id)
	}
}

// TestUnderstoodFigures: under each amount, the figure as it was read; a gentle note for
// a figure that looks typed in the wrong unit; separators in the wrong place refused.
func TestUnderstoodFigures(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/", "magnet-maker")
	note := func(path, part string) string {
		return js[string](t, ctx, `document.getElementById("`+inputID(path)+`-`+part+`").textContent`)
	}
	if got := note("rd.thisYear", "read"); got != "即 1,200 万元（¥12,000,000）" {
		t.Errorf("R&D read as %q", got)
	}
	retype(t, ctx, "loanInterest", "300000") // 30 亿元 of interest: typed in 元?
	retype(t, ctx, "techContracts", "12000000")
	settle(t, ctx)
	for _, path := range []string{"loanInterest", "techContracts"} {
		if got := note(path, "check"); !strings.Contains(got, "请检查单位") {
			t.Errorf("%s: no note on the unit: %q", path, got)
		}
	}
	// "1,2" may be "1,234" on its way: refused once the field is left, not before.
	retype(t, ctx, "rd.revenue", "1,2")
	settle(t, ctx)
	if got := note("rd.revenue", "problem"); got != "" {
		t.Errorf(`"1,2" is refused while typed: %q`, got)
	}
	js[chromedp.Void](t, ctx, `document.getElementById("org-name").focus()`)
	waitUntil(t, ctx, `document.querySelector('[data-q="rd.revenue"]').getAttribute("aria-invalid") === "true"`)
	if got := note("rd.revenue", "problem"); !strings.Contains(got, "千位分隔符") {
		t.Errorf(`"1,2" left is not refused: %q`, got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="en"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-lang="en"]`)))
	if got := note("rd.thisYear", "read"); got != "= RMB 12,000,000" {
		t.Errorf("in English, R&D read as %q", got)
	}
	// The unit is part of the field's description.
	unit := js[string](t, ctx, `(() => { const i = document.querySelector('[data-q="rd.thisYear"]');
		return i.getAttribute("aria-describedby").split(" ").map(id => document.getElementById(id)).filter(Boolean)[0].textContent })()`)
	if unit != "RMB 10,000 (万元)" {
		t.Errorf("the R&D field is described first by %q, not its unit", unit)
	}
}

// TestTapTargets: at 360 px every control is at least 44 × 44 px to a finger (a
// checkbox's label is its target).
func TestTapTargets(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	phone(t, ctx, 360, 760)
	for _, path := range []string{"/?lang=en#a=" + sharelink.Encode(decodeFile(t, examples+"pilot-plant.answers.json")), "/brief", "/officers", "/officers?example&lang=en"} {
		open(t, ctx, srv.URL+path)
		if strings.Contains(path, "example") { // the forecast the batch worker draws: its sort buttons and downloads
			waitUntil(t, ctx, `document.querySelector("[data-batch-download=csv]")`)
		}
		small := js[[]string](t, ctx, `[...document.querySelectorAll("input, select, button, a[href], summary")].filter(e => {
			if (e.closest(".visually-hidden") || e.classList.contains("visually-hidden") || e.offsetParent === null && getComputedStyle(e).position !== "fixed") return false;
			const target = e.type === "checkbox" ? document.querySelector('label[for="' + e.id + '"]') : e;
			const r = target.getBoundingClientRect();
			return r.width < 44 || r.height < 43.5;
		}).map(e => e.tagName + "#" + (e.id || e.textContent.trim().slice(0, 20)) + " " + Math.round(e.getBoundingClientRect().width) + "x" + Math.round(e.getBoundingClientRect().height))`)
		if len(small) > 0 {
			t.Errorf("%s: controls smaller than 44 × 44 px: %v", path, small)
		}
	}
}

// TestLoadingShowsPage: while the WebAssembly arrives on a slow link, the prerendered
// questionnaire is there to read, under a slim loading bar, and cannot be typed into; the
// totals bar says that the calculator is loading.
func TestLoadingShowsPage(t *testing.T) {
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			<-release
		}
		NewSiteServer(sites[""], "").ServeHTTP(w, r)
	})
	srv := httptestServer(t, slow)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#app-wasm-loader`)))
	loading := js[map[string]any](t, ctx, `(() => ({
		loader: document.getElementById("app-wasm-loader").getBoundingClientRect().height,
		heading: document.getElementById("profile-title").getBoundingClientRect().top,
		inert: document.querySelector("form.questions").inert,
		bar: document.getElementById("totals-bar").textContent,
		text: document.getElementById("measure-6-title").textContent }))()`)
	close(release)
	if loader := loading["loader"].(float64); loader > 40 {
		t.Errorf("the loader covers %vpx of the page", loader)
	}
	if bar := loading["bar"].(string); !strings.Contains(bar, "正在加载") {
		t.Errorf("while loading, the totals bar says %q, not that the calculator is loading", bar)
	}
	if top := loading["heading"].(float64); top > 1000 || top < 0 {
		t.Errorf("the questionnaire is not in view while loading (heading at %v)", top)
	}
	if loading["inert"] != true || !strings.Contains(loading["text"].(string), "研发") {
		t.Errorf("while loading: %v", loading)
	}
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-ready]`)))
	if js[bool](t, ctx, `document.querySelector("form.questions").inert`) {
		t.Error("the questions stay inert once the program runs")
	}
	if bar := js[string](t, ctx, `document.getElementById("totals-bar").textContent`); strings.Contains(bar, "正在加载") {
		t.Errorf("once the program runs, the totals bar still says %q", bar)
	}
}

// TestEmbedScript: in a 760 px column of a page on another origin, through embed.js, the
// two totals stay on the host's screen at every question of the magnet-maker answers, and
// a tap on them brings the results into the host's view.
func TestEmbedScript(t *testing.T) {
	srv := serve(t, "")
	host := hostPage(t, `<header style="height:320px;background:#ddd">The park</header>
<div style="width:800px;padding:0 20px;box-sizing:border-box"><div data-baotou-widget data-lang="en"></div></div>
<footer style="height:900px;background:#eee">Footer</footer>
<script src="`+srv.URL+`/embed.js" async></script>`)
	ctx := crossOriginBrowser(t)
	do(t, ctx, chromedp.Navigate(host), chromedp.WaitVisible(chromedp.CSS(`iframe`)))
	in := chromedp.FromNode(frameDocument(t, ctx))
	frame := frameElement(t, ctx)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-ready]`), in))
	if w := js[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().width`); w != 760 {
		t.Errorf("the iframe is %vpx wide", w)
	}
	a := decodeFile(t, examples+"magnet-maker.answers.json")
	steps := 0
	fillIn(t, ctx, a, frame, func(path string) {
		steps++
		// The bar's place on the host's screen: the frame's place there plus the bar's in it.
		top := js[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().top`) +
			jsIn[float64](t, ctx, frame, `document.querySelector(".totals-bar").getBoundingClientRect().top`)
		height := jsIn[float64](t, ctx, frame, `document.querySelector(".totals-bar").getBoundingClientRect().height`)
		view := js[float64](t, ctx, `innerHeight`)
		if top < -1 || top+height > view+1 || height < 40 {
			t.Errorf("after %s the totals bar stands at %.0f–%.0f of a %.0fpx window", path, top, top+height, view)
		}
		bar := jsIn[string](t, ctx, frame, `document.querySelector(".totals-bar strong").textContent`)
		total := jsIn[string](t, ctx, frame, `document.querySelector("[data-total] .big").textContent`)
		if bar != total {
			t.Errorf("after %s the bar shows %q, the results %q", path, bar, total)
		}
		if path == "rd.thisYear" {
			keepShot(t, ctx, "embedded-typing", false)
		}
	})
	if steps < 10 {
		t.Errorf("only %d steps checked", steps)
	}
	sameAsAssess(t, readResultsIn(t, ctx, frame), assessed(t, examples+"magnet-maker.answers.json"))

	// With the keyboard, each control reached stands in the host's window, clear of the bar.
	jsIn[bool](t, ctx, frame, `document.querySelector("#org-name").scrollIntoView({block: "center"}), true`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#org-name`), in))
	for i := range 40 {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		settleIn(t, ctx, frame)
		frameTop := js[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().top`)
		at := jsIn[struct {
			Name    string  `json:"name"`
			Top     float64 `json:"top"`
			Bottom  float64 `json:"bottom"`
			Covered bool    `json:"covered"`
		}](t, ctx, frame, `(() => { const e = document.activeElement, r = e.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return {name: e.id || e.dataset.q || e.tagName, top: r.top, bottom: r.bottom, covered: !(hit && (e.contains(hit) || hit.contains(e) || hit.control === e))}; })()`)
		if view := js[float64](t, ctx, `innerHeight`); at.Covered || frameTop+at.Top < 0 || frameTop+at.Bottom > view {
			t.Errorf("Tab %d: %s stands at %.0f–%.0f of the host's %.0fpx window, covered: %v", i+1, at.Name, frameTop+at.Top, frameTop+at.Bottom, view, at.Covered)
		}
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`.to-results`), in))
	settleIn(t, ctx, frame)
	top := js[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().top`) +
		jsIn[float64](t, ctx, frame, `document.getElementById("results-title").getBoundingClientRect().top`)
	if top < 0 || top > js[float64](t, ctx, `innerHeight`)/2 {
		t.Errorf("after a tap on the bar the results' title stands at %.0f on the host's screen", top)
	}
}

// TestEmbedScriptPhone: TestEmbedScript's phone case. On a 360×740 touch screen, in a host
// page of another origin with a viewport meta, a tap on a box or a text field, and a key
// typed, move the host page no more than it takes to keep the control clear of the
// totals bar (the bar once stood 2,590–3,837 px tall there, and each tap threw the host
// thousands of pixels down); a tap on the bar brings the results' top into view.
func TestEmbedScriptPhone(t *testing.T) {
	srv := serve(t, "")
	host := hostPage(t, `<meta name="viewport" content="width=device-width, initial-scale=1">
<header style="height:420px;background:#234;color:#fff">包头稀土高新区 · 科技创新</header>
<main><p>政策自评：</p><div data-baotou-widget></div></main>
<footer style="height:600px;background:#eee">页脚</footer>
<script src="`+srv.URL+`/embed.js" async></script>`)
	ctx := crossOriginBrowser(t)
	phone(t, ctx, 360, 740)
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(host), chromedp.WaitVisible(chromedp.CSS(`iframe`)))
	in := chromedp.FromNode(frameDocument(t, ctx))
	frame := frameElement(t, ctx)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-ready]`), in), chromedp.WaitVisible(chromedp.CSS(`html.hosted`), in))
	if w := js[float64](t, ctx, `innerWidth`); w != 360 {
		t.Fatalf("the host's window is %vpx wide", w)
	}
	const frameTop = `document.querySelector("iframe").getBoundingClientRect().top`
	// settled waits until the host and the frame have heard each other, and the frame
	// has heard where the host's window now stands.
	settled := func() {
		t.Helper()
		settleIn(t, ctx, frame)
		want := js[float64](t, ctx, `Math.max(0, -`+frameTop+`)`)
		awaitIn(t, ctx, frame, fmt.Sprintf(`Math.abs(parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--view-top")) - %f) <= 1`, want))
	}
	// where is a control's box and the bar's on the host's screen.
	type place struct{ Top, Bottom, X, Y, BarTop, BarHeight float64 }
	where := func(sel string) place {
		t.Helper()
		p := jsIn[place](t, ctx, frame, `(() => { const r = document.querySelector(`+jsString(sel)+`).getBoundingClientRect(),
			b = document.getElementById("totals-bar").getBoundingClientRect();
			return {Top: r.top, Bottom: r.bottom, X: r.left + r.width / 2, Y: r.top + r.height / 2, BarTop: b.top, BarHeight: b.height}; })()`)
		top := js[float64](t, ctx, frameTop)
		p.Top, p.Bottom, p.Y, p.BarTop = p.Top+top, p.Bottom+top, p.Y+top, p.BarTop+top
		return p
	}
	view := js[float64](t, ctx, `innerHeight`)
	// room is what may show below a control besides it: the rest of its question (a line
	// of help, the line that says how a figure was understood) and a margin.
	const room = 80
	// steady runs act on the control at sel, put at the fraction at of the host's window
	// first, and checks that the host moved no more than keeping it clear of the bar takes.
	steady := func(what, sel string, at float64, act func(p place)) {
		t.Helper()
		do(t, ctx, chromedp.WaitVisible(chromedp.CSS(sel), in))
		p := where(sel)
		js[chromedp.Void](t, ctx, fmt.Sprintf(`scrollBy(0, %f)`, p.Y-at*view))
		settled()
		p = where(sel)
		if p.BarHeight > 200 || p.BarTop+p.BarHeight > view+1 || p.BarTop+p.BarHeight < view-1 {
			t.Errorf("before %s the totals bar stands at %.0f–%.0f of the host's %.0fpx window", what, p.BarTop, p.BarTop+p.BarHeight, view)
		}
		before := js[float64](t, ctx, `scrollY`)
		act(p)
		settled()
		moved := js[float64](t, ctx, `scrollY`) - before
		needed := max(0, p.Bottom+room-p.BarTop)
		after := where(sel)
		covered := jsIn[bool](t, ctx, frame, `(() => { const e = document.querySelector(`+jsString(sel)+`), r = e.getBoundingClientRect(),
			hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return !(hit && (e.contains(hit) || hit.control === e)); })()`)
		t.Logf("%s at %.0f–%.0f: the host moved %.0f px (up to %.0f needed)", what, p.Top, p.Bottom, moved, needed)
		if moved < -1 || moved > needed+1 {
			t.Errorf("%s at %.0f–%.0f of the host's window moved the host %.0f px; keeping it clear of the bar (at %.0f) takes %.0f", what, p.Top, p.Bottom, moved, p.BarTop, needed)
		}
		if covered || after.Top < 0 || after.Bottom > after.BarTop {
			t.Errorf("after %s the control stands at %.0f–%.0f, the bar at %.0f, covered: %v", what, after.Top, after.Bottom, after.BarTop, covered)
		}
	}
	tap := func(p place) {
		t.Helper()
		points := []*input.TouchPoint{{X: p.X, Y: p.Y}}
		for _, e := range []input.DispatchTouchEventParams{{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: points}, {Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}}} {
			if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	js[chromedp.Void](t, ctx, `scrollTo(0, 700)`)
	settled()
	steady("tapping 在稀土高新区依法登记注册并经营", `[data-q="inZone"]`, .5, tap)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-q="inZone"]:checked`), in))
	jsIn[bool](t, ctx, frame, `(s => (s.value = "enterprise", s.dispatchEvent(new Event("change", {bubbles: true})), true))(document.querySelector('[data-q="orgType"]'))`)
	steady("tapping 规上工业企业", `[data-q="aboveScaleIndustrial"]`, .6, tap)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-q="aboveScaleIndustrial"]:checked`), in))
	// A field low on the screen, just above the bar, its help and its note under the bar:
	// the host brings the question just clear.
	steady("tapping a text field", `[data-q="rd.thisYear"]`, .86, tap)
	if id := jsIn[string](t, ctx, frame, `document.activeElement.dataset.q || ""`); id != "rd.thisYear" {
		t.Fatalf("the tap focused %q", id)
	}
	keepShot(t, ctx, "embedded-phone-tapped", false)
	steady("a key", `[data-q="rd.thisYear"]`, .5, func(place) { do(t, ctx, chromedp.KeyEvent("1")) })
	awaitIn(t, ctx, frame, `document.getElementById("q-rd-thisYear-read").textContent !== ""`)
	// The bar's tap: the results' title near the top of the host's window.
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`.to-results`), in))
	tap(where(`.to-results`))
	awaitIn(t, ctx, frame, `document.activeElement.id === "results-title"`)
	settled()
	if p := where(`#results-title`); p.Top < 0 || p.Top > view/3 {
		t.Errorf("after a tap on the bar the results' title stands at %.0f of the host's %.0fpx window", p.Top, view)
	}
}

// TestEmbedBareIframe: an iframe put in the page without embed.js works too; its totals
// bar sits at the frame's top.
func TestEmbedBareIframe(t *testing.T) {
	srv := serve(t, "")
	host := hostPage(t, `<iframe src="`+srv.URL+`/?embed=1&lang=en" style="width:760px;border:0;height:2400px" title="widget"></iframe>`)
	ctx := crossOriginBrowser(t)
	do(t, ctx, chromedp.Navigate(host))
	in := chromedp.FromNode(frameDocument(t, ctx))
	frame := frameElement(t, ctx)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-ready]`), in))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-q="inZone"]`), in), chromedp.Click(chromedp.CSS(`[data-q="conceptCenter"]`), in),
		chromedp.WaitVisible(chromedp.CSS(`[data-total-upto="200000.00"]`), in))
	if top := jsIn[float64](t, ctx, frame, `document.querySelector(".totals-bar").getBoundingClientRect().top + scrollY`); top > 60 {
		t.Errorf("in a bare iframe the totals bar stands %.0fpx down the frame", top)
	}
	if bar := jsIn[string](t, ctx, frame, `document.querySelector(".totals-bar").textContent`); !strings.Contains(bar, "RMB 200,000") {
		t.Errorf("the bar reads %q", bar)
	}
}

// hostPage serves a page of the park's on another origin (127.0.0.2) and gives its address.
func hostPage(t *testing.T, body string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><html lang="en"><meta charset="utf-8"><title>Park</title>
<style>body{margin:0;font-family:sans-serif}</style><script>window.heights = [];
addEventListener("message", e => { if (e.data && e.data.type === "baotou-widget:height") { heights.push(e.data.height);
const f = document.querySelector("iframe:not([data-sized])"); if (f && !document.querySelector("[data-baotou-widget]")) f.style.height = e.data.height + "px"; } });</script>
%s`, body)
	})}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return "http://" + l.Addr().String() + "/"
}

// crossOriginBrowser is a Chromium whose cross-origin frames live in the page's process,
// where the DevTools reach into them (with site isolation on, they are targets of their
// own that chromedp's queries do not enter).
func crossOriginBrowser(t *testing.T) context.Context {
	return browser(t, chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"), chromedp.Flag("disable-site-isolation-trials", true),
		chromedp.WindowSize(1280, 800))
}

// frameElement is the page's iframe element, whose frame jsIn evaluates in.
func frameElement(t *testing.T, ctx context.Context) *chromedp.Node {
	t.Helper()
	frameDocument(t, ctx) // loaded
	return get(t, ctx, chromedp.Nodes(chromedp.CSS(`iframe`)))[0]
}

// jsIn evaluates an expression in the document of a frame (its iframe element).
func jsIn[T any](t *testing.T, ctx context.Context, frame *chromedp.Node, expr string) T {
	t.Helper()
	v := get(t, ctx, chromedp.Poll[struct {
		V T `json:"v"`
	}](`({v: (`+expr+`)})`, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(30*time.Second)))
	return v.V
}

// awaitIn evaluates an expression, a promise of true, in the document of a frame and
// waits for it.
func awaitIn(t *testing.T, ctx context.Context, frame *chromedp.Node, expr string) {
	t.Helper()
	get(t, ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(time.Minute)))
}

// settleIn is settle for the widget in frame and the host page around it: the widget has
// done and drawn what the test did; the host has had every message the widget posted
// (its height, where to scroll), scrolled and painted; and the widget has had every
// message the host posted back (the part of it the host shows). Messages from one window
// to another arrive in the order they were posted, so a mark posted after them arrives
// after them.
func settleIn(t *testing.T, ctx context.Context, frame *chromedp.Node) {
	t.Helper()
	const mark = `window.__mark = new Promise(resolve => addEventListener("message", function m(e) {
		if (e.data && e.data.type === "test:mark") { removeEventListener("message", m); resolve(true); }
	}))`
	// Within a frame the test polls: a page that did not settle throws what it found.
	settledIn := settleJS("{}") + `.then(s => { if (s) throw new Error("the page did not settle: " + s); return true })`
	awaitIn(t, ctx, frame, settledIn)
	js[bool](t, ctx, mark+`, true`)
	awaitIn(t, ctx, frame, `(parent.postMessage({type: "test:mark"}, "*"), true)`)
	js[bool](t, ctx, `window.__mark.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))`)
	awaitIn(t, ctx, frame, mark+`, true`)
	js[bool](t, ctx, `document.querySelector("iframe").contentWindow.postMessage({type: "test:mark"}, "*"), true`)
	awaitIn(t, ctx, frame, `window.__mark.then(() => `+settledIn+`)`)
}

// phone makes the tab a phone's screen of width × height.
func phone(t *testing.T, ctx context.Context, width, height int64) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
}

// retype replaces what a number field holds by typing, as a person would, and waits
// until the page has followed the last key.
func retype(t *testing.T, ctx context.Context, path, text string) {
	t.Helper()
	sel := fmt.Sprintf(`[data-q=%q]`, path)
	js[chromedp.Void](t, ctx, `document.querySelector('`+sel+`').select()`)
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(sel), text))
	settle(t, ctx)
}

// inputID is the id of a field's input, as the page writes it.
func inputID(path string) string { return "q-" + strings.ReplaceAll(path, ".", "-") }

// TestUnitSwitch: switching from 万元 to 元 rewrites every typed amount in the new unit and
// says so at the top, and no figure moves; what is typed next reads in 元, a reload keeps
// the unit, and switching back shows 万元 again.
func TestUnitSwitch(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	a := decodeFile(t, examples+"magnet-maker.answers.json")
	open(t, ctx, srv.URL+"/?lang=en#a="+sharelink.Encode(a))
	before := readResults(t, ctx)
	pick := func(key string) {
		t.Helper()
		do(t, ctx, chromedp.Focus(chromedp.CSS(`#unit`)), chromedp.KeyEvent(key))
		settle(t, ctx)
	}
	value := func(path string) string {
		t.Helper()
		return get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="`+path+`"]`)))
	}
	pick(kb.ArrowDown)
	if got := js[[]string](t, ctx, `[...new Set([...document.querySelectorAll("[data-unit]")].map(e => e.dataset.unit))]`); fmt.Sprint(got) != "[yuan]" {
		t.Errorf("after switching to yuan the amount fields read in %v", got)
	}
	for path, want := range map[string]string{"rd.thisYear": "12000000", "rd.lastYear": "10500000", "loanInterest": "300000"} {
		if got := value(path); got != want {
			t.Errorf("%s reads %q in yuan, want %q", path, got, want)
		}
	}
	if alert := get(t, ctx, chromedp.Text(chromedp.CSS(`#alert`))); !strings.Contains(alert, "now typed in RMB;") {
		t.Errorf("the switch is not said: %q", alert)
	}
	if after := readResults(t, ctx); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("figures moved with the unit:\n%v\n%v", before, after)
	}

	retype(t, ctx, "rd.thisYear", "13000000")
	*rules.FieldByPath("rd.thisYear").Amount(&a) = decimal.NewFromInt(13_000_000)
	s := rules.Assess(a)
	want := s.Report(rules.English)
	sameAsAssess(t, readResults(t, ctx), want)

	open(t, ctx, srv.URL+"/?lang=en")
	if got := value("rd.thisYear"); got != "13000000" || get(t, ctx, chromedp.Value(chromedp.CSS(`#unit`))) != "yuan" {
		t.Errorf("after a reload: unit %q, R&D %q", get(t, ctx, chromedp.Value(chromedp.CSS(`#unit`))), got)
	}
	pick(kb.ArrowUp)
	if got := value("rd.thisYear"); got != "1300" {
		t.Errorf("back in 万元 the R&D reads %q", got)
	}
	sameAsAssess(t, readResults(t, ctx), want)
}

// keepShot writes what the window shows (or the whole page) to $WIDGET_SHOTS/name.png,
// when that is set, for a person to look at:
// WIDGET_SHOTS=$PWD/screenshots go test -run 'TestEmbedScript|TestOfficersBatch' ./cmd/widget
func keepShot(t *testing.T, ctx context.Context, name string, wholePage bool) {
	t.Helper()
	dir := os.Getenv("WIDGET_SHOTS")
	if dir == "" {
		return
	}
	var png []byte
	if wholePage {
		png = get(t, ctx, chromedp.FullScreenshot(100))
	} else {
		png = get(t, ctx, chromedp.CaptureScreenshot())
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Error(err)
	}
}

// TestTypingRedrawsResultsAlone: a key in an amount changes, in the questionnaire, only the
// line under that field that says how it was read, and clause 六's chart; the results and
// the totals bar follow. What the README says of a keystroke, checked on the page's DOM.
func TestTypingRedrawsResultsAlone(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/", "magnet-maker")
	js[chromedp.Void](t, ctx, `window.__changed = []; new MutationObserver(rs => rs.forEach(r => {
		const e = r.target.nodeType === 1 ? r.target : r.target.parentElement;
		if (e.closest(".questions") && !e.closest(".chart")) window.__changed.push((e.closest("[id]") || e).id || e.tagName);
	})).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true})`)
	const scale = `document.querySelector('[data-item="m6.rd_scale"]').dataset.eligible`
	before := js[string](t, ctx, scale)
	retype(t, ctx, "rd.thisYear", "120") // both items of 六 change list…
	waitUntil(t, ctx, scale+` !== `+strconv.Quote(before))
	retype(t, ctx, "rd.thisYear", "1200") // …and back
	waitUntil(t, ctx, scale+` === `+strconv.Quote(before))
	settle(t, ctx)
	own := inputID("rd.thisYear") + "-"
	for _, id := range js[[]string](t, ctx, `window.__changed`) {
		if !strings.HasPrefix(id, own) {
			t.Errorf("typing in rd.thisYear changed the questionnaire at %q", id)
		}
	}
}

// TestUnitSlip: a figure typed in 元 into a 万元 field is said where it matters on a phone:
// the totals bar and the items it feeds say that the results rest on a figure to check,
// and one tap writes the figure meant; R&D above revenue is noted too, with no guess. 亿
// and 千万 are units, and a figure still being typed is not an error until it is left.
func TestUnitSlip(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	phone(t, ctx, 360, 740)
	open(t, ctx, srv.URL+"/#a="+sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json")))
	retype(t, ctx, "rd.thisYear", "15000000")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`#totals-bar[data-check-unit="rd.thisYear"]`)))
	if bar := get(t, ctx, chromedp.Text(chromedp.CSS(`#totals-bar`))); !strings.Contains(bar, "今年研发费用") || !strings.Contains(bar, "改为 1,500 万元") {
		t.Errorf("the bar reads %q", bar)
	}
	for _, item := range []string{"m6.rd_growth", "m6.rd_scale"} {
		if !js[bool](t, ctx, `!!document.querySelector('[data-item="`+item+`"] [data-check-unit]')`) {
			t.Errorf("%s does not say it rests on a figure to check", item)
		}
	}
	if js[bool](t, ctx, `!!document.querySelector('[data-item="m5.loan_interest"] [data-check-unit]')`) {
		t.Error("the loan interest's item says it rests on R&D")
	}
	keepShot(t, ctx, "unit-slip", false)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#totals-bar [data-fix="rd.thisYear"]`)))
	waitUntil(t, ctx, `!document.querySelector("[data-check-unit]")`)
	if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`))); v != "1500" {
		t.Errorf("the fix wrote %q", v)
	}
	fixed := readResults(t, ctx)
	retype(t, ctx, "rd.thisYear", "1500")
	settle(t, ctx)
	if typed := readResults(t, ctx); fmt.Sprint(typed) != fmt.Sprint(fixed) {
		t.Errorf("after the fix:\n%v\ntyped:\n%v", fixed, typed)
	}

	// R&D above revenue (20,000 万元): noted, and no figure guessed.
	retype(t, ctx, "rd.thisYear", "25000")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`#totals-bar[data-check-unit="rd.thisYear"]`)))
	if js[bool](t, ctx, `!!document.querySelector("[data-fix]")`) {
		t.Error("a fix is offered for R&D above revenue")
	}

	// Revenue as finance managers say it.
	retype(t, ctx, "rd.thisYear", "1200")
	retype(t, ctx, "rd.revenue", "3.2亿")
	waitUntil(t, ctx, `document.getElementById("q-rd-revenue-read").textContent.startsWith("即 32,000 万元")`)
	retype(t, ctx, "rd.revenue", "1.5千万")
	waitUntil(t, ctx, `document.getElementById("q-rd-revenue-read").textContent.startsWith("即 1,500 万元")`)

	// "1500." on the way to "1500.5": no error while the field has the focus, one once it is left.
	retype(t, ctx, "rd.thisYear", "1500.")
	settle(t, ctx)
	const invalid = `document.querySelector('[data-q="rd.thisYear"]').getAttribute("aria-invalid")`
	if p := get(t, ctx, chromedp.Text(chromedp.CSS(`#q-rd-thisYear-problem`))); p != "" || js[string](t, ctx, invalid) == "true" {
		t.Errorf("while typing \"1500.\" the field says %q", p)
	}
	js[chromedp.Void](t, ctx, `document.getElementById("org-name").focus()`)
	waitUntil(t, ctx, invalid+` === "true"`)
	if p := get(t, ctx, chromedp.Text(chromedp.CSS(`#q-rd-thisYear-problem`))); p == "" {
		t.Error("\"1500.\" left is no error")
	}
}

// TestBarAmountsOnOneLine: in English on a 360 px phone each total in the bar stands on
// one line ("RMB 1,285,000" wrapped after "RMB").
func TestBarAmountsOnOneLine(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	phone(t, ctx, 360, 740)
	open(t, ctx, srv.URL+"/?lang=en#a="+sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json")))
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-total="1175000.00"]`)))
	lines := js[[]float64](t, ctx, `[...document.querySelectorAll(".bar-total strong")].map(e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))`)
	if len(lines) != 2 {
		t.Fatalf("the bar shows %d totals", len(lines))
	}
	for i, n := range lines {
		if n > 1.5 {
			t.Errorf("total %d in the bar takes %.1f lines: %q", i+1, n, js[string](t, ctx, `document.querySelectorAll(".bar-total strong")[`+strconv.Itoa(i)+`].textContent`))
		}
	}
}
