// Command assess reads answers (spec/answers.md) and prints the assessment under the
// eight measures as JSON, or, with -csv, forecasts many organisations at once from a
// spreadsheet, as the officers' page does.
//
//	go run ./cmd/assess [-lang zh|en] [FILE]
//	go run ./cmd/assess -csv [-lang zh|en] [-bom] [-o forecast.xlsx|forecast.csv] [FILE]
//	go run ./cmd/assess -template [-lang zh|en] [-o template.xlsx] > template.csv
//
// Without FILE it reads standard input; without -o it writes standard output. A batch is
// an .xlsx workbook or a CSV in UTF-8 or GB18030 whose columns the questionnaire names
// (package batch). Bad input exits with status 2, every error on standard error and
// nothing on standard output or in the -o file.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process, so that tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("assess", flag.ContinueOnError)
	flags.SetOutput(stderr)
	lang := flags.String("lang", "zh", "language of reasons and titles: zh or en")
	csvMode := flags.Bool("csv", false, "forecast a spreadsheet (.xlsx or CSV) of many organisations, one a row")
	templateMode := flags.Bool("template", false, "write the spreadsheet template a batch starts from")
	bom := flags.Bool("bom", false, "start a CSV with the byte-order mark by which Excel knows UTF-8")
	output := flags.String("o", "", "write to this file instead of standard output; a name ending in .xlsx writes a workbook")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *lang != "zh" && *lang != "en" {
		fmt.Fprintf(stderr, "assess: -lang %q: want zh or en\n", *lang)
		return 2
	}
	if *output != "" && !*csvMode && !*templateMode {
		fmt.Fprintln(stderr, "assess: -o goes with -csv or -template")
		return 2
	}
	if *templateMode {
		out, err := template(rules.Lang(*lang), isXLSX(*output))
		return write(out, err, *output, stdout, stderr)
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
		out, err = assessBatch(in, rules.Lang(*lang), isXLSX(*output), *bom)
	} else {
		out, err = assessJSON(in, rules.Lang(*lang))
	}
	if errs, ok := err.(batch.Errors); ok {
		for _, line := range errs.Lines(rules.Lang(*lang)) {
			fmt.Fprintln(stderr, "assess:", line)
		}
		return 2
	}
	return write(out, err, *output, stdout, stderr)
}

// write puts out where it goes, the file named or standard output; or reports err.
func write(out []byte, err error, name string, stdout, stderr io.Writer) int {
	if err != nil {
		fmt.Fprintln(stderr, "assess:", err)
		return 2
	}
	if name != "" {
		err = os.WriteFile(name, out, 0o644)
	} else {
		w := bufio.NewWriter(stdout)
		w.Write(out)
		err = w.Flush()
	}
	if err != nil {
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
