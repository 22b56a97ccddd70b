package main

import (
	"bytes"
	"os"
)

// Writes 2 GiB to stdout and stops at the first write error: a closed pipe after the cap must
// still be OUTPUT_LIMIT, not the program's own failure.
func main() {
	chunk := bytes.Repeat([]byte("x"), 1<<16)
	for i := 0; i < (2<<30)/len(chunk); i++ {
		if _, err := os.Stdout.Write(chunk); err != nil {
			os.Exit(2)
		}
	}
}
