package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
	"baotou-widget/rules/sharelink"
)

// recorderJS is installed in each page once it is interactive: it keeps the times of input
// events, of DOM changes and of the first paint after each change. See recorder.js.
//
//go:embed recorder.js
var recorderJS string

// KeyOptions say how many keys are pressed and how a key's end is found.
type KeyOptions struct {
	CPU      []int `json:"cpu"`          // the CPU slowdowns measured, each a cell
	Keys     int   `json:"keysPerCell"`  // keys measured in each cell
	Block    int   `json:"block"`        // keys in a row on one page before the other page's turn
	Warm     int   `json:"warmKeys"`     // keys pressed, not measured, at the start of each block
	WarmPage int   `json:"warmPageKeys"` // keys of each kind pressed, not measured, once the pages are open
	QuietMs  int   `json:"quietMs"`      // how long the page must stay unchanged after a key
	TimeoutS int   `json:"timeoutS"`     // how long a key may take at most
}

// Keystroke is what typing cost: the cells, keyed "widget-cross@4x", "floor@1x" ….
type Keystroke struct {
	Options KeyOptions       `json:"options"`
	Cells   map[string]*Cell `json:"cells"`
	Ratios  map[string]Ratio `json:"ratios"` // widget over floor at one CPU: "cross@4x" …
}

// Cell is one page, one kind of keys and one CPU slowdown: the figures and every key.
type Cell struct {
	Page          string      `json:"page"` // widget or floor
	Keys          string      `json:"keys"` // cross, still or echo
	CPU           int         `json:"cpu"`
	MedianMs      float64     `json:"medianMs"` // input event to the last DOM change
	P90Ms         float64     `json:"p90Ms"`
	PaintMedianMs float64     `json:"paintMedianMs"` // input event to the paint after it
	PaintP90Ms    float64     `json:"paintP90Ms"`
	Samples       []KeySample `json:"samples"`
}

// KeySample is one key pressed and measured.
type KeySample struct {
	Key       string  `json:"key"`   // "0", "1" or "Backspace"
	Value     string  `json:"value"` // the field's text after it
	Block     int     `json:"block"`
	DOMMs     float64 `json:"domMs"`     // input event to the last DOM change
	FirstMs   float64 `json:"firstMs"`   // input event to the first DOM change
	PaintMs   float64 `json:"paintMs"`   // input event to the first paint after the last change
	Mutations int     `json:"mutations"` // mutation observer callbacks (DOM changes seen)
	Stray     int     `json:"stray,omitempty"`
}

// Ratio is the widget's figures over the floor's, in the same run at the same CPU.
type Ratio struct {
	Median      float64 `json:"median"`
	P90         float64 `json:"p90"`
	PaintMedian float64 `json:"paintMedian"`
}

// keyKind is a sequence of keys and what each must leave on the page.
type keyKind struct {
	page string
	name string
	keys []string // pressed in turn, again and again; they leave the field as they found it
}

var keyKinds = []keyKind{
	{"widget", "cross", []string{"Backspace", "0"}}, // 1200 → 120 → 1200: clause 六 not earned, earned
	{"floor", "echo", []string{"1", "Backspace"}},   // 1200 → 12001 → 1200
	{"widget", "still", []string{"1", "Backspace"}}, // 1200 → 12001 → 1200: clause 六 earned throughout
}

func cellName(page, keys string, cpu int) string {
	if page == "floor" {
		return fmt.Sprintf("floor@%dx", cpu)
	}
	return fmt.Sprintf("%s-%s@%dx", page, keys, cpu)
}

// startText is what the field holds before each block: 1200 万元 of R&D this year.
const startText = "1200"

// keyPage is one page in a browser of its own, ready for keys.
type keyPage struct {
	name   string
	ctx    context.Context
	field  string              // the selector of the field typed into
	state  string              // a JavaScript expression: what the page shows that keys must change
	expect func(string) string // the state the page must show for the field's text
	text   string              // what the field holds now
	stop   func()
}

