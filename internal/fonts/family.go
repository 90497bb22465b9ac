package fonts

// FamilyName returns the family a font option names: the option itself
// when it is a family name ("仿宋_GB2312"), or the family inside the font
// file it names ("/usr/share/fonts/simfang.ttf", "fonts.ttc#1"). Writers
// that name fonts rather than embed them (DOCX, HTML) ask for that family.
func FamilyName(spec string) (string, error) {
	path, face, ok := splitFacePath(spec)
	if !ok {
		return spec, nil
	}
	l := &loader{byPath: map[string]*Font{}}
	f, err := l.load(path, face, nil)
	if err != nil {
		return "", err
	}
	return f.Family, nil
}
