//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/png"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	goqr "github.com/piglig/go-qr"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

var publicExamples = []string{"empty", "incubator-operator", "magnet-maker", "research-institute-outside"}

// TestShareLinkRoundTrip opens each public example from its share link: every figure equals
// cmd/assess; the share button then gives the same link back.
func TestShareLinkRoundTrip(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	for _, name := range publicExamples {
		path := examples + name + ".answers.json"
		link := srv.URL + "/#a=" + sharelink.Encode(decodeFile(t, path))
		open(t, ctx, srv.URL+"/?lang=en") // a fresh page: a fragment alone does not reload
		open(t, ctx, link)
		sameAsAssess(t, readResults(t, ctx), assessed(t, path))
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="share"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-share-link]`)))
		if got := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-share-link]`))); got != link {
			t.Errorf("%s: share button gives %s, want %s", name, got, link)
		}
	}
}

// TestTamperedLinks: a damaged or future link, opened in a new tab, gives a working, empty
// questionnaire with a message, never a crash nor half its answers.
func TestTamperedLinks(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	good := sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json"))
	for _, c := range []struct{ fragment, says string }{
		{good[:len(good)-7], "damaged"},
		{strings.Replace(good, "~1enterprise", "~1enterprize", 1), "damaged"},
		{"1~0~0", "damaged"},
		{"%%%", "damaged"},
		{"9~0~1enterprise", "newer version"},
	} {
		ctx := newTab(t, ctx, srv.URL+"/?lang=en#a="+c.fragment)
		if msg := get(t, ctx, chromedp.Text(chromedp.CSS(`#alert`))); !strings.Contains(msg, c.says) {
			t.Errorf("#a=%s: message %q, want one that says %q", c.fragment, msg, c.says)
		}
		if s := readResults(t, ctx); s.TotalUpTo != "0.00" {
			t.Errorf("#a=%s: answers half-restored: %s", c.fragment, s.TotalUpTo)
		}
		// The page still works.
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-q="inZone"]`)))
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-q="conceptCenter"]`)))
		if s := readResults(t, ctx); s.TotalUpTo != "200000.00" {
			t.Errorf("#a=%s: page does not work after the link: up-to total %s", c.fragment, s.TotalUpTo)
		}
	}
}

// TestJSONFileRoundTrip saves the answers as a file and opens it again; a bad file is
// refused with the field that is wrong, and the answers on screen stay.
func TestJSONFileRoundTrip(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID}); err != nil {
		t.Fatal(err)
	}
	path := examples + "pilot-plant.answers.json"
	open(t, ctx, srv.URL+"/?lang=en#a="+sharelink.Encode(decodeFile(t, path)))
	want := assessed(t, path)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="save"]`)))
	saved := waitForFile(t, downloads)
	if got := decodeFile(t, saved); string(rules.Encode(got)) != string(rules.Encode(decodeFile(t, path))) {
		t.Errorf("saved file holds other answers: %s", rules.Encode(got))
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-total-upto="0.00"]`)))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`#open-file`), []string{saved}))
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-total="`+want.Total+`"]`)))
	sameAsAssess(t, readResults(t, ctx), want)
	if v := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-q="rd.thisYear"]`))); v != "6000" {
		t.Errorf("R&D input reads %q after opening the file", v)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"inZone":true,"rd":{"thisYear":"12,0"}}`), 0o644)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`#open-file`), []string{bad}))
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`#action-status.bad`)))
	msg := get(t, ctx, chromedp.Text(chromedp.CSS(`#action-status`)))
	if !strings.Contains(msg, `"R&D expense this year" has "12,0": not an amount`) || !strings.Contains(msg, "bad.json") {
		t.Errorf("bad file message %q does not name the question as the questionnaire asks it", msg)
	}
	if focused := js[string](t, ctx, `document.activeElement.id`); focused != "action-status" {
		t.Errorf("after a refused file the focus is on %q, not on the message", focused)
	}
	sameAsAssess(t, readResults(t, ctx), want)
}

func waitForFile(t *testing.T, dir string) string {
	t.Helper()
	return waitForDownload(t, dir, "*.json")
}

// waitForDownload waits for the one file in dir that matches pattern, once complete.
func waitForDownload(t *testing.T, dir, pattern string) string {
	t.Helper()
	var files []string
	waitFor(t, "a file downloaded", func() bool {
		files, _ = filepath.Glob(filepath.Join(dir, pattern))
		return len(files) == 1
	})
	return files[0]
}

