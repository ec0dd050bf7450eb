//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
)

// The officers' spreadsheets of package batch: the Chinese template filled with the public
// examples, saved by Excel as GB18030 CSV and by a spreadsheet program as .xlsx.
const batchFiles = "../../rules/batch/testdata/"

// dropFile drops a file on the page as a person drags it from the desktop.
func dropFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	js[chromedp.Void](t, ctx, `(() => {
		const bytes = Uint8Array.from(atob("`+base64.StdEncoding.EncodeToString(data)+`"), c => c.charCodeAt(0));
		const dt = new DataTransfer();
		dt.items.add(new File([bytes], "`+filepath.Base(path)+`"));
		const zone = document.querySelector(".drop-zone");
		zone.dispatchEvent(new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt}));
		zone.dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
	})()`)
}

// pickFile chooses a file in the page's file input, as the browser's file dialog does.
func pickFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	abs, _ := filepath.Abs(path)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`[data-batch-file]`), []string{abs}))
}

// waitUntil waits, at most a minute, until a JavaScript condition holds.
func waitUntil(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	if !js[bool](t, ctx, `(async () => {
		for (let i = 0; i < 600; i++) {
			if (await (`+cond+`)) return true;
			await new Promise(r => setTimeout(r, 100));
		}
		return false;
	})()`) {
		t.Fatalf("waited in vain for %s; the page says %q", cond, js[string](t, ctx, `(document.querySelector(".batch-status") || {}).textContent || ""`))
	}
}

// forecastShown waits for the forecast of a file and its downloads.
func forecastShown(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	waitUntil(t, ctx, `document.querySelector("[data-batch-total]") && document.querySelector("[data-batch-download=csv]") &&
		document.querySelector(".batch-status").textContent.includes(`+strconv.Quote(name)+`)`)
}

// assessedCSV is what cmd/assess -csv -bom writes for a spreadsheet.
func assessedCSV(t *testing.T, path string, lang rules.Lang) []byte {
	t.Helper()
	out, err := exec.Command(assessor, "-csv", "-bom", "-lang", string(lang), path).Output()
	if err != nil {
		t.Fatalf("cmd/assess -csv %s: %v", path, err)
	}
	return out
}

