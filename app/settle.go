package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Whoever drives the page (the browser tests) must know when it has done what it was
// asked, and a time is the wrong measure of that on a busy machine: go-app handles an
// event on its own loop and draws on its own clock, a live part is drawn a frame after it
// is asked, and saving the answers and telling screen readers the totals wait for a pause
// in typing. So the page says it:
//
//   - data-pending, on its root element: how many kinds of work wait for a pause in
//     typing (saving, announcing the totals); "0" when none does;
//   - asked by the window event "baotou-widget:settle" (detail {id, quiet, flush}), it
//     answers with the window event "baotou-widget:settled" (detail: the id) once every
//     event before the request is handled and every part it changed is drawn; with
//     quiet, once the work waiting for a pause is done too; flush does that work at
//     once instead of after the pause. The page writes its progress into the request's
//     detail (heard, rounds), so that a request left unanswered says where it stopped.
const (
	settleEvent  = "baotou-widget:settle"
	settledEvent = "baotou-widget:settled"
)

// pause is a kind of work waiting for a pause in typing.
type pause struct {
	calls int    // the calls so far: only the last call's timer does the work
	do    func() // the last call's work
}

// settleRequest is a request to settle, waiting for its answer.
type settleRequest struct {
	page  app.Context // the page's own context
	w     *Widget     // the questionnaire, whose work may wait for a pause; nil on other pages
	id    app.Value
	quiet bool
	trace app.Value // the request's detail, where its progress is written
}

// redrawsAsked counts the live parts asked to draw again (live.redraw): a request to
// settle is answered only once none was asked since its last check was queued.
var redrawsAsked int

// afterPause calls f once afterPause has not been called with the same kind for delay,
// drawing nothing else.
func (w *Widget) afterPause(ctx app.Context, kind string, delay time.Duration, f func()) {
	if !app.IsClient {
		return
	}
	if w.ready {
		ctx = w.page // not the control's context: the control may be gone by then
	}
	p := w.pauses[kind]
	if p == nil {
		p = &pause{}
		w.pauses[kind] = p
		w.showPending()
	}
	p.calls++
	p.do = f
	n := p.calls
	ctx.After(delay, func(ctx app.Context) {
		ctx.PreventUpdate()
		if w.pauses[kind] == p && p.calls == n {
			w.donePause(kind)
		}
	})
}

// donePause does the work of a kind now, and answers the requests that waited for it.
func (w *Widget) donePause(kind string) {
	p := w.pauses[kind]
	delete(w.pauses, kind)
	p.do()
	w.showPending()
	if len(w.pauses) == 0 {
		waiting := w.settling
		w.settling = nil
		for _, r := range waiting {
			r.afterFrame()
		}
	}
}

// showPending writes data-pending.
func (w *Widget) showPending() {
	if root := w.JSValue(); root.Truthy() {
		root.Call("setAttribute", "data-pending", strconv.Itoa(len(w.pauses)))
	}
}

// answerSettle answers requests to settle on the page of context page: the
// questionnaire w, or (w nil) a page without work that waits for a pause.
func answerSettle(page app.Context, w *Widget) app.Func {
	return onBrowserEvent(settleEvent, func(e app.Value) {
		d := e.Get("detail")
		d.Set("heard", true)
		d.Set("rounds", 0)
		r := settleRequest{page: page, w: w, id: d.Get("id"), quiet: d.Get("quiet").Truthy() && w != nil, trace: d}
		flush := d.Get("flush").Truthy() && w != nil
		// Queued now, behind every event the browser gave the page before the request.
		page.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			if flush {
				for kind := range w.pauses {
					w.donePause(kind)
				}
			}
			r.afterFrame()
		})
	})
}

// afterFrame answers r after go-app's next frame if no live part was asked to draw since
// this call, and the work r waits for is done; else it checks again after the frame that
// draws those parts, or once that work is done. The check is queued behind every part
// asked so far, so those have been drawn by the frame after it.
func (r settleRequest) afterFrame() {
	asked := redrawsAsked
	r.trace.Set("rounds", r.trace.Get("rounds").Int()+1)
	r.page.Dispatch(func(ctx app.Context) {
		ctx.PreventUpdate()
		r.trace.Set("dispatched", r.trace.Get("rounds"))
		ctx.Defer(func(ctx app.Context) {
			r.trace.Set("checked", r.trace.Get("rounds"))
			switch {
			case redrawsAsked != asked:
				r.afterFrame()
			case r.quiet && len(r.w.pauses) > 0:
				r.trace.Set("waitsForPause", len(r.w.pauses))
				r.w.settling = append(r.w.settling, r)
			default:
				// Last of this frame's deferred work (focus, inputs' values), which the
				// answer must follow.
				ctx.Defer(func(app.Context) {
					app.Window().Call("dispatchEvent", app.Window().Get("CustomEvent").New(settledEvent, map[string]any{"detail": r.id}))
				})
			}
		})
	})
}
