module zongjie

go 1.26.8

require (
	github.com/expr-lang/expr v1.17.8
	github.com/signintech/gopdf v0.33.0
	github.com/yuin/goldmark v1.8.7
	golang.org/x/text v0.43.0
	golang.org/x/tools v0.52.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/phpdave11/gofpdi v1.0.14-0.20211212211723-1f10f9844311 // indirect
	github.com/pkg/errors v0.8.1 // indirect
)