// download saves one of the page's downloads, as a person clicking it does, and reads it.
func download(t *testing.T, ctx context.Context, kind string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-batch-download=`+kind+`]`)))
	data, err := os.ReadFile(waitForDownload(t, dir, "*."+kind))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sameForecastAsAssess compares every figure on the page with cmd/assess's forecast of the
// same file: each organisation's totals, each item's sum and organisations, the zone's
// totals; and the page's CSV download with cmd/assess's, byte for byte.
func sameForecastAsAssess(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	want := assessedCSV(t, path, rules.Chinese)
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(want, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head, orgs, sums := rows[0], rows[1:len(rows)-1], rows[len(rows)-1]
	last := len(head) - 3 // total, totalUpTo, competitive

	if n := attr(t, ctx, `[data-batch-rows]`, "data-batch-rows"); n != strconv.Itoa(len(orgs)) {
		t.Errorf("the page counts %s organisations, cmd/assess %d", n, len(orgs))
	}
	for i, hook := range []string{"data-batch-total", "data-batch-total-upto", "data-batch-total-competitive"} {
		if got := attr(t, ctx, "["+hook+"]", hook); got != sums[last+i] {
			t.Errorf("%s on the page %s, cmd/assess %s", hook, got, sums[last+i])
		}
	}
	shown := js[map[string][]string](t, ctx, `Object.fromEntries([...document.querySelectorAll("[data-batch-org]")].map(r =>
		[r.dataset.batchOrg, [r.dataset.orgName, r.dataset.orgTotal, r.dataset.orgTotalUpto, r.dataset.orgTotalCompetitive]]))`)
	if len(shown) != len(orgs) {
		t.Errorf("%d organisations in the table, cmd/assess %d", len(shown), len(orgs))
	}
	for _, o := range orgs {
		// The CSV keeps a name a spreadsheet would evaluate as text, with a quote first.
		name := o[0]
		if rest, ok := strings.CutPrefix(name, "'"); ok && rest != "" && strings.ContainsRune("=+-@", rune(rest[0])) {
			name = rest
		}
		if got, want := shown[o[1]], []string{name, o[last], o[last+1], o[last+2]}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("row %s on the page %v, cmd/assess %v", o[1], got, want)
		}
	}
	items := js[map[string][]string](t, ctx, `Object.fromEntries([...document.querySelectorAll("[data-batch-item]")].map(r =>
		[r.dataset.batchItem, [r.dataset.orgs, r.dataset.upto, r.dataset.competitive]]))`)
	for j, id := range rules.ItemIDs() {
		col := 2 + j
		got := items[string(id)]
		if len(got) != 3 {
			t.Errorf("%s is not in the summary", id)
			continue
		}
		upto, competitive := cents(got[1]), cents(got[2])
		if sum := fmt.Sprintf("%d.%02d", (upto+competitive)/100, (upto+competitive)%100); sum != sums[col] {
			t.Errorf("%s sums to %s on the page, cmd/assess %s", id, sum, sums[col])
		}
		if id == rules.TechTransfer {
			continue // eligible with no amount: cmd/assess's columns cannot count it
		}
		paid := 0
		for _, o := range orgs {
			if o[col] != "0.00" {
				paid++
			}
		}
		if got[0] != strconv.Itoa(paid) {
			t.Errorf("%s: %s organisations eligible on the page, %d paid by cmd/assess", id, got[0], paid)
		}
	}
	if got := download(t, ctx, "csv"); !bytes.Equal(got, want) {
		t.Errorf("the page's CSV differs from cmd/assess's:\n%s\n%s", got, want)
	}
	if x := download(t, ctx, "xlsx"); !bytes.HasPrefix(x, []byte("PK\x03\x04")) {
		t.Errorf("the .xlsx download is not a workbook: %.20q", x)
	}
}

// cents reads "1175000.00" as whole cents.
func cents(yuan string) int64 {
	n, _ := strconv.ParseInt(strings.Replace(yuan, ".", "", 1), 10, 64)
	return n
}

// TestOfficersBatch drops a GB18030 CSV and picks an .xlsx on /officers: every figure is
// cmd/assess's, the bad rows of a bad file are all listed with nothing to download, the
// language switches, and the page asks nothing but its own site's files.
func TestOfficersBatch(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	var rec recorder
	rec.listen(t, ctx)
	open(t, ctx, srv.URL+"/officers")

	dropFile(t, ctx, batchFiles+"forecast-gb18030.csv")
	forecastShown(t, ctx, "forecast-gb18030.csv")
	sameForecastAsAssess(t, ctx, batchFiles+"forecast-gb18030.csv")

	pickFile(t, ctx, batchFiles+"forecast.xlsx")
	forecastShown(t, ctx, "forecast.xlsx")
	sameForecastAsAssess(t, ctx, batchFiles+"forecast.xlsx")
	keepShot(t, ctx, "officers-forecast", true)

	// Sorting by the exact total puts the largest first, and the focus stays on the button
	// pressed; searching finds by name, and the focus stays in the field. The worker draws
	// the table again: wait for its answer.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#batch-sort-2`)))
	waitUntil(t, ctx, `document.querySelector("#batch-sort-2").closest("th").getAttribute("aria-sort") === "descending"`)
	if first := attr(t, ctx, `[data-batch-org]`, "data-org-name"); first != "中试基地企业" {
		t.Errorf("sorted by the exact total, %q comes first", first)
	}
	if focused := js[string](t, ctx, `document.activeElement.id`); focused != "batch-sort-2" {
		t.Errorf("after sorting the focus is on %q", focused)
	}
	do(t, ctx, chromedp.SendKeys(chromedp.CSS(`#batch-search`), "孵化器"))
	waitUntil(t, ctx, `document.querySelectorAll("[data-batch-org]").length === 1`)
	if names := js[[]string](t, ctx, `[...document.querySelectorAll("[data-batch-org]")].map(r => r.dataset.orgName)`); strings.Join(names, ",") != "孵化器运营机构" {
		t.Errorf("searching 孵化器 finds %v", names)
	}
	if focused := js[string](t, ctx, `document.activeElement.id + " " + document.activeElement.value`); focused != "batch-search 孵化器" {
		t.Errorf("after searching the focus is on %q", focused)
	}

	// In English, the downloads are written again with English headers.
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="en"]`)))
	waitUntil(t, ctx, `document.querySelector("[data-batch-download=csv]") && document.documentElement.lang === "en" &&
		document.querySelector("#batch-result-title").textContent === "The zone's forecast"`)
	if got, want := download(t, ctx, "csv"), assessedCSV(t, batchFiles+"forecast.xlsx", rules.English); !bytes.Equal(got, want) {
		t.Errorf("the English CSV differs from cmd/assess -lang en:\n%.300s\n%.300s", got, want)
	}

	// A file with bad rows: every one is listed, in the page's language, and nothing is offered.
	pickFile(t, ctx, "../assess/testdata/bad.csv")
	waitUntil(t, ctx, `document.querySelectorAll("[data-batch-error]").length > 0`)
	bad := js[[]string](t, ctx, `[...document.querySelectorAll("[data-batch-error]")].map(e => e.dataset.batchError + " " + e.textContent)`)
	for i, want := range []string{
		`3 Row 3 column C "rd.thisYear": "12,0x": is not an amount`,
		`4 Row 4 column B "inZone": "maybe": should be yes or no`,
		`5 Row 5 column C "rd.thisYear": "-5": cannot be negative`,
	} {
		if i >= len(bad) || !strings.HasPrefix(bad[i], want) {
			t.Errorf("bad row %d: %q, want %q…", i, bad, want)
		}
	}
	if len(bad) != 3 {
		t.Errorf("%d bad rows listed, want 3", len(bad))
	}
	if n := js[int](t, ctx, `document.querySelectorAll("[data-batch-download], [data-batch-total]").length`); n != 0 {
		t.Errorf("%d downloads or totals offered beside bad rows", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="zh"]`)))
	waitUntil(t, ctx, `document.querySelector("[data-batch-error]").textContent.startsWith("第")`)
	if first := js[string](t, ctx, `document.querySelector("[data-batch-error]").textContent`); !strings.HasPrefix(first, "第 3 行 C 列“rd.thisYear”: “12,0x”: 不是金额") {
		t.Errorf("in Chinese, the first bad row reads %q", first)
	}

	if v := violations(t, ctx); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, u := range rec.all {
		if !siteFile(srv.URL, u) {
			t.Errorf("a request for something other than the site's own files: %s", u)
		}
	}
	t.Logf("%d requests, all for the site's own files", len(rec.all))
}

