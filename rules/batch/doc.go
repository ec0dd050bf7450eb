// Package batch forecasts the zone's budget from a spreadsheet of many organisations: it
// reads .xlsx or CSV (UTF-8, UTF-16 or GB18030) whose columns the questionnaire names,
// in Chinese or English or by field path, and whose cells hold words as well as codes
// (企业, 是, 三 · 新备案自治区重点实验室); it lists every bad row at once; it assesses every
// organisation with the rules and sums them by item and measure; and it writes the
// forecast as CSV with a byte-order mark or as .xlsx, and the template to start from.
//
// It is plain Go: cmd/assess runs it on the command line, and cmd/batchworker in the
// page's Web Worker, so that the questionnaire's own WebAssembly never carries it.
package batch
