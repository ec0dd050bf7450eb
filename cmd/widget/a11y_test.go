//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	widget "baotou-widget/app"
	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// Accessible to everyone: axe-core on every state a person can reach, a keyboard alone
// through the magnet-maker answers, and what a screen reader is given.

// axeSource is axe-core, pinned in package.json; make test installs it (npm ci).
func axeSource(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("../../node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core is not installed: run `npm ci` at the project's root (make test does): %v", err)
	}
	return string(src)
}

// axeTags are the rules axe runs: WCAG 2.0, 2.1 and 2.2 A and AA, and its best practice.
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]`

// axeResult is what axe found in a state: its violations, and the colour contrasts it
// could not decide, decided here from the computed colours.
type axeResult struct {
	Violations []string `json:"violations"`
	Undecided  []string `json:"undecided"`
	Passes     int      `json:"passes"`
	Resolved   int      `json:"resolved"`
}

// checkAxe runs axe on the page as it stands and fails on any violation, and on any
// colour contrast that axe left undecided and the computed colours do not meet.
func checkAxe(t *testing.T, ctx context.Context, src, state string) axeResult {
	t.Helper()
	settle(t, ctx)
	if !js[bool](t, ctx, `typeof axe !== "undefined"`) {
		js[chromedp.Void](t, ctx, src)
	}
	r := js[axeResult](t, ctx, `(async () => {
		const res = await axe.run(document, {runOnly: {type: "tag", values: `+axeTags+`}});
		const violations = res.violations.flatMap(v => v.nodes.map(n => v.id + " " + n.target.join(" ") + ": " + n.failureSummary.split("\n").slice(1, 3).join(" ")));
		// Colour contrasts axe cannot decide (text over other boxes, a sticky bar): the
		// computed colour against the first opaque background behind it.
		const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
		const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
		const background = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; const a = rgb(c); if (a.length === 3 || a[3] > 0.9) return c; } return "rgb(255, 255, 255)"; };
		const undecided = [];
		let resolved = 0;
		for (const item of res.incomplete.filter(i => i.id === "color-contrast")) {
			for (const n of item.nodes) {
				const el = document.querySelector(n.target[0]);
				if (!el) continue;
				const s = getComputedStyle(el);
				const l1 = lum(s.color), l2 = lum(background(el));
				const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
				const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
				if (ratio < (large ? 3 : 4.5)) undecided.push(n.target.join(" ") + " " + ratio.toFixed(2));
				else resolved++;
			}
		}
		return {violations, undecided, passes: res.passes.length, resolved};
	})()`)
	if r.Passes < 20 {
		t.Errorf("%s: axe passed only %d rules: did it run?", state, r.Passes)
	}
	for _, v := range r.Violations {
		t.Errorf("%s: axe: %s", state, v)
	}
	for _, u := range r.Undecided {
		t.Errorf("%s: colour contrast below AA: %s", state, u)
	}
	return r
}

// openEverything opens every fold of the page: the items not earned and each of them,
// each clause's text, where the data is, the items rewarded higher up.
func openEverything(t *testing.T, ctx context.Context) {
	t.Helper()
	js[chromedp.Void](t, ctx, `document.querySelectorAll("details:not([open]) > summary").forEach(s => s.click())`)
	settle(t, ctx)
	js[chromedp.Void](t, ctx, `document.querySelectorAll("details:not([open]) > summary").forEach(s => s.click())`)
	settle(t, ctx)
	js[chromedp.Void](t, ctx, `document.querySelectorAll('.clause-toggle[aria-expanded="false"]').forEach(b => b.click())`)
	settle(t, ctx)
}

// TestAxe: zero violations of WCAG 2.2 A and AA and of axe's best practice, in every state.
func TestAxe(t *testing.T) {
	src := axeSource(t)
	srv := serve(t, "")
	ctx := browser(t)
	magnet := sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json"))
	states, rules, resolved := 0, 0, 0
	check := func(state string) {
		r := checkAxe(t, ctx, src, state)
		states, rules, resolved = states+1, rules+r.Passes, resolved+r.Resolved
	}

	open(t, ctx, srv.URL+"/")
	check("/ empty")
	open(t, ctx, srv.URL+"/#a="+magnet)
	openEverything(t, ctx)
	check("/ filled, every fold open")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-lang-choice="en"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-lang="en"]`)))
	openEverything(t, ctx)
	check("/ in English, every fold open")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="compare"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-compare]`)))
	retype(t, ctx, "rd.thisYear", "1500")
	check("/ comparing two scenarios")
	retype(t, ctx, "rd.revenue", "abc")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="share"]`)))
	check("/ an error on a field, a share link made")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)), chromedp.WaitVisible(chromedp.CSS(`[data-action="undo"]`)))
	check("/ cleared, undo offered")

	phone(t, ctx, 360, 760)
	open(t, ctx, srv.URL+"/#a="+magnet)
	openEverything(t, ctx)
	check("/ at 360 px, every fold open")
	open(t, ctx, srv.URL+"/?embed=1&lang=en#a="+magnet)
	check("/?embed=1 at 360 px")
	phone(t, ctx, 1280, 1000)

	for _, lang := range []string{"zh", "en"} {
		open(t, ctx, srv.URL+"/brief?persona=pilot-plant&lang="+lang)
		for step := 0; step <= 9; step++ {
			check(fmt.Sprintf("/brief %s step %d", lang, step))
			do(t, ctx, chromedp.KeyEvent(kb.PageDown))
		}
	}
	open(t, ctx, srv.URL+"/officers")
	check("/officers")
	open(t, ctx, srv.URL+"/officers?example&lang=en")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(`[data-batch-rows]`)))
	check("/officers with a batch loaded")
	t.Logf("%d states checked with axe-core: %d rules passed in all, %d undecided colour contrasts met AA by their computed colours", states, rules, resolved)
}

