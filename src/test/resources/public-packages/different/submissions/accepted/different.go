package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for {
		var a, b int64
		if _, err := fmt.Fscan(in, &a, &b); err != nil {
			return
		}
		if a > b {
			fmt.Fprintln(out, a-b)
		} else {
			fmt.Fprintln(out, b-a)
		}
	}
}
