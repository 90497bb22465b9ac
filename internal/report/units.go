package report

import (
	"text/template"
	"text/template/parse"
)

// A large units table makes the periods' views costly: thousands of maps,
// one per unit, that the default templates never read (they word the units
// through the rule engine's figures). usesUnits reads the templates to see
// whether a report could reach a period's Units; when it cannot, the views
// are made without them.
//
// The reading is conservative. It follows what the data is at each point
// of a template (the data itself, a period, the list of periods, or
// something else) through with, range, variables and template calls, and
// answers yes when Units is read from the data, a period or a value it
// cannot tell; when the data, a period, the periods or such a value is
// printed, ranged over as a map or given to a function (which might print
// or search it); and when a variable it does not know is used. The
// functions themselves never reach the data's Units (they read the rule
// engine's result, and c.data only for Activities and W).
//
// Should the reading ever be wrong, the template fails with "map has no
// entry for key Units" rather than print a wrong report.

// shape is what a template value is, as far as the units are concerned.
type shape int

const (
	shapeOther   shape = iota // cannot lead to a period's units: a record part, a figure, W, a function's result
	shapeData                 // the data: the latest period's view with W, Periods and History
	shapePeriod               // one period's view
	shapePeriods              // a list of periods' views: Periods, History
	shapeAny                  // not known
)

// reaches reports whether a value of shape s holds, or may hold, a period's units.
func (s shape) reaches() bool { return s != shapeOther }

// usesUnits reports whether executing the template name of set on the
// composer's data may read a period's Units.
func usesUnits(set *template.Template, name string) bool {
	u := &unitsReader{set: set, done: map[unitsKey]bool{}}
	return u.template(name, shapeData)
}

// unitsReader reads templates for usesUnits.
type unitsReader struct {
	set     *template.Template
	done    map[unitsKey]bool // templates read, by name and the shape of their data
	changed bool              // an assignment changed a variable's shape
}

type unitsKey struct {
	name string
	dot  shape
}

// variable is a template variable in scope and the shape of its value.
type variable struct {
	name  string
	shape shape
}

// scope is where a template is being read: the shape of dot and the
// variables in scope ($ first). A block's scope shares its enclosing
// variables, so an assignment inside it is seen after it.
type scope struct {
	dot  shape
	vars []*variable
}

func (u *unitsReader) template(name string, dot shape) bool {
	k := unitsKey{name, dot}
	if uses, ok := u.done[k]; ok {
		return uses
	}
	u.done[k] = false // a recursive call adds nothing to what this reading finds
	t := u.set.Lookup(name)
	uses := t == nil || t.Tree == nil || u.list(t.Tree.Root, &scope{dot: dot, vars: []*variable{{"$", dot}}})
	u.done[k] = uses
	return uses
}

// list reads the nodes of a list; variables declared in it go out of scope
// at its end.
func (u *unitsReader) list(l *parse.ListNode, sc *scope) bool {
	if l == nil {
		return false
	}
	n := len(sc.vars)
	defer func() { sc.vars = sc.vars[:n] }()
	for _, node := range l.Nodes {
		if u.node(node, sc) {
			return true
		}
	}
	return false
}

func (u *unitsReader) node(node parse.Node, sc *scope) bool {
	switch n := node.(type) {
	case *parse.ActionNode:
		s, uses := u.pipe(n.Pipe, sc)
		// An action without a declaration prints its value.
		return uses || (len(n.Pipe.Decl) == 0 && s.reaches())
	case *parse.IfNode:
		return u.branch(&n.BranchNode, sc, false)
	case *parse.WithNode:
		return u.branch(&n.BranchNode, sc, false)
	case *parse.RangeNode:
		return u.branch(&n.BranchNode, sc, true)
	case *parse.TemplateNode:
		dot := shapeOther // {{template "x"}} runs x on nil
		if n.Pipe != nil {
			s, uses := u.pipe(n.Pipe, sc)
			if uses {
				return true
			}
			dot = s
		}
		return u.template(n.Name, dot)
	case *parse.ListNode:
		return u.list(n, sc)
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return false
	}
	return true // a node this reading does not know
}