// TestKeyboardPath: from load, the keyboard alone (Tab, Shift+Tab, Space, Enter, the
// arrows) answers the magnet-maker example, opens a clause's text, shares, compares and
// prints; the totals then are cmd/assess's; at every step the focused element is on
// screen and nothing covers it, on a 360 px phone where the totals bar is fixed.
func TestKeyboardPath(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	phone(t, ctx, 360, 760)
	open(t, ctx, srv.URL+"/?lang=en")
	a := decodeFile(t, examples+"magnet-maker.answers.json")
	tabs := 0
	// tabTo presses Tab, or Shift+Tab when sel comes earlier in the page, until the focus
	// is on the element sel finds, checking each stop.
	tabTo := func(sel string) {
		t.Helper()
		back := js[bool](t, ctx, `!!(document.querySelector(`+jsString(sel)+`).compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)`)
		for range 400 {
			if js[bool](t, ctx, `document.activeElement.matches(`+jsString(sel)+`)`) {
				return
			}
			if back {
				shiftTab(t, ctx)
			} else {
				do(t, ctx, chromedp.KeyEvent(kb.Tab))
				settle(t, ctx)
			}
			tabs++
			focusVisible(t, ctx)
		}
		t.Fatalf("Tab never reached %s", sel)
	}
	press := func(keys ...string) {
		for _, k := range keys {
			do(t, ctx, chromedp.KeyEvent(k))
		}
		settle(t, ctx)
	}
	keyboardFill(t, ctx, a, tabTo, press)
	sameAsAssess(t, readResults(t, ctx), assessed(t, examples+"magnet-maker.answers.json"))

	// On, forward or back: a clause's text, share, compare, print.
	tabTo(`[data-item="m6.rd_growth"] .clause-toggle`)
	press(kb.Enter)
	if js[string](t, ctx, `document.querySelector('[data-item="m6.rd_growth"] .clause-toggle').getAttribute("aria-expanded")`) != "true" {
		t.Error("Enter on a clause button did not open the text")
	}
	tabTo(`[data-action="share"]`)
	press(kb.Enter)
	if js[string](t, ctx, `document.activeElement.id`) != "share-link" {
		t.Error("after sharing, the focus is not on the link")
	}
	tabTo(`[data-action="compare"]`)
	press(" ")
	if js[string](t, ctx, `document.activeElement.id`) != "compare-title" {
		t.Errorf("after starting a comparison, the focus is on %q", js[string](t, ctx, `document.activeElement.id`))
	}
	tabTo(`[data-action="print"]`)
	press(kb.Enter)
	sameAsAssess(t, readResults(t, ctx), assessed(t, examples+"magnet-maker.answers.json"))
	t.Logf("the magnet-maker answers given with %d Tab stops, each in view and uncovered", tabs)
}

