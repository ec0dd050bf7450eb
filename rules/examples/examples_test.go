package examples

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestEveryFileListed: each NAME.answers.json of the folder is in the list, in order.
func TestEveryFileListed(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".answers.json"); ok {
			want = append(want, name)
		}
	}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("examples listed %v, files %v: add the new example to the list in examples.go", got, want)
	}
	for _, name := range want {
		data, err := os.ReadFile(name + ".answers.json")
		if got, _ := Answers(name); err != nil || string(got) != string(data) {
			t.Errorf("%s: the embedded answers are not the file's", name)
		}
	}
	if _, err := Answers("nobody"); err == nil {
		t.Error("an unknown example gives answers")
	}
}
