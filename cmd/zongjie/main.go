// Command zongjie writes Chinese trade-union work reports from data.
// Run "zongjie help" for usage.
package main

import (
	"os"

	"zongjie/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
