package html

import (
	"fmt"
	"strconv"
	"strings"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// styleSheet returns the CSS of a report, derived from internal/render/style:
// an A4 sheet on screen, the office layout in print.
func styleSheet(fs style.Families) string {
	ff := fontFamilies{fs}
	var b strings.Builder
	line := pt(style.LinePitchPt)
	prefix, suffix := style.PageNumberAffixes()
	pageNumber := fmt.Sprintf("content: %s counter(page) %s; font-family: %s; font-size: %s; vertical-align: top; padding-top: %gmm;",
		cssString(prefix), cssString(suffix), ff.stack(fonts.Song), pt(style.PageNumberPt), style.FooterGapMM)
	indentPage := pt(style.PageNumberPt) // one character in from the edge

	// Digits and Latin letters take the Latin face; shared punctuation such
	// as “” and — falls through to the Chinese face, full width, as the
	// DOCX eastAsia hint has Word do. local() loads nothing from the network.
	if ff.LatinName() != "" {
		fmt.Fprintf(&b, "@font-face { font-family: %s; src: %s; unicode-range: U+0000-007F; }\n",
			cssString(latinAlias), ff.localSources())
	}
	fmt.Fprintf(&b, "@page { size: A4; margin: %gmm %gmm %gmm %gmm; }\n",
		style.MarginTopMM, style.MarginRightMM, style.MarginBottomMM, style.MarginLeftMM)
	fmt.Fprintf(&b, "@page :right { @bottom-right { %s padding-right: %s; } }\n", pageNumber, indentPage)
	fmt.Fprintf(&b, "@page :left { @bottom-left { %s padding-left: %s; } }\n", pageNumber, indentPage)

	fmt.Fprintf(&b, "html { background: #d6d6d6; }\n")
	fmt.Fprintf(&b, "body { margin: 0; padding: 8mm 0; }\n")
	fmt.Fprintf(&b, ".page { box-sizing: border-box; width: %gmm; min-height: %gmm; margin: 0 auto; padding: %gmm %gmm %gmm %gmm; background: #fff; color: #000; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.35); font-family: %s; font-size: %s; line-height: %s; letter-spacing: %s; line-break: strict; overflow-wrap: break-word; }\n",
		style.PageWidthMM, style.PageHeightMM,
		style.MarginTopMM, style.MarginRightMM, style.MarginBottomMM, style.MarginLeftMM,
		ff.stack(fonts.FangSong), pt(style.BodyPt), line, pt(style.BodyTrackingPt()))
	fmt.Fprintf(&b, "@media print { html { background: none; } body { padding: 0; } .page { width: auto; min-height: 0; padding: 0; box-shadow: none; } }\n")

	fmt.Fprintf(&b, ".page h1, .page h2, .page h3, .page h4, .page h5, .page h6, .page p { margin: 0; font-weight: normal; }\n")
	// Break rules of print: a heading, a table's intro and the signature
	// stay with what follows; no lone line at the foot or head of a page;
	// no stub of a last line where the browser can avoid it.
	fmt.Fprintf(&b, ".page h1, .page h2, .page h3, .page h4, .page h5, .page h6, .page .keep { break-after: avoid; page-break-after: avoid; }\n")
	fmt.Fprintf(&b, ".page p, .page h2, .page h3, .page h4, .page h5 { widows: 2; orphans: 2; text-wrap: pretty; }\n")
	for _, r := range roles {
		ff.writeRoleRule(&b, r)
	}
	fmt.Fprintf(&b, ".page strong { font-family: %s; font-weight: normal; }\n", ff.stack(fonts.Hei))
	fmt.Fprintf(&b, ".page em { font-family: %s; font-style: normal; }\n", ff.stack(fonts.Kai))
	fmt.Fprintf(&b, ".page code { font-family: inherit; font-size: inherit; }\n")

	table := style.For(doc.RoleTable)
	fmt.Fprintf(&b, ".page table { width: 100%%; table-layout: fixed; border-collapse: collapse; font-family: %s; font-size: %s; line-height: %s; letter-spacing: 0; }\n",
		ff.stack(table.Face), pt(table.SizePt), pt(style.TableLinePitchPt))
	fmt.Fprintf(&b, ".page table.small { font-size: %s; line-height: %s; }\n", pt(style.TableSmallPt), pt(style.TableLinePitch(style.TableSmallPt)))
	fmt.Fprintf(&b, ".page th, .page td { border: 0.5pt solid #000; padding: 0 %s; text-align: %s; vertical-align: middle; font-weight: normal; }\n",
		pt(style.TableCellPadPt), table.Align)
	fmt.Fprintf(&b, ".page th { font-family: %s; text-align: center; word-break: keep-all; }\n", ff.stack(fonts.Hei))
	fmt.Fprintf(&b, ".page td.num { text-align: right; white-space: nowrap; }\n")
	fmt.Fprintf(&b, ".page td.fig { white-space: nowrap; }\n")
	fmt.Fprintf(&b, ".page thead { display: table-header-group; }\n")
	// A figure stays whole on one page with its caption.
	fmt.Fprintf(&b, ".page figure { margin: %s 0 0; break-inside: avoid; page-break-inside: avoid; }\n", pt(0.5*style.LinePitchPt))
	fmt.Fprintf(&b, ".page figure svg { display: block; margin: 0 auto; max-width: 100%%; height: auto; }\n")
	// The 版头 and 版记 of a report issued as a document.
	red := "#" + style.RedHex
	fmt.Fprintf(&b, ".page .masthead { margin: 0 0 %s; padding-bottom: %gmm; border-bottom: %s solid %s; text-align: center; }\n",
		pt(style.MastheadTitleGapLines*style.LinePitchPt), style.MastheadRuleGapMM, pt(style.MastheadRulePt), red)
	fmt.Fprintf(&b, ".page .authority { margin: %gmm 0 0; font-family: %s; color: %s; line-height: 1.2; letter-spacing: 0; }\n",
		style.MastheadTopMM, ff.stack(fonts.Song), red)
	fmt.Fprintf(&b, ".page .docnumber { margin: %s 0 0; text-align: center; }\n", pt(style.MastheadNumberGapLines*style.LinePitchPt))
	fmt.Fprintf(&b, ".page .colophon { margin-top: %s; border-top: %gmm solid #000; border-bottom: %gmm solid #000; font-size: %s; letter-spacing: 0; break-inside: avoid; }\n",
		pt(style.LinePitchPt), style.ColophonThickMM, style.ColophonThickMM, pt(style.ColophonPt))
	fmt.Fprintf(&b, ".page .colophon p { margin: 0; padding: 0 %s; }\n", pt(style.ColophonPt))
	fmt.Fprintf(&b, ".page .colophon .copyto { border-bottom: %gmm solid #000; }\n", style.ColophonThinMM)
	fmt.Fprintf(&b, ".page .colophon .printed { display: flex; justify-content: space-between; }\n")
	fmt.Fprintf(&b, ".page tr { break-inside: avoid; }\n")
	return b.String()
}

// writeRoleRule writes the rule of the blocks of role r.
func (ff fontFamilies) writeRoleRule(b *strings.Builder, r doc.Role) {
	s := style.For(r)
	tracking := "0"
	if s.SizePt == style.BodyPt {
		tracking = pt(style.BodyTrackingPt())
	}
	fmt.Fprintf(b, ".page .%s { font-family: %s; font-size: %s; text-align: %s; text-indent: %dem; margin: %s 0 %s; letter-spacing: %s; }\n",
		roleClass(r), ff.stack(s.Face), pt(s.SizePt), s.Align, s.IndentChars,
		pt(s.SpaceBeforeLines*style.LinePitchPt), pt(s.SpaceAfterLines*style.LinePitchPt), tracking)
}

// latinAlias names the @font-face that sets ASCII text in the Latin family.
const latinAlias = "zongjie Latin"

// latinFallbacks are metric-compatible stand-ins for fonts.LatinFamily on
// machines without it.
var latinFallbacks = []string{"Liberation Serif", "Tinos"}

// localSources lists the installed faces the Latin alias may use.
func (ff fontFamilies) localSources() string {
	var srcs []string
	fallbacks := latinFallbacks
	if ff.Latin != "" {
		fallbacks = nil
	}
	for _, n := range append([]string{ff.LatinName()}, fallbacks...) {
		srcs = append(srcs, "local("+cssString(n)+")")
	}
	return strings.Join(srcs, ", ")
}

// fontFamilies are the families a document asks for (see style.Families).
type fontFamilies struct{ style.Families }

// stack lists the Latin alias for digits and letters first, then the
// families of face, then a generic family.
func (ff fontFamilies) stack(f fonts.Face) string {
	var names []string
	if ff.LatinName() != "" {
		names = append(names, cssString(latinAlias))
	}
	for _, n := range ff.Names(f) {
		names = append(names, cssString(n))
	}
	generic := "serif"
	if f == fonts.Hei {
		generic = "sans-serif"
	}
	return strings.Join(append(names, generic), ", ")
}

// pt formats a length in points.
func pt(v float64) string {
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "pt"
}

// cssEscaper escapes the text of a CSS string; it is built once.
var cssEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `, "<", `\3c `)

// cssString quotes s as a CSS string.
func cssString(s string) string { return `"` + cssEscaper.Replace(s) + `"` }
