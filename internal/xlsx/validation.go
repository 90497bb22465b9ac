package xlsx

import "strings"

// ValidationType is what a data validation lets a cell hold.
type ValidationType int

// Validation types.
const (
	// Any allows anything; the validation only shows its prompt.
	Any ValidationType = iota
	// List allows one of Items, or of the cells Formula1 names.
	List
	// Whole allows whole numbers between Formula1 and Formula2.
	Whole
	// Decimal allows numbers between Formula1 and Formula2.
	Decimal
	// Date allows dates between Formula1 and Formula2 ("DATE(1949,1,1)").
	Date
)

var validationTypes = [...]string{"none", "list", "whole", "decimal", "date"}

// Validation is a data validation over a range of cells: what the cells
// may hold, the prompt shown on entering one, and the message shown on a
// wrong value. Blank cells are always allowed.
type Validation struct {
	// Range is the cells it covers, as "B3:B1000".
	Range string
	Type  ValidationType
	// Items is a List's choices, written into the validation; for a list
	// kept in cells, Formula1 names them instead ("'选项'!$A$1:$A$5").
	Items []string
	// Formula1 and Formula2 are the bounds of a range (written between),
	// or Formula1 the cells of a List.
	Formula1, Formula2 string
	// Stop refuses a wrong value; otherwise the user is warned and may
	// keep it.
	Stop bool
	// ErrorTitle and Error are the message on a wrong value ("" for none);
	// PromptTitle and Prompt are shown on entering a cell ("" for none).
	ErrorTitle, Error   string
	PromptTitle, Prompt string
}

// xml writes v as a <dataValidation> element.
func (v Validation) xml(x *strings.Builder) {
	x.WriteString(`<dataValidation`)
	if v.Type != Any {
		x.WriteString(` type="` + validationTypes[v.Type] + `"`)
	}
	if !v.Stop && v.Error != "" {
		x.WriteString(` errorStyle="warning"`)
	}
	if v.Type == Whole || v.Type == Decimal || v.Type == Date {
		x.WriteString(` operator="between"`)
	}
	x.WriteString(` allowBlank="1"`)
	if v.Prompt != "" {
		x.WriteString(` showInputMessage="1"`)
	}
	if v.Error != "" {
		x.WriteString(` showErrorMessage="1"`)
	}
	attr(x, "errorTitle", v.ErrorTitle)
	attr(x, "error", v.Error)
	attr(x, "promptTitle", v.PromptTitle)
	attr(x, "prompt", v.Prompt)
	x.WriteString(` sqref="` + escape(v.Range) + `">`)
	f1 := v.Formula1
	if v.Type == List && len(v.Items) > 0 {
		f1 = `"` + strings.Join(v.Items, ",") + `"`
	}
	if f1 != "" {
		x.WriteString(`<formula1>` + escapeText(f1) + `</formula1>`)
	}
	if v.Formula2 != "" {
		x.WriteString(`<formula2>` + escapeText(v.Formula2) + `</formula2>`)
	}
	x.WriteString(`</dataValidation>`)
}

// attr writes name="value" when value is not empty.
func attr(x *strings.Builder, name, value string) {
	if value != "" {
		x.WriteString(` ` + name + `="` + escape(value) + `"`)
	}
}
