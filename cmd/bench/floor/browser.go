//go:build wasm

package main

func writeSite() {}
