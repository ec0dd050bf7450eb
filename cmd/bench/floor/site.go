//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"log"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// writeSite writes the floor's static site to the folder named on the command line, whose
// web/app.wasm must be built.
func writeSite() {
	if len(os.Args) != 3 || os.Args[1] != "static" {
		log.Fatal("usage: floor static DIR")
	}
	dir := os.Args[2]
	wasm, err := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	if err != nil {
		log.Fatal(err)
	}
	sum := sha256.Sum256(wasm)
	h := &app.Handler{
		Name:              "Hello",
		Icon:              app.Icon{Default: "/web/icons/icon-192.png", Large: "/web/icons/icon-512.png", SVG: "/web/icons/icon.svg"},
		Version:           hex.EncodeToString(sum[:8]),
		WasmContentLength: strconv.Itoa(len(wasm)),
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		log.Fatal(err)
	}
}
