//go:build !wasm

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// recorder notes every request the page makes, those still under way, and when the page
// became ready.
type recorder struct {
	mu       sync.Mutex
	all      []string
	late     []string
	open     map[network.RequestID]bool
	ready    bool
	listened bool
}

func (r *recorder) listen(t *testing.T, ctx context.Context) {
	t.Helper()
	r.open = map[network.RequestID]bool{}
	if err := chromedp.Listen(ctx, func(ev any) {
		r.mu.Lock()
		defer r.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventLoadingFinished:
			delete(r.open, e.RequestID)
		case *network.EventLoadingFailed:
			delete(r.open, e.RequestID)
		case *network.EventRequestWillBeSent:
			r.open[e.RequestID] = true
			r.all = append(r.all, e.Request.URL)
			// The browser fetches the tab's icon itself after each navigation (initiator
			// "other", type Other): that is not the page asking for anything.
			if r.ready && !(e.Type == network.ResourceTypeOther && e.Initiator.Type == network.InitiatorTypeOther) {
				r.late = append(r.late, e.Request.URL)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// CSP violations are counted by a listener the DevTools add before any page script;
	// the page's own policy does not apply to it.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__violations = []; document.addEventListener("securitypolicyviolation",
			e => window.__violations.push(e.violatedDirective + " " + e.blockedURI));`}); err != nil {
		t.Fatal(err)
	}
}

// idle reports whether every request seen so far has finished or failed.
func (r *recorder) idle() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.open) == 0
}

func (r *recorder) markReady(v bool) {
	r.mu.Lock()
	r.ready = v
	r.mu.Unlock()
}

// violations reads the CSP violations of the current page.
func violations(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return js[[]string](t, ctx, `window.__violations || []`)
}

// TestFullSessionStaysHome goes through a whole session — load, fill, switch language,
// share, compare, print, brief, back, embed — and records the network: no request once
// the page is ready, none ever to another origin, no CSP violation.
func TestFullSessionStaysHome(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	var rec recorder
	rec.listen(t, ctx)
	open(t, ctx, srv.URL+"/")
	waitForOfflineCache(t, ctx)                                 // the worker's own fetches belong to the first load…
	waitFor(t, "the first load's requests to finish", rec.idle) // …and so do the page's
	rec.markReady(true)

	fill(t, ctx, decodeFile(t, examples+"magnet-maker.answers.json"))
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`[data-lang-choice="en"]`)),
		chromedp.Click(chromedp.CSS(`[data-item="m6.rd_growth"] .clause-toggle`)),
		chromedp.Click(chromedp.CSS(`[data-action="share"]`)),
		chromedp.Click(chromedp.CSS(`[data-action="compare"]`)),
		chromedp.Click(chromedp.CSS(`.data-where summary`)),
	)
	if _, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`.pages a[href$="/brief"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-step]`)),
		chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight),
		chromedp.Click(chromedp.CSS(`[data-persona="pilot-plant"]`)),
		chromedp.Click(chromedp.CSS(`.pages a[href$="/officers"]`)), chromedp.WaitVisible(chromedp.CSS(`.officers`)),
		chromedp.Click(chromedp.CSS(`.pages a[href="/"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-q="inZone"]`)))
	settle(t, ctx)
	if v := violations(t, ctx); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
	rec.mu.Lock()
	late := append([]string(nil), rec.late...)
	rec.mu.Unlock()
	if len(late) > 0 {
		t.Errorf("requests after the page was ready: %v", late)
	}

	// The embedded page, a load of its own.
	rec.markReady(false)
	open(t, ctx, srv.URL+"/?embed=1")
	if v := violations(t, ctx); len(v) > 0 {
		t.Errorf("CSP violations in the embedded page: %v", v)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, u := range rec.all {
		if !strings.HasPrefix(u, srv.URL+"/") {
			t.Errorf("request to another origin: %s", u)
		}
	}
	t.Logf("%d requests in all, all to %s; %d after ready", len(rec.all), srv.URL, len(late))
}

// TestBlockedStorageAndWorker: with storage and service workers refused, the page works,
// cannot be asked to remember, and says so.
func TestBlockedStorageAndWorker(t *testing.T) {
	srv := serve(t, "")
	profile := t.TempDir()
	os.MkdirAll(filepath.Join(profile, "Default"), 0o755)
	os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(`{"profile":{"default_content_setting_values":{"cookies":2}}}`), 0o644)
	ctx := browser(t, chromedp.UserDataDir(profile))
	open(t, ctx, srv.URL+"/?lang=en")
	if js[bool](t, ctx, `!!navigator.serviceWorker.controller`) {
		t.Error("a service worker runs though they are refused")
	}
	if msg := get(t, ctx, chromedp.Text(chromedp.CSS(`.privacy .problem`))); !strings.Contains(msg, "cannot use the browser's storage") {
		t.Errorf("the page says %q", msg)
	}
	if !js[bool](t, ctx, `document.getElementById("remember").disabled`) {
		t.Error("remember is offered though storage is refused")
	}
	fill(t, ctx, decodeFile(t, examples+"magnet-maker.answers.json"))
	sameAsAssess(t, readResults(t, ctx), assessed(t, examples+"magnet-maker.answers.json"))
}

// TestSavedAnswers: answers remembered on this device come back in a new tab; clearing
// keeps them cleared; corrupt or outdated ones are set aside with a message, and the page
// works.
func TestSavedAnswers(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	openFilled(t, ctx, srv.URL+"/?lang=en", "incubator-operator")
	do(t, ctx, chromedp.Click(chromedp.CSS(`#remember`)))
	want := readResults(t, ctx)
	if got := readResults(t, newTab(t, ctx, srv.URL+"/?lang=en")); got.TotalUpTo != want.TotalUpTo || got.Total != want.Total {
		t.Errorf("remembered answers came back as %s / %s, want %s / %s", got.Total, got.TotalUpTo, want.Total, want.TotalUpTo)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)))
	settle(t, ctx) // cleared before the page is left
	open(t, ctx, srv.URL+"/?lang=en")
	if got := readResults(t, newTab(t, ctx, srv.URL+"/?lang=en")); got.TotalUpTo != "0.00" {
		t.Errorf("cleared answers came back: %s", got.TotalUpTo)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#remember`))) // forget: this page keeps its own answers only
	settle(t, ctx)                                        // forgotten before the next are stored
	for _, stored := range []string{`{"inZone": tru`, `not json at all`, `{"inZone":true,"oldField":1}`, `{"rd":{"thisYear":"-5"}}`} {
		js[chromedp.Void](t, ctx, `localStorage.setItem("baotou-widget/answers", `+jsString(stored)+`)`)
		tab := newTab(t, ctx, srv.URL+"/?lang=en")
		if msg := get(t, tab, chromedp.Text(chromedp.CSS(`#alert`))); !strings.Contains(msg, "set aside") {
			t.Errorf("stored %s: message %q", stored, msg)
		}
		do(t, tab, chromedp.Click(chromedp.CSS(`[data-q="inZone"]`)), chromedp.Click(chromedp.CSS(`[data-q="conceptCenter"]`)))
		if s := readResults(t, tab); s.TotalUpTo != "200000.00" {
			t.Errorf("stored %s: the page does not work: %s", stored, s.TotalUpTo)
		}
		chromedp.Cancel(tab) // its answers are kept as it closes: before the next are stored
	}
}

// newTab opens a page in a new tab of the same browser context: the same storage of this
// device, a session of its own.
func newTab(t *testing.T, ctx context.Context, url string) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if _, err := chromedp.Call(tab, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	open(t, tab, url)
	return tab
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// TestNoJavaScript: the prerendered page says what the widget is and what it needs.
func TestNoJavaScript(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`.noscript`)))
	text := get(t, ctx, chromedp.Text(chromedp.CSS(`.noscript`)))
	for _, want := range []string{"八条措施", "JavaScript", "WebAssembly"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page without JavaScript lacks %q: %q", want, text)
		}
	}
}

