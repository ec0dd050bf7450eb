package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// live is embedded by the parts of the page that redraw alone: while the user types, the
// results, the totals bar, the chart and the line under the field follow each key, and
// nothing else is drawn again.
//
// In go-app a component's Dispatch marks it and every component above it for a redraw.
// redraw dispatches on the part's own context and, inside that dispatch, takes back the
// mark of the component directly above (above's PreventUpdate unmarks it and everything
// above it), so that only the part itself is drawn again. The page draws every live part
// again whenever it draws itself: each carries the page's draw count as an exported
// field, which go-app compares.
type live struct {
	w       *Widget
	key     string // where the page finds the part once mounted; "" for a part within a part
	ctx     app.Context
	mounted bool
}

// livePart is a part of the page w finds at key once it is mounted.
func livePart(w *Widget, key string) live { return live{w: w, key: key} }

// OnMount keeps the part's context, to redraw it later, and tells the page it is there.
func (l *live) OnMount(ctx app.Context) {
	l.ctx, l.mounted = ctx, true
	if l.key != "" {
		l.w.parts[l.key] = l
	}
}

// OnDismount stops redrawing a part that left the page.
func (l *live) OnDismount() {
	l.mounted = false
	if l.key != "" && l.w.parts[l.key] == l {
		delete(l.w.parts, l.key)
	}
}

// redraw draws the part again, alone; above is the context of the component directly
// above it.
func (l *live) redraw(above app.Context) {
	if l.mounted {
		redrawsAsked++
		l.ctx.Dispatch(func(app.Context) { above.PreventUpdate() })
	}
}
