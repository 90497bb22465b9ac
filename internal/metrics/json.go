package metrics

import (
	"encoding/json"
	"io"

	"zongjie/internal/num"
	"zongjie/internal/prose"
	"zongjie/internal/recordjson"
	"zongjie/internal/rules"
)

// The JSON form of a rules.Result, for other tools. Every list keeps the Result's
// order, so the output is deterministic.
type (
	jsonResult struct {
		Organisation string           `json:"organisation"`
		Period       string           `json:"period"`
		Files        []string         `json:"files"`
		Rules        string           `json:"rules,omitempty"`
		Values       []jsonValue      `json:"values"`
		Rankings     []jsonRanking    `json:"rankings"`
		Audits       []jsonAudit      `json:"audits"`
		Findings     []jsonFinding    `json:"findings"`
		Base         string           `json:"base,omitempty"`
		Comparisons  []jsonComparison `json:"comparisons,omitempty"`
		Targets      []jsonTarget     `json:"targets,omitempty"`
		// History holds the earlier periods' values, oldest first, and
		// Totals each count and amount added up over every period, for
		// reports that review several years.
		History []jsonPeriod `json:"history,omitempty"`
		Totals  []jsonValue  `json:"totals,omitempty"`
		// Recorded lists every figure of the records, each period's in
		// turn: reports print recorded figures as well as computed ones.
		Recorded []jsonInput `json:"recorded"`
		// Record is the latest period's records as a data file (see
		// internal/recordjson): a roll-up reads a metrics file as a child
		// through it.
		Record json.RawMessage `json:"record"`
		// Rollup says how a roll-up made the records (internal/rollup).
		Rollup any `json:"rollup,omitempty"`
	}
	jsonValue struct {
		ID      string `json:"id"`
		Subject string `json:"subject,omitempty"`
		Per     string `json:"per"`
		Label   string `json:"label"`
		Kind    string `json:"kind"`
		// Value is the figure as shown, in Unit (a rate in percent); null
		// when it could not be computed.
		Value *json.Number `json:"value"`
		// Exact is the exact figure in base units (元, persons; a rate as a
		// fraction of 1), as a decimal or a fraction "1761/2729".
		Exact     string `json:"exact,omitempty"`
		Unit      string `json:"unit"`
		Precision int    `json:"precision"`
		Text      string `json:"text"`
		// ReportText is how a report words the figure when it rounds it
		// (an amount written in 元 or computed has two decimals after 万).
		ReportText string      `json:"report_text,omitempty"`
		Formula    string      `json:"formula"`
		Calc       string      `json:"calc,omitempty"`
		Note       string      `json:"note,omitempty"`
		Error      string      `json:"error,omitempty"`
		Inputs     []jsonInput `json:"inputs"`
	}
	jsonPeriod struct {
		Period string      `json:"period"`
		File   string      `json:"file"`
		Values []jsonValue `json:"values"`
	}
	jsonInput struct {
		Path  string `json:"path"`
		File  string `json:"file"`
		Line  int    `json:"line"`
		Col   int    `json:"col"`
		Sheet string `json:"sheet,omitempty"` // a workbook's sheet and cell ("C12")
		Cell  string `json:"cell,omitempty"`
		Value string `json:"value"`
	}
	jsonRanking struct {
		ID          string       `json:"id"`
		Label       string       `json:"label"`
		Indicator   string       `json:"indicator"`
		Order       string       `json:"order"`
		Top         int          `json:"top,omitempty"`
		WithinGroup bool         `json:"within_group,omitempty"`
		Entries     []jsonEntry  `json:"entries"`
		Skipped     []rules.Skip `json:"skipped,omitempty"`
	}
	jsonEntry struct {
		Rank  int         `json:"rank"`
		Tied  bool        `json:"tied"`
		Name  string      `json:"name"`
		Group string      `json:"group,omitempty"`
		Value json.Number `json:"value"`
		Text  string      `json:"text"`
		Pos   string      `json:"pos"`
	}
	jsonAudit struct {
		ID          string      `json:"id"`
		Subject     string      `json:"subject,omitempty"`
		Label       string      `json:"label"`
		Period      string      `json:"period"`
		OK          bool        `json:"ok"`
		Stated      string      `json:"stated"`
		Computed    string      `json:"computed"`
		Unit        string      `json:"unit"`
		StatedPos   string      `json:"stated_pos"`
		ComputedPos string      `json:"computed_pos"`
		Message     string      `json:"message"`
		Inputs      []jsonInput `json:"inputs"`
	}
	jsonFinding struct {
		ID       string      `json:"id"`
		Severity string      `json:"severity"`
		Section  string      `json:"section"`
		Text     string      `json:"text"`
		Subject  string      `json:"subject,omitempty"`
		Values   []string    `json:"values,omitempty"`
		Subjects []string    `json:"subjects,omitempty"`
		Inputs   []jsonInput `json:"inputs"`
	}
	jsonComparison struct {
		ID     string `json:"id"`
		Label  string `json:"label"`
		Kind   string `json:"kind"`
		Before string `json:"before"`
		After  string `json:"after"`
		// Diff is After − Before in base units (a rate as a fraction);
		// Change is Diff ÷ Before for amounts and counts.
		Diff   string `json:"diff,omitempty"`
		Change string `json:"change,omitempty"`
		Text   string `json:"text,omitempty"`
		Error  string `json:"error,omitempty"`
	}
	jsonTarget struct {
		Metric string `json:"metric"`
		Name   string `json:"name"`
		From   string `json:"from"`
		Target string `json:"target"`
		Pos    string `json:"pos"`
		Actual string `json:"actual"`
		Status string `json:"status,omitempty"`
		Gap    string `json:"gap,omitempty"`
		Ratio  string `json:"ratio,omitempty"`
		Error  string `json:"error,omitempty"`
	}
)

