package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// view is a part of the page that can redraw alone: the results panel and clause 六's
// chart follow every keystroke without the questionnaire around them being drawn again,
// which at a phone's speed is what keeps typing fluid.
//
// The page draws a new view value each time it draws itself; go-app copies its Rev into
// the view it mounted first, which then draws again. Between two draws of the page, the
// page asks the mounted view to redraw through refresh.
type view struct {
	app.Compo

	Rev    int // the page's draw this view belongs to
	draw   func() app.UI
	slot   **view // where the page keeps the mounted view
	ctx    app.Context
	active bool
}

// OnMount tells the page which view is on screen.
func (v *view) OnMount(ctx app.Context) {
	v.ctx, v.active = ctx, true
	*v.slot = v
}

// OnDismount forgets it.
func (v *view) OnDismount() {
	v.active = false
	if *v.slot == v {
		*v.slot = nil
	}
}

func (v *view) Render() app.UI { return v.draw() }

// refresh redraws the mounted view alone.
func (v *view) refresh() {
	if v != nil && v.active {
		v.ctx.Dispatch(func(app.Context) {})
	}
}
