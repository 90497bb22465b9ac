package html

import "zongjie/internal/doc"

// roles lists the block roles in style sheet order.
var roles = []doc.Role{
	doc.RoleTitle, doc.RoleH1, doc.RoleH2, doc.RoleH3, doc.RoleH4,
	doc.RoleBody, doc.RoleCenter, doc.RoleSignature, doc.RoleDate, doc.RoleSalutation,
	doc.RoleCaption,
}

// roleClass returns the CSS class of the blocks of role r.
func roleClass(r doc.Role) string {
	switch r {
	case doc.RoleTitle:
		return "title"
	case doc.RoleH1:
		return "level1"
	case doc.RoleH2:
		return "level2"
	case doc.RoleH3:
		return "level3"
	case doc.RoleH4:
		return "level4"
	case doc.RoleCenter:
		return "center"
	case doc.RoleSignature:
		return "signature"
	case doc.RoleDate:
		return "date"
	case doc.RoleSalutation:
		return "flush"
	case doc.RoleTable:
		return "table"
	case doc.RoleCaption:
		return "caption"
	default:
		return "body"
	}
}