// TestPrintIsOnePage prints with Chromium's own print to PDF (which fires the page's
// beforeprint, as Ctrl+P does): one A4 page with the totals and clause numbers of the
// answers on screen (typed just before, not those of the link), the figures entered, and
// a QR code that leads back to those answers.
func TestPrintIsOnePage(t *testing.T) {
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed (.ci/run installs poppler-utils)", tool)
		}
	}
	srv := serve(t, "")
	ctx := browser(t)
	for _, name := range []string{"pilot-plant", "magnet-maker"} {
		a := decodeFile(t, examples+name+".answers.json")
		open(t, ctx, srv.URL+"/")
		open(t, ctx, srv.URL+"/#a="+sharelink.Encode(a))
		js[chromedp.Void](t, ctx, `document.getElementById("org-name").select()`)
		do(t, ctx, chromedp.SendKeys(chromedp.CSS(`#org-name`), "测试机构"))
		retype(t, ctx, "rd.thisYear", "8000") // typed, then printed at once
		settle(t, ctx)
		a.RD.ThisYear = decimalOf("80000000")
		assessed := rules.Assess(a)
		want := assessed.Report(rules.Chinese)
		pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		file := filepath.Join(dir, name+".pdf")
		os.WriteFile(file, pdf.Data, 0o644)
		info, _ := exec.Command("pdfinfo", file).Output()
		if !regexp.MustCompile(`Pages:\s+1\n`).Match(info) {
			t.Errorf("%s: the printed page is not one page:\n%s", name, info)
		}
		text, _ := exec.Command("pdftotext", "-layout", file, "-").Output()
		for _, s := range []string{rules.FormatYuanFixed(decimalOf(want.Total)), rules.FormatYuanFixed(decimalOf(want.TotalUpTo)),
			"测试机构 · 自评结果", "六", "确定金额合计", "金额依据的数字", "今年研发费用 8,000 万元", "科技部门将核查", "联系：", "不是审批决定"} {
			if !strings.Contains(string(text), s) {
				t.Errorf("%s: the PDF lacks %q:\n%s", name, s, text)
			}
		}
		for _, s := range []string{"清空回答", "分享链接", "机构基本情况"} {
			if strings.Contains(string(text), s) {
				t.Errorf("%s: the PDF shows %q, which is for the screen", name, s)
			}
		}
		// The QR code at its foot opens the answers printed.
		exec.Command("pdftoppm", "-r", "200", "-png", file, filepath.Join(dir, "page")).Run()
		pages, _ := filepath.Glob(filepath.Join(dir, "page*.png"))
		if len(pages) != 1 {
			t.Fatalf("%s: %d page images", name, len(pages))
		}
		data, _ := os.ReadFile(pages[0])
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		link, err := goqr.Decode(img)
		if err != nil {
			t.Fatalf("%s: the printed QR code does not decode: %v", name, err)
		}
		got, err := sharelink.Decode(strings.TrimPrefix(link, srv.URL+"/#a="))
		if err != nil || string(rules.Encode(got)) != string(rules.Encode(a)) {
			t.Errorf("%s: the printed QR code leads to %s (%v), not to the answers printed", name, link, err)
		}
	}
}