// siteFile reports whether address is one of the site's own files on the server at
// base, or a download the page made itself (a blob: of the same origin).
func siteFile(base, address string) bool {
	if strings.HasPrefix(address, "blob:"+base+"/") {
		return true
	}
	rest, ok := strings.CutPrefix(address, base+"/")
	if !ok {
		return false
	}
	u, err := url.Parse("/" + rest)
	if err != nil {
		return false
	}
	return (&siteServer{dir: sites[""]}).find(u.Path) != ""
}

// TestOfficersOffline: after one visit that ran a batch, /officers forecasts with the
// server gone: the service worker kept the batch worker and its WebAssembly, which it
// did not fetch at install.
func TestOfficersOffline(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/officers")
	waitForOfflineCache(t, ctx)
	if js[bool](t, ctx, `caches.keys().then(async keys => (await (await caches.open(keys[0])).keys()).some(r => r.url.endsWith("/batch.wasm")))`) {
		t.Error("the service worker fetched batch.wasm at install")
	}
	pickFile(t, ctx, batchFiles+"forecast.csv")
	forecastShown(t, ctx, "forecast.csv")
	waitUntil(t, ctx, `(async () => {
		const cache = await caches.open((await caches.keys())[0]);
		const urls = (await cache.keys()).map(r => r.url);
		return urls.some(u => u.endsWith("/web/batch.wasm")) && urls.some(u => u.endsWith("/web/batch-worker.js"));
	})()`)
	want := attr(t, ctx, `[data-batch-total-upto]`, "data-batch-total-upto")
	srv.Close()

	open(t, ctx, srv.URL+"/officers?lang=en")
	dropFile(t, ctx, batchFiles+"forecast-gb18030.csv")
	forecastShown(t, ctx, "forecast-gb18030.csv")
	if got := attr(t, ctx, `[data-batch-total-upto]`, "data-batch-total-upto"); got != want {
		t.Errorf("offline, the zone's up-to total is %s, online %s", got, want)
	}
}