// TestNarrowPhone: at 320 px nothing overflows sideways and both totals stay in view.
func TestNarrowPhone(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: 320, Height: 640, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/brief", "/officers"} {
		open(t, ctx, srv.URL+path+"?lang=en#a="+sharelink.Encode(decodeFile(t, examples+"pilot-plant.answers.json")))
		if w := js[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
			t.Errorf("%s is %dpx wide on a 320px screen", path, w)
		}
	}
	open(t, ctx, srv.URL+"/?lang=en")
	if !js[bool](t, ctx, `(() => { const r = document.querySelector(".totals-bar").getBoundingClientRect(); return r.bottom <= innerHeight && r.top < innerHeight && r.height > 0 })()`) {
		t.Error("the totals bar is not in view on a phone")
	}
}

// TestInputsNormalised: what people type becomes the amount they meant, an impossible value
// is marked on its field, and the other answers keep their results.
func TestInputsNormalised(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/?lang=en")
	profile, err := rules.Decode([]byte(`{"inZone":true,"orgType":"enterprise","conceptCenter":true}`))
	if err != nil {
		t.Fatal(err)
	}
	fill(t, ctx, profile)
	for _, c := range []struct{ typed, total string }{
		{"１２，０００万", "100000.00"}, // full-width digits and comma, 万 → 120,000,000 ≥ 50M
		{"700 万元", "30000.00"},
		{"5000000元", "30000.00"},
		{"1,000.5", "50000.00"},
	} {
		retype(t, ctx, "techContracts", c.typed)
		if s := readResults(t, ctx); s.Items["m4.tech_contracts"].Amount != c.total {
			t.Errorf("typed %q: contract award %s, want %s", c.typed, s.Items["m4.tech_contracts"].Amount, c.total)
		}
		if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="techContracts"]`))); v != c.typed {
			t.Errorf("typed %q, the field now reads %q", c.typed, v)
		}
	}
	retype(t, ctx, "techContracts", "-12")
	s := readResults(t, ctx)
	if attr(t, ctx, `[data-q="techContracts"]`, "aria-invalid") != "true" || s.TotalUpTo != "200000.00" {
		t.Errorf("a negative amount: aria-invalid %q, up-to total %s", attr(t, ctx, `[data-q="techContracts"]`, "aria-invalid"), s.TotalUpTo)
	}
	if msg := get(t, ctx, chromedp.Text(chromedp.CSS(`#q-techContracts-problem`))); !strings.Contains(msg, "negative") {
		t.Errorf("the field's message is %q", msg)
	}
}
