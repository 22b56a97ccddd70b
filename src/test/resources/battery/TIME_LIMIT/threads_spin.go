package main

// Spins on every core it can get: CPU time is summed over threads.
func main() {
	for i := 0; i < 8; i++ {
		go func() {
			for {
			}
		}()
	}
	select {}
}