// measureKeystroke measures both pages, alternating blocks of keys between them.
func measureKeystroke(sites map[string]*site, o KeyOptions) (*Keystroke, error) {
	if o.Block <= 0 || o.Block%2 != 0 || o.Warm%2 != 0 || o.WarmPage%2 != 0 || o.Keys%o.Block != 0 {
		return nil, fmt.Errorf("keys (%d) must be a multiple of block (%d), and block, warm (%d) and warm-page (%d) even, so that each block leaves the field as it found it", o.Keys, o.Block, o.Warm, o.WarmPage)
	}
	expect, err := widgetExpectations()
	if err != nil {
		return nil, err
	}
	pages := map[string]*keyPage{}
	defer func() {
		for _, p := range pages {
			if p != nil {
				p.stop()
			}
		}
	}()
	magnet, _ := examples.Answers("magnet-maker")
	answers, _ := rules.Decode(magnet)
	pages["widget"], err = openKeyPage("widget", sites["widget"], "/#a="+sharelink.Encode(answers),
		`[data-q="rd.thisYear"]`,
		`[...document.querySelectorAll('[data-item="m6.rd_growth"], [data-item="m6.rd_scale"]')].map(e => e.dataset.item + "=" + e.dataset.eligible).sort().join(" ")`,
		func(text string) string { return expect[text] })
	if err != nil {
		return nil, err
	}
	pages["floor"], err = openKeyPage("floor", sites["floor"], "/", `[data-q="echo"]`,
		`document.querySelector("[data-echo]")?.textContent ?? "no [data-echo] element"`,
		func(text string) string { return text })
	if err != nil {
		return nil, err
	}
	// The floor's field starts empty: bring it to the widget's figure, key by key.
	if err := pages["floor"].focus(); err != nil {
		return nil, err
	}
	for _, k := range []string{"1", "2", "0", "0"} {
		if _, err := pages["floor"].press(k, o); err != nil {
			return nil, err
		}
	}

	// The first keys of a page run code the browser has not compiled fully yet.
	log.Printf("keystroke: %d keys of each kind to warm the pages up …", o.WarmPage)
	for _, kind := range keyKinds {
		warm := o
		warm.Warm, warm.Block = o.WarmPage, 0
		if _, err := pages[kind.page].block(kind, 1, warm); err != nil {
			return nil, fmt.Errorf("warming %s up: %w", cellName(kind.page, kind.name, 1), err)
		}
	}

	ks := &Keystroke{Options: o, Cells: map[string]*Cell{}, Ratios: map[string]Ratio{}}
	for _, cpu := range o.CPU {
		for _, kind := range keyKinds {
			ks.Cells[cellName(kind.page, kind.name, cpu)] = &Cell{Page: kind.page, Keys: kind.name, CPU: cpu}
		}
	}
	rounds := o.Keys / o.Block
	for _, cpu := range o.CPU {
		for r := range rounds {
			log.Printf("keystroke: CPU %d×, round %d of %d …", cpu, r+1, rounds)
			// cross, floor, still; then still, floor, cross: each kind of the widget's keys
			// comes as often before the floor's as after.
			order := []int{0, 1, 2}
			if r%2 == 1 {
				order = []int{2, 1, 0}
			}
			for _, i := range order {
				kind := keyKinds[i]
				cell := ks.Cells[cellName(kind.page, kind.name, cpu)]
				samples, err := pages[kind.page].block(kind, cpu, o)
				if err != nil {
					return nil, fmt.Errorf("%s at CPU %d×: %w", cellName(kind.page, kind.name, cpu), cpu, err)
				}
				for j := range samples {
					samples[j].Block = r
				}
				cell.Samples = append(cell.Samples, samples...)
			}
		}
	}
	for _, c := range ks.Cells {
		var dom, paint []float64
		for _, s := range c.Samples {
			dom, paint = append(dom, s.DOMMs), append(paint, s.PaintMs)
		}
		c.MedianMs, c.P90Ms = median(dom), quantile(dom, 0.9)
		c.PaintMedianMs, c.PaintP90Ms = median(paint), quantile(paint, 0.9)
	}
	for _, cpu := range o.CPU {
		f := ks.Cells[cellName("floor", "", cpu)]
		for _, kind := range []string{"cross", "still"} {
			w := ks.Cells[cellName("widget", kind, cpu)]
			ks.Ratios[fmt.Sprintf("%s@%dx", kind, cpu)] = Ratio{
				Median: w.MedianMs / f.MedianMs, P90: w.P90Ms / f.P90Ms, PaintMedian: w.PaintMedianMs / f.PaintMedianMs}
		}
	}
	return ks, nil
}

