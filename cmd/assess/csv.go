package main

import (
	"bytes"
	"io"
	"strings"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
)

// assessBatch reads a spreadsheet of organisations (.xlsx, or CSV in UTF-8 or GB18030;
// see package batch) and writes the forecast as .xlsx when asked for it, else as CSV,
// with a byte-order mark when bom. Every bad row is in the error, and nothing is written.
func assessBatch(in io.Reader, lang rules.Lang, xlsx, bom bool) ([]byte, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	read, err := batch.Read(data, nil)
	if err != nil {
		return nil, err
	}
	f := batch.Assess(read.Rows, nil)
	var out bytes.Buffer
	if xlsx {
		err = f.WriteXLSX(&out, lang)
	} else {
		err = f.WriteCSV(&out, lang, bom)
	}
	return out.Bytes(), err
}

// template writes the template officers start from, as .xlsx or as CSV.
func template(lang rules.Lang, xlsx bool) ([]byte, error) {
	var out bytes.Buffer
	write := batch.TemplateCSV
	if xlsx {
		write = batch.TemplateXLSX
	}
	err := write(&out, lang)
	return out.Bytes(), err
}

// isXLSX reports whether an output file's name asks for a workbook.
func isXLSX(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".xlsx") }