// shiftTab presses Shift+Tab, as the DevTools' own key events do.
func shiftTab(t *testing.T, ctx context.Context) {
	t.Helper()
	press := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Modifiers: int64(chromedp.ModifierShift), Key: "Tab", Code: "Tab",
				WindowsVirtualKeyCode: 9, NativeVirtualKeyCode: 9}); err != nil {
				return err
			}
		}
		return nil
	})
	if err := chromedp.Do(ctx, press); err != nil {
		t.Fatal(err)
	}
	settle(t, ctx)
}

// keyboardFill answers the questionnaire with the keyboard: Tab to each question in
// turn, Space on a box, the arrows in a select, digits in a field.
func keyboardFill(t *testing.T, ctx context.Context, a rules.Answers, tabTo func(string), press func(...string)) {
	t.Helper()
	for i := range rules.Fields {
		f := &rules.Fields[i]
		sel := fmt.Sprintf(`[data-q=%q]`, f.Path)
		switch f.Kind {
		case rules.KindBool:
			if *f.Bool(&a) {
				tabTo(sel)
				press(" ")
			}
		case rules.KindEnum:
			if v := *f.Text(&a); v != "" {
				tabTo(sel)
				n := js[int](t, ctx, `[...document.querySelector(`+jsString(sel)+`).options].findIndex(o => o.value === `+jsString(v)+`)`)
				for range n {
					press(kb.ArrowDown)
				}
			}
		case rules.KindList:
			for _, v := range *f.List(&a) {
				tabTo(fmt.Sprintf(`%s[value=%q]`, sel, v))
				press(" ")
			}
		case rules.KindAmount:
			if v := *f.Amount(&a); !v.IsZero() {
				tabTo(sel)
				do(t, ctx, chromedp.KeyEvent(v.Shift(-4).String()))
				settle(t, ctx)
			}
		case rules.KindCount, rules.KindYear:
			if n := *f.Int(&a); n != 0 {
				tabTo(sel)
				do(t, ctx, chromedp.KeyEvent(fmt.Sprint(n)))
			}
		}
	}
}

// focusVisible fails unless the focused element is on screen, its outline visible, and
// the element at its centre is it (or inside it, or its label): nothing covers it.
func focusVisible(t *testing.T, ctx context.Context) {
	t.Helper()
	problem := js[string](t, ctx, `(() => {
		const e = document.activeElement;
		if (!e || e === document.body) return "the focus is on the page itself";
		const target = e.type === "checkbox" ? (document.querySelector('label[for="' + e.id + '"]') || e) : e;
		const r = target.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return "";
		if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return "off screen at " + Math.round(r.top);
		const at = document.elementFromPoint(Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1));
		if (at && !e.contains(at) && !target.contains(at) && at !== target && !(at.closest("label") && at.closest("label").htmlFor === e.id))
			return "covered by " + at.tagName + "." + at.className;
		if (getComputedStyle(e).outlineStyle === "none" && getComputedStyle(e).boxShadow === "none" && e.matches(":focus-visible")) return "no visible focus indicator";
		return "";
	})()`)
	if problem != "" {
		t.Errorf("focus on %s: %s", js[string](t, ctx, `(e => e.tagName + "#" + e.id + (e.dataset.q ? "[" + e.dataset.q + "]" : ""))(document.activeElement)`), problem)
	}
}

