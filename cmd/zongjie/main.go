// Command zongjie writes Chinese trade-union work reports from data.
// Run "zongjie help" for usage.
package main

import (
	"os"

	"zongjie/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
