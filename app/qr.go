package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	goqr "github.com/piglig/go-qr"
)

// qrCode draws text as a QR code in SVG, one path for all dark modules, with the quiet
// zone the standard asks for. Medium error correction survives a smudged print or a
// glare on the projector screen.
func qrCode(text, label string) app.UI {
	qr, err := goqr.EncodeText(text, goqr.Medium)
	if err != nil {
		return app.Text("")
	}
	const quiet = 4
	n := qr.Size()
	var path strings.Builder
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if qr.Module(x, y) {
				fmt.Fprintf(&path, "M%d %dh1v1h-1z", x+quiet, y+quiet)
			}
		}
	}
	size := n + 2*quiet
	return app.Raw(fmt.Sprintf(`<svg class="qr" data-qr role="img" aria-label="%s" viewBox="0 0 %d %d" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="%d" height="%d" fill="#fff"/><path d="%s" fill="#000"/></svg>`,
		htmlEscape(label), size, size, size, size, path.String()))
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