// TestScreenReaderPath: the accessibility tree names every control, says each amount's
// unit, and the totals are announced once after a pause, not at every key.
func TestScreenReaderPath(t *testing.T) {
	srv := serve(t, "")
	ctx := browser(t)
	for _, lang := range []string{"zh", "en"} {
		open(t, ctx, srv.URL+"/?lang="+lang+"#a="+sharelink.Encode(decodeFile(t, examples+"magnet-maker.answers.json")))
		nodes, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		if err != nil {
			t.Fatal(err)
		}
		controls, amounts := 0, 0
		for _, n := range nodes.Nodes {
			if n.Ignored || n.Role == nil {
				continue
			}
			role := axString(n.Role)
			switch role {
			case "textbox", "checkbox", "combobox", "button", "link", "searchbox":
			default:
				continue
			}
			controls++
			name, description := axString(n.Name), axString(n.Description)
			if strings.TrimSpace(name) == "" {
				t.Errorf("%s: a %s without a name (node %s)", lang, role, n.NodeID)
			}
			if role == "textbox" && (strings.Contains(description, "万元") || strings.Contains(description, "RMB")) {
				amounts++
			}
		}
		if want := js[int](t, ctx, `document.querySelectorAll("[data-unit]").length`); amounts != want || want < 6 {
			t.Errorf("%s: %d of the %d amount fields say their unit", lang, amounts, want)
		}
		t.Logf("%s: %d controls, each named; %d amounts with their unit", lang, controls, amounts)
	}

	// Type 4999 into this year's R&D a key at a time: the totals region speaks once the
	// typing pauses, never between two keys less than the pause apart. The page notes when
	// each key came and when the region spoke, so that a machine too busy to send the keys
	// promptly makes a pause, not a failure.
	js[chromedp.Void](t, ctx, `window.__log = []; const said = document.getElementById("totals-said");
		new MutationObserver(() => window.__log.push({said: said.textContent, at: performance.now()}))
			.observe(said, {subtree: true, childList: true, characterData: true});
		// Noted as the event starts (capture), before the program hears of it.
		document.addEventListener("input", e => e.target.dataset.q === "rd.thisYear" && window.__log.push({at: performance.now()}), true)`)
	js[chromedp.Void](t, ctx, `document.querySelector('[data-q="rd.thisYear"]').select()`)
	for _, k := range "4999" {
		do(t, ctx, chromedp.KeyEvent(string(k)))
	}
	quiet(t, ctx)
	type entry struct {
		Said *string `json:"said"`
		At   float64 `json:"at"`
	}
	log := js[[]entry](t, ctx, `window.__log`)
	keys, said, lastKey := 0, []string{}, 0.0
	for i, e := range log {
		if e.Said == nil {
			keys, lastKey = keys+1, e.At
			continue
		}
		said = append(said, *e.Said)
		if i > 0 && log[i-1].Said != nil {
			t.Errorf("the totals region spoke twice with no key between: %q", said)
		}
		if pause := e.At - lastKey; keys > 0 && pause < float64(widget.AnnounceDelay.Milliseconds()) {
			t.Errorf("the totals region spoke %.0f ms after a key, before the pause of %v", pause, widget.AnnounceDelay)
		}
	}
	if t.Failed() || keys != 4 || len(log) == 0 || log[len(log)-1].Said == nil {
		t.Logf("the page noted (keys without said): %s", js[string](t, ctx, `JSON.stringify(window.__log)`))
	}
	if keys != 4 || len(log) == 0 || log[len(log)-1].Said == nil {
		t.Fatalf("after 4 keys and a pause the page noted %d keys and the totals said %q", keys, said)
	}
	if last := said[len(said)-1]; !strings.Contains(last, "RMB") || strings.Contains(last, "¥") {
		t.Errorf("after a pause the totals region said %q, want the totals, briefly", last)
	}
}

func axString(v *accessibility.Value) string {
	var s string
	if v != nil && json.Unmarshal(v.Value, &s) == nil {
		return s
	}
	return ""
}
