//go:build !wasm

package main

import (
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestBriefFits: on a projector of 1024×768 and of 1920×1080, in both languages, every step
// of every example fits the screen: nothing scrolls, nothing is cut off; and at 1024×768
// it reads from the back of a room (briefSmallText).
func TestBriefFits(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	for _, size := range [][2]int64{{1024, 768}, {1920, 1080}} {
		if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: size[0], Height: size[1], DeviceScaleFactor: 1}); err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"zh", "en"} {
			open(t, ctx, srv.URL+"/brief?lang="+lang)
			// Every example the picker offers.
			personas := js[[]string](t, ctx, `[...document.querySelectorAll("[data-persona]")].map(b => b.dataset.persona)`)
			if len(personas) < 6 {
				t.Fatalf("the picker offers %v", personas)
			}
			for _, p := range personas {
				do(t, ctx, chromedp.Click(chromedp.CSS(`[data-persona="`+p+`"]`)))
				js[chromedp.Void](t, ctx, `document.activeElement.blur()`)
				for step := 0; step <= 9; step++ {
					settle(t, ctx)
					if got := attr(t, ctx, `[data-step]`, "data-step"); got != strconv.Itoa(step) {
						t.Fatalf("%s step %d: the page is at step %s", p, step, got)
					}
					over := js[string](t, ctx, `(() => {
						const s = document.querySelector(".brief-screen"), q = document.querySelector(".brief-qr");
						const out = [];
						if (document.documentElement.scrollHeight > innerHeight + 1) out.push("page " + document.documentElement.scrollHeight);
						if (s.scrollHeight > s.clientHeight + 1) out.push("screen " + s.scrollHeight + " > " + s.clientHeight);
						if (q.scrollHeight > q.clientHeight + 1) out.push("qr " + q.scrollHeight + " > " + q.clientHeight);
						const amounts = [...s.querySelectorAll(".brief-item.earned")].filter(li => {
							const a = parseFloat(getComputedStyle(li.querySelector(".amount")).fontSize);
							return [...li.querySelectorAll("*:not(.amount)")].some(e => e.childElementCount === 0 && parseFloat(getComputedStyle(e).fontSize) > a);
						});
						if (amounts.length) out.push(amounts.length + " items whose amount is not their largest figure");
						return out.join("; ");
					})()`)
					if over != "" {
						t.Errorf("%dx%d %s %s step %d: %s", size[0], size[1], lang, p, step, over)
					}
					if size[0] == 1024 {
						if small := js[string](t, ctx, briefSmallText); small != "" {
							t.Errorf("1024x768 %s %s step %d: %s", lang, p, step, small)
						}
					}
					do(t, ctx, chromedp.KeyEvent(kb.PageDown))
				}
			}
		}
	}
}

// briefSmallText measures every visible piece of text of the briefing and says what is
// too small to read from the back of a room: any text under 20 px, but the link under the
// QR code, which is scanned, not read; and reasons or figures (amounts, counts) under
// 28 px (ui.md).
const briefSmallText = `(() => {
	const out = [];
	const walk = document.createTreeWalker(document.querySelector(".brief"), NodeFilter.SHOW_TEXT);
	let least = Infinity, where = "";
	for (let n; (n = walk.nextNode());) {
		const e = n.parentElement;
		if (!n.textContent.trim() || e.closest(".brief-qr .link, .visually-hidden")) continue;
		const r = document.createRange();
		r.selectNodeContents(n);
		if (![...r.getClientRects()].some(b => b.width > 0 && b.height > 0)) continue;
		const size = parseFloat(getComputedStyle(e).fontSize);
		if (size < least) { least = size; where = n.textContent.trim().slice(0, 30); }
	}
	if (least < 20) out.push("text of " + least + " px: " + where);
	for (const e of document.querySelectorAll(".brief-item .reasons li:not(.verdict), .figures dd")) {
		const size = parseFloat(getComputedStyle(e).fontSize);
		if (size < 28) out.push(e.className + " of " + size + " px: " + e.textContent.slice(0, 30));
	}
	return out.join("; ");
})()`

// TestBriefKeys: a clicker's page keys and the arrows step; a key with a modifier, the
// space bar and the arrows on a focused control keep their usual meaning; the focus never
// falls to the page when a step button stops applying.
func TestBriefKeys(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	open(t, ctx, srv.URL+"/brief?lang=en")
	step := func() string { settle(t, ctx); return attr(t, ctx, `[data-step]`, "data-step") }
	for _, c := range []struct {
		key  string
		mods []chromedp.KeyOption
		want string
	}{
		{kb.ArrowRight, nil, "1"}, {kb.PageDown, nil, "2"}, {kb.ArrowLeft, nil, "1"}, {kb.PageUp, nil, "0"},
		{" ", nil, "0"}, {kb.ArrowRight, []chromedp.KeyOption{chromedp.KeyModifiers(2)}, "0"}, // Ctrl+→
	} {
		do(t, ctx, chromedp.KeyEvent(c.key, c.mods...))
		if got := step(); got != c.want {
			t.Errorf("%q: step %s, want %s", c.key, got, c.want)
		}
	}
	// On a focused persona button the arrows are the button's; a clicker's page key still steps.
	do(t, ctx, chromedp.Focus(chromedp.CSS(`[data-persona="alloy-works"]`)), chromedp.KeyEvent(kb.ArrowRight))
	if got := step(); got != "0" {
		t.Errorf("→ on a focused button stepped to %s", got)
	}
	do(t, ctx, chromedp.KeyEvent(kb.PageDown))
	if got := step(); got != "1" {
		t.Errorf("PageDown on a focused button: step %s", got)
	}
	// The last step's button goes away under the focus: the focus moves to the other.
	do(t, ctx, chromedp.Focus(chromedp.CSS(`#brief-next`)))
	for i := 0; i < 10; i++ {
		do(t, ctx, chromedp.Click(chromedp.CSS(`#brief-next:not([disabled])`)))
		if step() == "9" {
			break
		}
	}
	if id := js[string](t, ctx, `document.activeElement.id`); id != "brief-prev" {
		t.Errorf("at the last step the focus is on %q", id)
	}

}
