package main

func main() {
	fmt.Println("missing import"
}