// branch reads an if, with or range: its pipeline, then its body with dot
// (and a range's variables) set as the statement sets them, then its else.
// The pipeline's variables are in scope in both; in a range's else they
// hold the collection.
func (u *unitsReader) branch(b *parse.BranchNode, sc *scope, isRange bool) bool {
	n := len(sc.vars)
	defer func() { sc.vars = sc.vars[:n] }()
	if isRange && b.Pipe.IsAssign {
		return true // range $i, $e = …: not read here
	}
	s, uses := u.pipe(b.Pipe, sc) // declares the pipeline's variables
	if uses {
		return true
	}
	body := scope{dot: sc.dot, vars: append([]*variable(nil), sc.vars...)}
	switch {
	case isRange:
		// Ranging over the data or a period ranges over its entries, Units among them.
		if s == shapeData || s == shapePeriod || s == shapeAny {
			return true
		}
		elem := shapeOther
		if s == shapePeriods {
			elem = shapePeriod
		}
		body.dot = elem
		// range $e := …, range $i, $e := …: in the body $e is an element
		// and $i its index; in the else both hold the collection.
		if d := len(b.Pipe.Decl); d > 0 {
			last := len(body.vars) - 1
			body.vars[last] = &variable{body.vars[last].name, elem}
			if d == 2 {
				body.vars[last-1] = &variable{body.vars[last-1].name, shapeOther}
			}
		}
		// A later pass of the loop sees what an earlier one assigned:
		// read the body again until no variable changes.
		before, changed := u.changed, false
		for {
			u.changed = false
			if u.list(b.List, &body) {
				return true
			}
			if !u.changed {
				break
			}
			changed = true
		}
		u.changed = before || changed
		return u.list(b.ElseList, sc)
	case b.NodeType == parse.NodeWith:
		body.dot = s
	}
	return u.list(b.List, &body) || u.list(b.ElseList, sc)
}

// pipe returns the shape of a pipeline's value, declaring or assigning its
// variables, and whether evaluating it may read the units.
func (u *unitsReader) pipe(p *parse.PipeNode, sc *scope) (shape, bool) {
	if p == nil {
		return shapeOther, false
	}
	s := shapeOther
	for i, cmd := range p.Cmds {
		var uses bool
		s, uses = u.command(cmd, sc, i > 0, s)
		if uses {
			return s, true
		}
	}
	for _, v := range p.Decl {
		name := v.Ident[0]
		if p.IsAssign {
			if i := sc.lookup(name); i >= 0 {
				if v := sc.vars[i]; v.shape != s && v.shape != shapeAny {
					v.shape = shapeAny
					u.changed = true
				}
				continue
			}
		}
		sc.vars = append(sc.vars, &variable{name, s})
	}
	return s, false
}

// lookup returns the index of the innermost variable name, or -1.
func (sc *scope) lookup(name string) int {
	for i := len(sc.vars) - 1; i >= 0; i-- {
		if sc.vars[i].name == name {
			return i
		}
	}
	return -1
}

// command returns the shape of a command's value and whether evaluating it
// may read the units; piped says the previous command's value, of shape
// prev, is its last argument.
func (u *unitsReader) command(cmd *parse.CommandNode, sc *scope, piped bool, prev shape) (shape, bool) {
	// Every argument but the first is given to a function or method.
	for _, arg := range cmd.Args[1:] {
		if s, uses := u.arg(arg, sc); uses || s.reaches() {
			return shapeAny, true
		}
	}
	if piped && prev.reaches() {
		return shapeAny, true
	}
	if _, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
		return shapeOther, false // a function's result
	}
	return u.arg(cmd.Args[0], sc)
}

// arg returns the shape of an operand and whether evaluating it may read
// the units.
func (u *unitsReader) arg(node parse.Node, sc *scope) (shape, bool) {
	switch n := node.(type) {
	case *parse.DotNode:
		return sc.dot, false
	case *parse.FieldNode:
		return fields(sc.dot, n.Ident)
	case *parse.VariableNode:
		i := sc.lookup(n.Ident[0])
		if i < 0 {
			return shapeAny, true
		}
		return fields(sc.vars[i].shape, n.Ident[1:])
	case *parse.ChainNode:
		s, uses := u.arg(n.Node, sc)
		if uses {
			return s, true
		}
		return fields(s, n.Field)
	case *parse.PipeNode:
		return u.pipe(n, sc)
	case *parse.IdentifierNode:
		return shapeOther, false // a function called without arguments
	case *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
		return shapeOther, false
	}
	return shapeAny, true
}

// fields returns the shape reached by the field names from a value of
// shape s, and whether one of them is the Units of the data or a period
// (or may be).
func fields(s shape, names []string) (shape, bool) {
	for _, name := range names {
		switch s {
		case shapeData, shapePeriod, shapeAny:
			if name == "Units" {
				return shapeAny, true
			}
			switch {
			case s == shapeAny:
				// Any field may lead anywhere.
			case s == shapeData && (name == "Periods" || name == "History"):
				s = shapePeriods
			default:
				s = shapeOther // a record part, or W
			}
		default:
			s = shapeOther // a list has no fields; a record part leads only to its own parts
		}
	}
	return s, false
}