// TestBriefing steps through /brief with the keyboard and reads its QR code.
func TestBriefing(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/brief")
	step := func() string { settle(t, ctx); return attr(t, ctx, `[data-step]`, "data-step") }
	for i := 1; i <= 3; i++ {
		do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
		if got := step(); got != strconv.Itoa(i) {
			t.Fatalf("after %d × →, step %s", i, got)
		}
	}
	do(t, ctx, chromedp.KeyEvent(kb.ArrowLeft))
	if got := step(); got != "2" {
		t.Errorf("after ←, step %s", got)
	}
	for _, name := range []string{"unicorn-startup", "incubator-operator"} {
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-persona="`+name+`"]`)))
		want := assessed(t, examples+name+".answers.json")
		settle(t, ctx)
		if got := attr(t, ctx, `[data-total-upto]`, "data-total-upto"); got != want.TotalUpTo {
			t.Errorf("%s: up-to total %s, want %s", name, got, want.TotalUpTo)
		}
		shot := get(t, ctx, chromedp.Screenshot(chromedp.CSS(`[data-qr]`)))
		img, _, err := image.Decode(bytes.NewReader(shot))
		if err != nil {
			t.Fatal(err)
		}
		decoded, err := goqr.Decode(img)
		if err != nil {
			t.Fatalf("%s: the QR code does not decode: %v", name, err)
		}
		link := attr(t, ctx, `[data-share-link]`, "data-share-link")
		if decoded != link || !strings.HasPrefix(link, "https://kj.example.cn/#a=") {
			t.Errorf("%s: QR code says %q, share link %q", name, decoded, link)
		}
		a, err := sharelink.Decode(strings.TrimPrefix(link, "https://kj.example.cn/#a="))
		if err != nil || string(rules.Encode(a)) != string(rules.Encode(decodeFile(t, examples+name+".answers.json"))) {
			t.Errorf("%s: the QR code's link does not carry the persona's answers (%v)", name, err)
		}
	}
}

// TestEmbed puts the widget in an iframe of a page on another origin with storage blocked:
// it posts its height to the parent, works, and says it cannot remember answers.
func TestEmbed(t *testing.T) {
	srv := serve(t, "")
	l, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatal(err)
	}
	parent := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><title>park</title><script>window.heights = [];
addEventListener("message", e => { if (e.data && e.data.type === "baotou-widget:height") { heights.push(e.data.height);
document.querySelector("iframe").style.height = e.data.height + "px"; } });</script>
<iframe src="%s/?embed=1&lang=en" style="width:360px;border:0" title="widget"></iframe>`, srv.URL)
	})}
	go parent.Serve(l)
	t.Cleanup(func() { parent.Close() })

	// Block every site's storage, as a browser that refuses third-party storage does.
	profile := t.TempDir()
	os.MkdirAll(filepath.Join(profile, "Default"), 0o755)
	os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(`{"profile":{"default_content_setting_values":{"cookies":2}}}`), 0o644)
	ctx := browser(t, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"), chromedp.Flag("disable-site-isolation-trials", true))
	do(t, ctx, chromedp.Navigate("http://"+l.Addr().String()+"/"))
	waitUntil(t, ctx, `window.heights.length > 0`)
	if heights := js[[]int](t, ctx, `window.heights`); heights[len(heights)-1] < 400 {
		t.Fatalf("heights posted to the parent: %v", heights)
	}
	// The frame is read through its content document (site isolation is off for this
	// test, so that the frame lives in the page's process where the DevTools reach it).
	in := chromedp.FromNode(frameDocument(t, ctx))
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-ready]`), in))
	if msg := get(t, ctx, chromedp.Text(chromedp.CSS(`.privacy .problem`), in)); !strings.Contains(msg, "cannot use the browser's storage") {
		t.Errorf("storage blocked, but the widget says %q", msg)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-q="inZone"]`), in), chromedp.Click(chromedp.CSS(`[data-q="conceptCenter"]`), in),
		chromedp.WaitVisible(chromedp.CSS(`[data-total-upto="200000.00"]`), in))
	if box := get(t, ctx, chromedp.Dimensions(chromedp.CSS(`.widget`), in)); box.Width > 360 {
		t.Errorf("embedded widget is %dpx wide in a 360px frame", box.Width)
	}
	before := len(js[[]int](t, ctx, `window.heights`))
	do(t, ctx, chromedp.Click(chromedp.CSS(`.missed > summary`), in))
	// Opened, the items make the widget taller: it posts its new height once laid out.
	waitUntil(t, ctx, fmt.Sprintf(`window.heights.length > %d`, before))
	settleIn(t, ctx, frameElement(t, ctx))
	after := js[[]int](t, ctx, `window.heights`)
	box := get(t, ctx, chromedp.Dimensions(chromedp.CSS(`.widget`), in))
	if got := after[len(after)-1]; got < int(box.Height) || got > int(box.Height)+1 {
		t.Errorf("last height posted %d, widget is %d tall", got, box.Height)
	}
	if h := js[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().height`); int(h) != after[len(after)-1] {
		t.Errorf("the parent sized its iframe to %v, last height %d", h, after[len(after)-1])
	}
}

// frameDocument is the content document of the page's iframe, once it has loaded.
func frameDocument(t *testing.T, ctx context.Context) *chromedp.Node {
	t.Helper()
	var doc *chromedp.Node
	waitFor(t, "the iframe's document", func() bool {
		// The frame's first document is about:blank; the widget's replaces it.
		frames := get(t, ctx, chromedp.Nodes(chromedp.CSS(`iframe`)))
		if len(frames) > 0 && frames[0].ContentDocument != nil && strings.Contains(frames[0].ContentDocument.DocumentURL, "embed=1") {
			doc = frames[0].ContentDocument
		}
		return doc != nil
	})
	return doc
}

// TestChartPointMoves: the point on clause 六's chart follows the R&D typed.
func TestChartPointMoves(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/#a="+sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json")))
	settle(t, ctx)
	left := `parseFloat(document.querySelector("[data-chart-point]").style.left)`
	before := fmt.Sprint(js[float64](t, ctx, left))
	retype(t, ctx, "rd.thisYear", "1500") // 1200 → 1500 万元
	after := fmt.Sprint(js[float64](t, ctx, left))
	if before == "" || before == after {
		t.Errorf("chart point at %s before and %s after R&D changed", before, after)
	}
	if x, _ := strconv.ParseFloat(after, 64); x <= mustFloat(before) {
		t.Errorf("more R&D moved the point left: %s → %s", before, after)
	}
	if rd := attr(t, ctx, `[data-chart-point]`, "data-chart-point"); rd != "15000000.00" {
		t.Errorf("the point stands for R&D of %s", rd)
	}
}

func mustFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func decimalOf(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestWhatIf keeps magnet-maker as scenario A, raises R&D by 3,000,000, and reads the
// differences per item and in total against the rules.
func TestWhatIf(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	a := decodeFile(t, examples+"magnet-maker.answers.json")
	open(t, ctx, srv.URL+"/#a="+sharelink.Encode(a))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="compare"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-compare]`)))
	retype(t, ctx, "rd.thisYear", "1500") // 1200 → 1500 万元
	b := a
	b.RD.ThisYear = decimalOf("15000000")
	before, after := rules.Assess(a), rules.Assess(b)
	for _, id := range []rules.ItemID{rules.RDGrowth, rules.RDScale} {
		want := after.Item(id).Amount.Sub(before.Item(id).Amount).StringFixed(2)
		if got := attr(t, ctx, `[data-diff-item="`+string(id)+`"]`, "data-diff"); got != want {
			t.Errorf("%s: difference %s, want %s", id, got, want)
		}
	}
	if got, want := attr(t, ctx, `[data-diff-item="total"]`, "data-diff"), after.Total.Sub(before.Total).StringFixed(2); got != want {
		t.Errorf("total difference %s, want %s", got, want)
	}
}