// TestOfficersExampleInLanguage: /officers?example&lang=en runs the example in English:
// the forecast the worker draws and its downloads, as cmd/assess -lang en writes them.
func TestOfficersExampleInLanguage(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/officers?example&lang=en")
	waitUntil(t, ctx, `document.querySelector("[data-batch-download=csv]")`)
	if title := js[string](t, ctx, `document.querySelector("#batch-result-title").textContent`); title != "The zone's forecast" {
		t.Errorf("the example's forecast is headed %q", title)
	}
	if got, want := download(t, ctx, "csv"), assessedCSV(t, filepath.Join(sites[""], "web", "forecast-example.xlsx"), rules.English); !bytes.Equal(got, want) {
		t.Errorf("the example's CSV differs from cmd/assess -lang en:\n%.300s\n%.300s", got, want)
	}
}

// manyRows writes a CSV of the public examples' rows (batch's forecast.csv) repeated to
// n organisations or more, for a file that takes the worker a while or all its memory.
func manyRows(t *testing.T, n int) string {
	t.Helper()
	data, err := os.ReadFile(batchFiles + "forecast.csv")
	if err != nil {
		t.Fatal(err)
	}
	header, rows, _ := bytes.Cut(data, []byte("\n"))
	out := append(append([]byte{}, header...), '\n')
	for count := 0; count < n; count += bytes.Count(rows, []byte("\n")) {
		out = append(out, rows...)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("rows-%d.csv", n))
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// withoutRows is a forecast's CSV, a row a line, without the column of the rows' numbers.
func withoutRows(t *testing.T, data []byte) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(slices.Delete(r, 1, 2), ",")
	}
	return lines
}

// statusSays waits until the page's status holds the text.
func statusSays(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	waitUntil(t, ctx, `document.querySelector(".batch-status").textContent.includes(`+strconv.Quote(text)+`)`)
}

// TestOfficersWorkerOutOfMemory: a worker whose WebAssembly runs out of memory (here a
// browser that gives a WebAssembly 256 MB at most, and a file that asks for more) says
// so, and the next file is forecast by a fresh worker, without a reload.
func TestOfficersWorkerOutOfMemory(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t, chromedp.Flag("js-flags", "--wasm-max-mem-pages=4096"))
	open(t, ctx, srv.URL+"/officers")
	pickFile(t, ctx, manyRows(t, 60000))
	statusSays(t, ctx, "测算程序停止了")
	if n := js[int](t, ctx, `document.querySelectorAll("[data-batch-total], [data-batch-error]").length`); n != 0 {
		t.Errorf("%d totals or errors shown after the worker died", n)
	}
	pickFile(t, ctx, batchFiles+"forecast.csv")
	forecastShown(t, ctx, "forecast.csv")
	if n := attr(t, ctx, `[data-batch-rows]`, "data-batch-rows"); n != "7" {
		t.Errorf("after the worker died, the next file forecasts %s organisations", n)
	}
}