// widgetExpectations are the eligibility of clause 六's two items for each text the field
// takes, from this tree's rules, as the page's hooks must show them; and a check that the
// magnet-maker's answers still make "cross" keys cross and "still" keys not.
func widgetExpectations() (map[string]string, error) {
	data, err := examples.Answers("magnet-maker")
	if err != nil {
		return nil, err
	}
	a, err := rules.Decode(data)
	if err != nil {
		return nil, err
	}
	if got := a.RD.ThisYear.String(); got != "12000000" {
		return nil, fmt.Errorf("the magnet-maker's R&D this year is %s yuan, not the 1200 万元 the keys start from", got)
	}
	expect := map[string]string{}
	for _, text := range []string{"120", "1200", "12001"} {
		b := a
		b.RD.ThisYear = decimal.RequireFromString(text).Mul(decimal.NewFromInt(10000)) // 万元
		s := rules.Assess(b)
		var growth, scale bool
		for _, it := range s.Items {
			switch it.ID {
			case rules.RDGrowth:
				growth = it.Eligible
			case rules.RDScale:
				scale = it.Eligible
			}
		}
		expect[text] = fmt.Sprintf("m6.rd_growth=%t m6.rd_scale=%t", growth, scale)
	}
	earned, lost := "m6.rd_growth=true m6.rd_scale=true", "m6.rd_growth=false m6.rd_scale=false"
	if expect["1200"] != earned || expect["12001"] != earned || expect["120"] != lost {
		return nil, fmt.Errorf("the magnet-maker's clause 六 no longer moves as the keys need: %v", expect)
	}
	return expect, nil
}

// openKeyPage serves a site without throttling, opens it in a fresh browser, waits until
// the page is interactive and its service worker settled, installs the recorder and checks
// the page's hooks.
func openKeyPage(name string, s *site, path, field, state string, expect func(string) string) (_ *keyPage, err error) {
	ts, err := startThrottled(s.server, s.dir, Profile{Name: "local"})
	if err != nil {
		return nil, err
	}
	ctx, cancel, err := newBrowser()
	if err != nil {
		ts.stop()
		return nil, err
	}
	p := &keyPage{name: name, ctx: ctx, field: field, state: state, expect: expect, text: startText,
		stop: func() { cancel(); ts.stop() }}
	defer func() {
		if err != nil {
			p.stop()
			err = fmt.Errorf("the %s page: %w", name, err)
		}
	}()
	if _, err := visit(ctx, ts.URL+path); err != nil {
		return nil, err
	}
	if err := workerSettled(ctx); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		return nil, err
	}
	check, err := chromedp.Run(ctx, chromedp.Evaluate[string](recorderJS+fmt.Sprintf(`;(() => {
		if (document.visibilityState !== "visible") return "the page is hidden: no frame would be painted";
		const field = document.querySelector(%q);
		if (!field) return "it has no field " + %[1]q + " to type into: its hooks are missing";
		return "";
	})()`, field)))
	if err != nil {
		return nil, err
	}
	if check != "" {
		return nil, errors.New(check)
	}
	if name == "widget" {
		if err := p.checkState("the share link's answers"); err != nil {
			return nil, err
		}
	} else {
		p.text = ""
	}
	return p, nil
}

// checkState checks the field's text and the page's state against what is expected.
func (p *keyPage) checkState(after string) error {
	got, err := chromedp.Run(p.ctx, chromedp.Evaluate[[2]string](fmt.Sprintf(`[document.querySelector(%q)?.value ?? "(no field)", (() => { try { return String(%s) } catch (e) { return String(e) } })()]`, p.field, p.state)))
	if err != nil {
		return err
	}
	if got[0] != p.text {
		return fmt.Errorf("after %s the field holds %q, not %q", after, got[0], p.text)
	}
	if want := p.expect(p.text); got[1] != want {
		return fmt.Errorf("after %s (field %q) the page shows %q, not %q: its hooks are missing or it did not follow", after, p.text, got[1], want)
	}
	return nil
}