// WriteJSON writes the result as indented JSON: every value with id, label,
// value, unit, formula and its inputs with positions, then the rankings,
// audits, findings, comparisons and targets, every recorded figure, and
// the latest period's records as a data file.
func WriteJSON(w io.Writer, r *rules.Result) error { return WriteJSONWith(w, r, JSONOptions{}) }

// JSONOptions add to what WriteJSON writes.
type JSONOptions struct {
	// Rollup, when not nil, is written as the "rollup" object: how a
	// roll-up made the records (internal/rollup), so that a roll-up of
	// roll-ups can go on from them.
	Rollup any
	// Slim leaves out what is about each unit, group, kind or batch, which
	// a later roll-up recomputes from the records: values keep the whole
	// organisation's figures, audits the failed ones; rankings, findings
	// and the recorded figures are left empty. A partial roll-up of many
	// thousand unions is written so, in a small part of the size.
	Slim bool
}

// WriteJSONWith is WriteJSON with options.
func WriteJSONWith(w io.Writer, r *rules.Result, opt JSONOptions) error {
	out := jsonResult{Organisation: r.Period.Org.Name, Period: r.Period.When.Label(),
		Values: []jsonValue{}, Rankings: []jsonRanking{}, Audits: []jsonAudit{}, Findings: []jsonFinding{}}
	for _, p := range r.Periods() {
		out.Files = append(out.Files, p.File)
	}
	if r.Extension != nil {
		out.Rules = r.Extension.Name()
	}
	pw := prose.New(r, len(r.History) > 0)
	for _, v := range r.Values {
		if opt.Slim && v.Per != rules.PerWhole {
			continue
		}
		out.Values = append(out.Values, toJSONValue(v, pw))
	}
	for _, rk := range r.Rankings {
		if opt.Slim {
			break
		}
		jr := jsonRanking{ID: rk.ID, Label: rk.Label, Indicator: rk.Indicator, Order: rk.Order.String(),
			Top: rk.Top, WithinGroup: rk.WithinGroup, Entries: []jsonEntry{}, Skipped: rk.Skipped}
		for _, e := range rk.Entries {
			jr.Entries = append(jr.Entries, jsonEntry{Rank: e.Rank, Tied: e.Tied, Name: e.Name, Group: e.Group,
				Value: json.Number(e.Value.Shown()), Text: prose.Value(e.Value), Pos: e.Pos.String()})
		}
		out.Rankings = append(out.Rankings, jr)
	}
	for _, a := range r.Audits {
		if opt.Slim && a.OK {
			continue
		}
		out.Audits = append(out.Audits, jsonAudit{ID: a.ID, Subject: a.Subject, Label: a.Label, Period: a.Period, OK: a.OK,
			Stated: num.Exact(a.Stated), Computed: num.Exact(a.Computed), Unit: a.Unit,
			StatedPos: a.StatedPos.String(), ComputedPos: a.ComputedPos.String(), Message: a.Message, Inputs: toJSONInputs(a.Inputs)})
	}
	for _, f := range r.Findings {
		if opt.Slim {
			break
		}
		out.Findings = append(out.Findings, jsonFinding{ID: f.ID, Severity: f.Severity.String(), Section: f.Section,
			Text: prose.Finding(f), Subject: f.Subject, Values: valueIDs(f.Values), Subjects: f.Subjects, Inputs: toJSONInputs(f.Inputs)})
	}
	if r.Base != nil {
		out.Base = r.Base.When.Label()
	}
	for _, c := range r.Comparisons {
		jc := jsonComparison{ID: c.ID, Label: c.Label, Kind: c.Kind.String(), Before: prose.Value(c.Before), After: prose.Value(c.After),
			Text: prose.Change(c), Error: c.Err}
		if c.Diff != nil {
			jc.Diff = num.Exact(c.Diff)
		}
		if c.Change != nil {
			jc.Change = num.Exact(c.Change)
		}
		out.Comparisons = append(out.Comparisons, jc)
	}
	for _, t := range r.Targets {
		jt := jsonTarget{Metric: t.Metric, Name: t.Name, From: t.From, Pos: t.Pos.String(),
			Actual: prose.Value(t.Actual), Status: string(t.Status), Gap: prose.Gap(t), Error: t.Err}
		if t.Target.Num != nil {
			jt.Target = prose.Value(t.Target)
		}
		if t.Ratio != nil {
			jt.Ratio = num.Exact(t.Ratio)
		}
		out.Targets = append(out.Targets, jt)
	}
	for i, p := range r.History {
		jp := jsonPeriod{Period: p.When.Label(), File: p.File, Values: []jsonValue{}}
		for _, v := range r.PeriodValues(i) {
			jp.Values = append(jp.Values, toJSONValue(v, pw))
		}
		out.History = append(out.History, jp)
	}
	for _, v := range r.Totals() {
		out.Totals = append(out.Totals, toJSONValue(v, pw))
	}
	out.Recorded = []jsonInput{}
	for _, p := range r.Periods() {
		if opt.Slim {
			break
		}
		for _, f := range RecordedFigures(p) {
			out.Recorded = append(out.Recorded, jsonInput{Path: f.Path, File: f.Pos.File, Line: f.Pos.Line, Col: f.Pos.Col,
				Sheet: f.Pos.Sheet, Cell: f.Pos.Cell(), Value: f.Value})
		}
	}
	out.Record = recordjson.Marshal(r.Period)
	out.Rollup = opt.Rollup
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// toJSONValue is v for the JSON listing; pw words it as reports do.
func toJSONValue(v rules.Value, pw *prose.Writer) jsonValue {
	jv := jsonValue{ID: v.ID, Subject: v.Subject, Per: v.Per.String(), Label: v.Label, Kind: v.Kind.String(),
		Unit: v.Unit, Precision: v.Precision, Text: prose.Value(v), Formula: v.Formula, Calc: v.Calc, Note: v.Note,
		Error: v.Err, Inputs: toJSONInputs(v.Inputs)}
	if rt := pw.Value(v); rt != jv.Text {
		jv.ReportText = rt
	}
	if v.OK() {
		n := json.Number(v.Shown())
		jv.Value = &n
		jv.Exact = num.Exact(v.Num)
	}
	return jv
}

func toJSONInputs(ins []rules.Input) []jsonInput {
	out := make([]jsonInput, 0, len(ins))
	for _, in := range ins {
		out = append(out, jsonInput{Path: in.Path, File: in.Pos.File, Line: in.Pos.Line, Col: in.Pos.Col,
			Sheet: in.Pos.Sheet, Cell: in.Pos.Cell(), Value: in.Value})
	}
	return out
}

// valueIDs lists the ids of a finding's values (each is in the values list,
// with its subject).
func valueIDs(vs []rules.Value) []string {
	var out []string
	for _, v := range vs {
		id := v.ID
		if v.Subject != "" {
			id += "·" + v.Subject
		}
		out = append(out, id)
	}
	return out
}
