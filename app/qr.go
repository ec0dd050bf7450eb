package app

import (
	"html"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"rsc.io/qr/coding"
)

// qrCode is text as a QR code, for the page.
func qrCode(text, label string) app.UI { return app.Raw(qrSVG(text, label)) }

// qrSVG draws text as a QR code in SVG, one path for all dark modules, with the quiet
// zone the standard asks for. Medium error correction survives a smudged print or a
// glare on the projector screen. rsc.io/qr/coding gives the matrix without any image
// codec, so the page carries no PNG encoder it would never use.
func qrSVG(text, label string) string {
	code, err := encodeQR(text, coding.M)
	if err != nil {
		return ""
	}
	const quiet = 4
	var path strings.Builder
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; x++ {
			if code.Black(x, y) {
				path.WriteString("M" + strconv.Itoa(x+quiet) + " " + strconv.Itoa(y+quiet) + "h1v1h-1z")
			}
		}
	}
	size := strconv.Itoa(code.Size + 2*quiet)
	return `<svg class="qr" data-qr role="img" aria-label="` + html.EscapeString(label) + `" viewBox="0 0 ` + size + " " + size +
		`" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="` + size + `" height="` + size +
		`" fill="#fff"/><path d="` + path.String() + `" fill="#000"/></svg>`
}

// encodeQR picks the smallest version that holds text as bytes at level l.
func encodeQR(text string, l coding.Level) (*coding.Code, error) {
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for ; v < coding.MaxVersion && enc.Bits(v) > v.DataBytes(l)*8; v++ {
	}
	plan, err := coding.NewPlan(v, l, 0)
	if err != nil {
		return nil, err
	}
	return plan.Encode(enc)
}
