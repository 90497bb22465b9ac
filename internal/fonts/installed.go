package fonts

import "slices"

// Found is an installed face that a role could be set in.
type Found struct {
	Family string // its family name, English where it has one
	Path   string // its file
	Index  int    // its face in a collection, 0 for a plain font
	// Roles names the roles (Role.Name, 数字和西文) it is the wanted
	// typeface of, or that Load would take it for when the wanted one is
	// missing.
	Roles []string
	// Why says in Chinese why Load cannot use it, "" if it can.
	Why string
}

// Installed lists the installed faces that the roles ask for (by Roles'
// genuine names, Families and LatinFamilies), in file order, as Load sees
// them: through the font index, in opts.Dirs or the system font
// directories. Bold and italic styles are left out; a face that cannot
// be used for another reason is listed with the reason. It lists nothing
// with NoSystemFonts and no Dirs.
func Installed(opts Options) []Found {
	l := newLoader(opts)
	if len(l.dirs) == 0 {
		return nil
	}
	cat := l.catalogue()
	defer l.saveIndex()
	wanted := map[string][]string{} // normalized name -> roles
	add := func(role string, names []string) {
		for _, n := range names {
			k := normalizeFamily(n)
			if !slices.Contains(wanted[k], role) {
				wanted[k] = append(wanted[k], role)
			}
		}
	}
	for _, r := range Roles {
		add(r.Name, r.Genuine)
		add(r.Name, Families[r.Face])
	}
	add(latinRole.Name, latinRole.Genuine)
	add(latinRole.Name, LatinFamilies)
	var out []Found
	for _, f := range cat.files {
		for i := range f.faces {
			face := &f.faces[i]
			var roles []string
			for _, n := range face.info.names {
				for _, r := range wanted[normalizeFamily(n)] {
					if !slices.Contains(roles, r) {
						roles = append(roles, r)
					}
				}
			}
			if len(roles) == 0 || face.info.trueType && face.info.embeddable && !face.info.regular {
				continue // a bold or italic style of a family is expected to go unused
			}
			out = append(out, Found{Family: preferredName(face.info.names), Path: f.path, Index: face.index,
				Roles: roleOrder(roles), Why: unusable(face.info)})
		}
	}
	return out
}

// roleOrder sorts role names in the order of Roles, the Latin text last.
func roleOrder(roles []string) []string {
	pos := func(name string) int {
		for i, r := range Roles {
			if r.Name == name {
				return i
			}
		}
		return len(Roles)
	}
	slices.SortFunc(roles, func(a, b string) int { return pos(a) - pos(b) })
	return roles
}

// unusable says why a face cannot set a report, "" if it can.
func unusable(fi faceInfo) string {
	switch {
	case !fi.trueType:
		return "字形是 CFF(PostScript)轮廓,PDF 不能按 TrueType 嵌入"
	case !fi.embeddable:
		return "字体许可不允许嵌入文件"
	}
	return ""
}
