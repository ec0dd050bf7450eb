package rules

import "testing"

func BenchmarkAssess(b *testing.B) {
	a, err := Decode(readFile(b, "examples/pilot-plant.answers.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Assess(a)
	}
}

func BenchmarkDecodeAssessReport(b *testing.B) {
	data := readFile(b, "examples/magnet-maker.answers.json")
	b.ReportAllocs()
	for b.Loop() {
		a, _ := Decode(data)
		s := Assess(a)
		s.Report(Chinese)
	}
}