// TestOfficersSpreadsheetsAsKept drops workbooks as officers keep them (batch's
// testdata/workbooks, written by openpyxl): the one with a hidden year, a cover, a title,
// merged cells and columns the template does not know gives the plain template's
// figures and says where it read them; formulas without results are refused, grouped;
// a file that is no spreadsheet counts no rows; names a spreadsheet would evaluate stay
// text in both downloads; a file dropped while another is read, or cancelled, shows
// nothing of the one before.
func TestOfficersSpreadsheetsAsKept(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/officers")
	workbooks := batchFiles + "workbooks/"

	dropFile(t, ctx, workbooks+"as-kept.xlsx")
	forecastShown(t, ctx, "as-kept.xlsx")
	// Every figure is the plain template's; only the rows' numbers differ, two rows down.
	if got, want := withoutRows(t, download(t, ctx, "csv")), withoutRows(t, assessedCSV(t, workbooks+"plain.xlsx", rules.Chinese)); !slices.Equal(got, want) {
		t.Errorf("as-kept.xlsx forecasts otherwise than plain.xlsx:\n%.300s\n%.300s", got, want)
	}
	notes := js[[]string](t, ctx, `(() => { const n = document.querySelector(".batch-notes");
		return [n.dataset.batchSheet, n.dataset.batchHeaderLine, n.querySelector("[data-batch-skipped]").dataset.batchSkipped,
			n.querySelector("[data-batch-unused]").textContent, n.textContent]; })()`)
	if strings.Join(notes[:4], "|") != "2025年|3|2|未使用的列：序号、填报日期、备注" || !strings.Contains(notes[4], "“2024年”（隐藏）") {
		t.Errorf("the notes say %q", notes)
	}
	keepShot(t, ctx, "officers-as-kept", false)

	dropFile(t, ctx, workbooks+"formulas.xlsx")
	statusSays(t, ctx, "24 行需要修改")
	if got := js[string](t, ctx, `document.querySelector("[data-batch-error-group]").dataset.batchErrorGroup + " " +
		document.querySelector("[data-batch-error-group]").textContent`); !strings.HasPrefix(got, "24 共 24 行") || !strings.Contains(got, "公式没有计算结果") {
		t.Errorf("the formulas' group reads %q", got)
	}
	keepShot(t, ctx, "officers-formulas", false)

	dropFile(t, ctx, "../../web/icon-192.png")
	statusSays(t, ctx, "无法读取“icon-192.png”")
	if got := js[string](t, ctx, `document.querySelector("[data-batch-error]").textContent`); !strings.HasPrefix(got, "不是可读取的表格文件") {
		t.Errorf("a PNG: %q", got)
	}

	// A file over the limit is refused unread, with the limit.
	big := filepath.Join(t.TempDir(), "big.csv")
	if err := os.WriteFile(big, make([]byte, batch.MaxFileSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	pickFile(t, ctx, big)
	statusSays(t, ctx, "无法读取“big.csv”")
	if got := js[string](t, ctx, `document.querySelector("[data-batch-error]").textContent`); !strings.HasPrefix(got, "文件超过 50 MB") {
		t.Errorf("a file of 50 MB and a byte: %q", got)
	}

	// A file dropped while another is read: nothing of the first is ever shown.
	js[chromedp.Void](t, ctx, `window.__rows = []; new MutationObserver(() => {
		const r = document.querySelector("[data-batch-rows]"); if (r) window.__rows.push(r.dataset.batchRows);
	}).observe(document.body, {subtree: true, childList: true})`)
	pickFile(t, ctx, manyRows(t, 50000))
	statusSays(t, ctx, "正在")
	pickFile(t, ctx, "../assess/testdata/formula-names.csv")
	forecastShown(t, ctx, "formula-names.csv")
	if rows := js[[]string](t, ctx, `window.__rows`); len(rows) == 0 || slices.ContainsFunc(rows, func(r string) bool { return r != "7" }) {
		t.Errorf("while formula-names.csv was read, forecasts of %v organisations were shown", rows)
	}
	sameForecastAsAssess(t, ctx, "../assess/testdata/formula-names.csv")
	if got := download(t, ctx, "csv"); !bytes.Contains(got, []byte("\r\n'=cmd|' /C calc'!A0,3,")) {
		t.Errorf("the CSV download writes a formula's name as %.400q", got)
	}
	s, err := batch.ReadSheet(download(t, ctx, "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Rows[1].Cells[0]; got != `=cmd|' /C calc'!A0` {
		t.Errorf("the .xlsx download writes a formula's name as %q", got)
	}

	// Cancelled: the file's forecast never comes, and the next file's does.
	pickFile(t, ctx, manyRows(t, 50000))
	waitUntil(t, ctx, `document.querySelector("[data-batch-cancel]")`)
	keepShot(t, ctx, "officers-cancel", false)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-batch-cancel]`)))
	statusSays(t, ctx, "已取消")
	pickFile(t, ctx, batchFiles+"forecast.csv")
	forecastShown(t, ctx, "forecast.csv")
	if rows := js[[]string](t, ctx, `window.__rows`); slices.ContainsFunc(rows, func(r string) bool { return r != "7" }) {
		t.Errorf("forecasts of %v organisations were shown", rows)
	}
}
