// Command assess reads answers (spec/answers.md) and prints the assessment under the
// eight measures as JSON, or, with -csv, assesses many organisations at once for a budget
// forecast.
//
//	go run ./cmd/assess [-lang zh|en] [FILE]
//	go run ./cmd/assess -csv [-lang zh|en] [FILE]
//	go run ./cmd/assess -template > forecast.csv
//
// Without FILE it reads standard input. Bad input exits with status 2, the error on
// standard error and nothing on standard output.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"baotou-widget/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process, so that tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("assess", flag.ContinueOnError)
	flags.SetOutput(stderr)
	lang := flags.String("lang", "zh", "language of reasons and titles: zh or en")
	csvMode := flags.Bool("csv", false, "assess a CSV of many organisations, one a row")
	template := flags.Bool("template", false, "print a CSV header naming every answer field, to start a batch from")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *lang != "zh" && *lang != "en" {
		fmt.Fprintf(stderr, "assess: -lang %q: want zh or en\n", *lang)
		return 2
	}
	if *template {
		w := csv.NewWriter(stdout)
		w.Write(rules.CSVTemplateHeader())
		w.Flush()
		return 0
	}
	if flags.NArg() > 1 {
		fmt.Fprintln(stderr, "assess: at most one FILE")
		return 2
	}
	in := stdin
	if flags.NArg() == 1 {
		f, err := os.Open(flags.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "assess:", err)
			return 2
		}
		defer f.Close()
		in = f
	}
	var out []byte
	var err error
	if *csvMode {
		out, err = assessCSV(in, rules.Lang(*lang))
	} else {
		out, err = assessJSON(in, rules.Lang(*lang))
	}
	if err != nil {
		fmt.Fprintln(stderr, "assess:", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	w.Write(out)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "assess:", err)
		return 1
	}
	return 0
}

// assessJSON reads one answers document and writes its assessment, indented.
func assessJSON(in io.Reader, lang rules.Lang) ([]byte, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	answers, err := rules.Decode(data)
	if err != nil {
		if fe, ok := err.(*rules.FieldError); ok {
			return nil, fmt.Errorf("%s", fe.Message(lang))
		}
		return nil, err
	}
	s := rules.Assess(answers)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false) // "R&D" stays readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(s.Report(lang)); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
