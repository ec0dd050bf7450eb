package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
)

// rulesBenchmarks runs the rules', cmd/assess's and package batch's Go benchmarks of a tree
// count times and gives each one's median ns/op.
func rulesBenchmarks(tree string, count int) (map[string]float64, error) {
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", ".", "-count", strconv.Itoa(count), "./rules", "./cmd/assess", "./rules/batch")
	cmd.Dir = tree
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("go test -bench in %s: %v\n%s", tree, err, out)
	}
	samples := map[string][]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || f[3] != "ns/op" {
			continue
		}
		name, _, _ := strings.Cut(f[0], "-")
		if ns, err := strconv.ParseFloat(f[2], 64); err == nil {
			samples[name] = append(samples[name], ns)
		}
	}
	medians := map[string]float64{}
	for name, xs := range samples {
		medians[name] = median(xs)
	}
	return medians, nil
}
