// Only /box is writable: exits 1 when /etc can be written or /box cannot.
package main

import (
	"fmt"
	"os"
)

func main() {
	if os.WriteFile("/etc/escape", []byte("x"), 0o644) == nil {
		fmt.Println("could write /etc/escape")
		os.Exit(1)
	}
	if err := os.WriteFile("/box/ok", []byte("x"), 0o644); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