// block presses warm keys, then measured keys, of one kind at one CPU slowdown.
func (p *keyPage) block(kind keyKind, cpu int, o KeyOptions) ([]KeySample, error) {
	if p.text != startText {
		return nil, fmt.Errorf("the field holds %q before the block, not %q", p.text, startText)
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: float64(cpu)}); err != nil {
		return nil, err
	}
	if err := p.focus(); err != nil {
		return nil, err
	}
	var samples []KeySample
	for i := range o.Warm + o.Block {
		s, err := p.press(kind.keys[i%len(kind.keys)], o)
		if err != nil {
			return nil, err
		}
		if i >= o.Warm {
			samples = append(samples, s)
		}
	}
	return samples, nil
}

// focus focuses the field and puts the cursor at its end, as after typing the figure.
func (p *keyPage) focus() error {
	ok, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(() => {
		const f = document.querySelector(%q);
		if (!f) return false;
		f.focus();
		f.setSelectionRange(f.value.length, f.value.length);
		return document.activeElement === f;
	})()`, p.field)))
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("the field %s cannot be focused", p.field)
	}
	return nil
}

// keyResult is what the recorder saw of one key, in the page's milliseconds.
type keyResult struct {
	Error     string  `json:"error"`
	Input     float64 `json:"input"`
	First     float64 `json:"first"`
	Last      float64 `json:"last"`
	Paint     float64 `json:"paint"`
	Mutations int     `json:"mutations"`
	Stray     int     `json:"stray"`
	Inputs    int     `json:"inputs"`
	Value     string  `json:"value"`
	State     string  `json:"state"`
}

// press presses one key as a keyboard does, waits until the page has settled, and checks
// that the field and the page show what they must.
func (p *keyPage) press(key string, o KeyOptions) (KeySample, error) {
	ctx, cancel := context.WithTimeout(p.ctx, time.Duration(o.TimeoutS+10)*time.Second)
	defer cancel()
	want := p.text + key
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: key, Text: key,
		Code: "Digit" + key, WindowsVirtualKeyCode: int64(key[0]), NativeVirtualKeyCode: int64(key[0])}
	if key == "Backspace" {
		want = p.text[:max(len(p.text)-1, 0)]
		down = input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeRawKeyDown, Key: key, Code: key,
			WindowsVirtualKeyCode: 8, NativeVirtualKeyCode: 8}
	}
	up := down
	up.Type, up.Text = input.DispatchKeyEventTypeKeyUp, ""

	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`__bench.arm(%d, %d, %q, () => String(%s))`,
		o.QuietMs, o.TimeoutS*1000, p.field, p.state))); err != nil {
		return KeySample{}, err
	}
	for _, e := range []input.DispatchKeyEventParams{down, up} {
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, e); err != nil {
			return KeySample{}, err
		}
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[keyResult](`__bench.done`, chromedp.EvalAwaitPromise))
	if err != nil {
		return KeySample{}, fmt.Errorf("key %s: %w", key, err)
	}
	if r.Error != "" {
		return KeySample{}, fmt.Errorf("key %s into %q: %s", key, p.text, r.Error)
	}
	if r.Inputs != 1 {
		return KeySample{}, fmt.Errorf("key %s made %d input events, not one", key, r.Inputs)
	}
	if r.Value != want {
		return KeySample{}, fmt.Errorf("key %s into %q left %q, not %q: was the cursor moved?", key, p.text, r.Value, want)
	}
	if exp := p.expect(want); r.State != exp {
		return KeySample{}, fmt.Errorf("after key %s (field %q) the page shows %q, not %q: its hooks are missing or it did not follow", key, want, r.State, exp)
	}
	p.text = want
	return KeySample{Key: key, Value: want, DOMMs: r.Last - r.Input, FirstMs: r.First - r.Input,
		PaintMs: r.Paint - r.Input, Mutations: r.Mutations, Stray: r.Stray}, nil
}
