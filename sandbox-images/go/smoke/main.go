package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	var sum int64
	for i := 0; i < n; i++ {
		var v int64
		fmt.Fscan(in, &v)
		sum += v
	}
	fmt.Printf("redline smoke: n=%d sum=%d\n", n, sum)
}
