package rules

import (
	"reflect"
	"testing"

	"baotou-widget/rules/examples"
)

// TestAssessIntoReuses: assessing one organisation after another into the same
// assessment gives each what Assess gives it alone, whatever came before.
func TestAssessIntoReuses(t *testing.T) {
	var s Assessment
	names := examples.Names()
	for _, name := range append(names, names...) {
		data, _ := examples.Answers(name)
		a, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		AssessInto(&s, a)
		want := Assess(a)
		for _, lang := range []Lang{Chinese, English} {
			if got, want := s.Report(lang), want.Report(lang); !reflect.DeepEqual(got, want) {
				t.Errorf("%s after another: %+v\nalone: %+v", name, got, want)
			}
		}
	}
}
