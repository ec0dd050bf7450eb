//go:build !wasm

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// screenshots are the pictures an install prompt shows (web/screenshot-*.png, taken from
// the widget with a share link of an example: make screenshot): with them and the
// manifest's id, lang and description, Android offers its rich install sheet.
var screenshots = []struct {
	src, sizes, formFactor, label string
}{
	{"/web/screenshot-narrow.png", "360x740", "narrow", "问卷与即时结果（手机）"},
	{"/web/screenshot-wide.png", "1280x800", "wide", "问卷与即时结果"},
}

// completeManifest adds to go-app's manifest what it does not write: an id that stays
// when the start address gains a query, the language, and the screenshots.
func completeManifest(dir, base string) error {
	file := filepath.Join(dir, "manifest.webmanifest")
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	m["id"] = base + "/"
	m["lang"] = "zh-CN"
	var shots []map[string]string
	for _, s := range screenshots {
		shots = append(shots, map[string]string{"src": base + s.src, "sizes": s.sizes, "type": "image/png", "form_factor": s.formFactor, "label": s.label})
	}
	m["screenshots"] = shots
	if data, err = json.Marshal(m); err != nil {
		return err
	}
	return os.WriteFile(file, data, 0o644)
}

// ogAddress matches the og:url and og:image go-app writes, which without a domain are a
// bare "https://"; it writes a tag's attributes in either order.
var ogAddress = regexp.MustCompile(`<meta (?:property="og:(url|image)" content="[^"]*"|content="[^"]*" property="og:(url|image)")>\s*`)

// publicOG writes every page's og:url and og:image from the public address the site is
// built for, so that a link pasted in a chat app shows the page and its icon; without an
// address it takes them off rather than leave a placeholder.
func publicOG(dir, publicURL string) error {
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	public := strings.TrimRight(publicURL, "/")
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page := strings.TrimSuffix(filepath.Base(p), ".html")
		if page == "index" {
			page = ""
		}
		b = ogAddress.ReplaceAllFunc(b, func(tag []byte) []byte {
			if public == "" {
				return nil
			}
			v := public + "/" + page
			if strings.Contains(string(tag), `"og:image"`) {
				v = public + "/web/icon-512.png"
			}
			m := ogAddress.FindSubmatch(tag)
			return []byte(`<meta property="og:` + string(m[1]) + string(m[2]) + `" content="` + v + `">` + "\n")
		})
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
