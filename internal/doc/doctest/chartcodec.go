package doctest

import (
	"bytes"
	"math/big"
	"strconv"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
)

// A chart is the record
//
//	F caption US kind US title US category GS category …
//	  US series US series …
//
// where kind is the chart.Kind as a decimal number and each series is
// name GS unit GS precision GS axis (0 left, 1 right) GS point GS point …,
// each point exact FS shown FS label, exact a fraction ("2151/100"). A
// point whose exact value does not read leaves the chart invalid, which
// every writer must skip.

// decodeChart reads a chart record's fields.
func decodeChart(fields [][]byte) *doc.Chart {
	field := func(i int) []byte {
		if i < len(fields) {
			return fields[i]
		}
		return nil
	}
	c := &doc.Chart{Caption: plain(field(0))}
	k, _ := strconv.Atoi(string(field(1)))
	c.Chart.Kind = chart.Kind(k)
	c.Chart.Title = plain(field(2))
	c.Chart.Caption = c.Caption
	for cat := range bytes.SplitSeq(field(3), []byte{sepCell}) {
		c.Chart.Categories = append(c.Chart.Categories, plain(cat))
	}
	for i := 4; i < len(fields); i++ {
		parts := bytes.Split(fields[i], []byte{sepCell})
		part := func(j int) []byte {
			if j < len(parts) {
				return parts[j]
			}
			return nil
		}
		s := chart.Series{Name: plain(part(0)), Unit: plain(part(1))}
		s.Precision, _ = strconv.Atoi(string(part(2)))
		s.Precision = min(max(s.Precision, 0), 6)
		if string(part(3)) == "1" {
			s.Axis = chart.Right
		}
		for _, p := range parts[min(4, len(parts)):] {
			bits := bytes.Split(p, []byte{sepSpan})
			var pt chart.Point
			if r, ok := new(big.Rat).SetString(string(bits[0])); ok && r.Num().BitLen() < 128 && r.Denom().BitLen() < 128 {
				pt.Exact = r
			}
			if len(bits) > 1 {
				pt.Shown = plain(bits[1])
			}
			if len(bits) > 2 {
				pt.Label = plain(bits[2])
			}
			s.Points = append(s.Points, pt)
		}
		c.Chart.Series = append(c.Chart.Series, s)
	}
	return c
}

// encodeChart writes a chart record after its first byte.
func encodeChart(b *bytes.Buffer, c *doc.Chart) {
	ch := c.Chart
	b.WriteString(c.Caption)
	b.WriteByte(sepField)
	b.WriteString(strconv.Itoa(int(ch.Kind)))
	b.WriteByte(sepField)
	b.WriteString(ch.Title)
	b.WriteByte(sepField)
	for i, cat := range ch.Categories {
		if i > 0 {
			b.WriteByte(sepCell)
		}
		b.WriteString(cat)
	}
	for _, s := range ch.Series {
		b.WriteByte(sepField)
		b.WriteString(s.Name)
		b.WriteByte(sepCell)
		b.WriteString(s.Unit)
		b.WriteByte(sepCell)
		b.WriteString(strconv.Itoa(s.Precision))
		b.WriteByte(sepCell)
		b.WriteString(strconv.Itoa(int(s.Axis)))
		for _, p := range s.Points {
			b.WriteByte(sepCell)
			if p.Exact != nil {
				b.WriteString(p.Exact.RatString())
			}
			b.WriteByte(sepSpan)
			b.WriteString(p.Shown)
			b.WriteByte(sepSpan)
			b.WriteString(p.Label)
		}
	}
}