// TestShareSheet: where the browser has a share sheet, "share" opens it with the page's
// name, one line of result and the link; the organisation's name travels in the link only
// when the user ticks it, and a link with the name opens with the name filled in.
func TestShareSheet(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	a := decodeFile(t, examples+"magnet-maker.answers.json")
	open(t, ctx, srv.URL+"/")
	open(t, ctx, srv.URL+"/#a="+sharelink.Encode(a))
	const org = "包头磁材 ~ 有限公司"
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(`#org-name`), org), chromedp.WaitVisible(chromedp.CSS(`#share-name`)))
	// A share sheet, as a phone's browser has one: what it is given is kept to read.
	js[chromedp.Void](t, ctx, `Object.defineProperty(navigator, "share", {configurable: true, value: d => { window.shared = d; return Promise.resolve(); }})`)
	share := func() (title, text, url string) {
		js[chromedp.Void](t, ctx, `window.shared = null`)
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="share"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-share-link]`)))
		got := js[map[string]string](t, ctx, `new Promise(r => { const f = () => window.shared ? r(window.shared) : requestAnimationFrame(f); f(); })`)
		if link := get(t, ctx, chromedp.Value(chromedp.CSS(`[data-share-link]`))); link != got["url"] {
			t.Errorf("the sheet has %s, the page shows %s", got["url"], link)
		}
		return got["title"], got["text"], got["url"]
	}
	title, text, url := share()
	if title == "" || strings.Contains(text, "\n") || !strings.Contains(text, "万元") || strings.Contains(text, org) {
		t.Errorf("the share sheet has title %q and text %q", title, text)
	}
	if _, name, err := sharelink.DecodeNamed(strings.TrimPrefix(url, srv.URL+"/#a=")); err != nil || name != "" {
		t.Errorf("unticked, the link %s carries the name %q (%v)", url, name, err)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#share-name`)))
	_, text, url = share()
	b, name, err := sharelink.DecodeNamed(strings.TrimPrefix(url, srv.URL+"/#a="))
	if err != nil || name != org || string(rules.Encode(b)) != string(rules.Encode(a)) || !strings.Contains(text, org) {
		t.Errorf("ticked, the link %s carries %q (%v), the text %q", url, name, err, text)
	}
	tab := newTab(t, ctx, url)
	if got := get(t, tab, chromedp.Value(chromedp.CSS(`#org-name`))); got != org {
		t.Errorf("the named link opens with the name %q", got)
	}
}
