package docx

// defaultTabStopTwips is Word's Chinese default tab stop (two 五号 characters).
const defaultTabStopTwips = 420

// settingsPart renders word/settings.xml: distinct odd and even footers,
// full-width punctuation kept uncompressed, lines before a manual break
// left unstretched, current Word layout rules and Chinese as the East Asian language.
// It asks no reader to update fields, which would raise a prompt.
func settingsPart() []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:settings", "xmlns:w", nsW)
	x.empty("w:zoom", "w:percent", "100")
	x.empty("w:defaultTabStop", "w:val", itoa(defaultTabStopTwips))
	x.empty("w:evenAndOddHeaders")
	x.empty("w:characterSpacingControl", "w:val", "doNotCompress")
	x.open("w:compat")
	// A line ended by a manual break (落款, literal text) is not stretched.
	x.empty("w:doNotExpandShiftReturn")
	x.empty("w:compatSetting", "w:name", "compatibilityMode",
		"w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
	x.close("w:compat")
	x.empty("w:themeFontLang", "w:val", "en-US", "w:eastAsia", "zh-CN")
	x.empty("w:decimalSymbol", "w:val", ".")
	x.empty("w:listSeparator", "w:val", ",")
	x.close("w:settings")
	return x.bytes()
}
