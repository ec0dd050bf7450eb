package batch

import "unicode/utf8"

// The limits of what a batch reads. A zone's real file is far below each (10,000
// organisations are 1 to 3 MB, as .xlsx or CSV, in some 60 columns); a file beyond one
// is refused with a message that names it, so that the worker's memory and time stay
// bounded whatever is dropped on the page.
const (
	MaxFileSize   = 50 << 20   // bytes of the file as dropped (the worker refuses it unread)
	maxPart       = 128 << 20  // bytes of one part of an .xlsx, unpacked: a zip bomb stops here
	maxRows       = 100_000    // rows that hold anything, in the sheet read
	maxColumns    = 1_000      // the last column a cell may hold anything in (ALL)
	maxCells      = 10_000_000 // cells laid out, empty ones between included
	maxCellLength = 32_767     // characters in a cell: Excel's own limit
	maxStyles     = 64_000     // cell formats: Excel's own limit
)

// limitOf is the figure each limit's message names, as it says it (in MB, or a count).
var limitOf = map[problem]int{
	problemFileTooLarge:   MaxFileSize >> 20,
	problemPartTooLarge:   maxPart >> 20,
	problemTooManyRows:    maxRows,
	problemTooManyColumns: maxColumns,
	problemTooManyCells:   maxCells,
	problemCellTooLong:    maxCellLength,
	problemTooManyStyles:  maxStyles,
}

// limitError is a limit that a file goes beyond; column names the cell, if one does.
type limitError struct {
	problem problem
	column  string
}

func (e limitError) Error() string { return en.text(e.problem, count(limitOf[e.problem])) }

// CheckSize refuses a file too large to read before its bytes are copied anywhere: the
// worker asks before it takes them.
func CheckSize(size int) error {
	if size > MaxFileSize {
		return fileError(problemFileTooLarge, "")
	}
	return nil
}

// tooLong tells whether a cell's text goes beyond maxCellLength characters.
func tooLong(s string) bool {
	return len(s) > maxCellLength && utf8.RuneCountInString(s) > maxCellLength
}
