// Command hello is the program of the hello-docker example: a static binary
// that greets, says who it runs as, lists its inputs and writes one output.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "world"
	if len(os.Args) > 1 {
		name = strings.Join(os.Args[1:], " ")
	}
	unit := os.Getenv("UNIT")
	msg := fmt.Sprintf("hello, %s, from unit %s (uid %d)\n", name, unit, os.Getuid())
	fmt.Print(msg)
	if entries, err := os.ReadDir("/in"); err == nil {
		for _, e := range entries {
			fmt.Println("input:", e.Name())
		}
	}
	if err := os.WriteFile("/out/hello-"+unit+".txt", []byte(msg), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
