// Command guest is the WebAssembly module the wasm executor's tests run. Its
// first argument picks what it does.
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		return
	}
	switch os.Args[1] {
	case "fill": // write N MiB into /out/fill-K files of 1 MiB each
		n, _ := strconv.Atoi(os.Args[2])
		chunk := make([]byte, 1<<20)
		for i := 0; i < n; i++ {
			if err := os.WriteFile(fmt.Sprintf("/out/fill-%d", i), chunk, 0o644); err != nil {
				fmt.Println("wrote", i, "MiB then:", err)
				os.Exit(3)
			}
		}
		fmt.Println("wrote", n, "MiB")
	case "rewrite": // write 1 MiB to /out/same N times over, truncating each time
		n, _ := strconv.Atoi(os.Args[2])
		chunk := make([]byte, 1<<20)
		for i := 0; i < n; i++ {
			if err := os.WriteFile("/out/same", chunk, 0o644); err != nil {
				fmt.Println("rewrote", i, "times then:", err)
				os.Exit(3)
			}
		}
	case "echo": // print args and the TILE variable, write them to /out
		line := strings.Join(os.Args[2:], " ") + " TILE=" + os.Getenv("TILE")
		fmt.Println(line)
		must(os.WriteFile("/out/echo.txt", []byte(line), 0o644))
	case "exit":
		n, _ := strconv.Atoi(os.Args[2])
		fmt.Fprintln(os.Stderr, "exiting with", n)
		os.Exit(n)
	case "spin":
		for i := 0; ; i++ {
			_ = i
		}
	case "alloc": // allocate N MiB and touch it
		n, _ := strconv.Atoi(os.Args[2])
		var keep [][]byte
		for i := 0; i < n; i++ {
			b := make([]byte, 1<<20)
			for j := range b {
				b[j] = byte(j)
			}
			keep = append(keep, b)
		}
		fmt.Println("allocated", len(keep))
	case "copy": // copy /in/NAME to /out/NAME
		data, err := os.ReadFile("/in/" + os.Args[2])
		must(err)
		must(os.MkdirAll("/out/sub", 0o755))
		must(os.WriteFile("/out/sub/"+os.Args[2], data, 0o644))
	case "open": // try to read a path; exit 0 if it could
		_, err := os.ReadFile(os.Args[2])
		if err != nil {
			fmt.Println("open failed:", err)
			os.Exit(3)
		}
	case "write": // try to write a path; exit 0 if it could
		err := os.WriteFile(os.Args[2], []byte("x"), 0o644)
		if err != nil {
			fmt.Println("write failed:", err)
			os.Exit(3)
		}
	case "dial":
		c, err := net.Dial("tcp", os.Args[2])
		if err != nil {
			fmt.Println("dial failed:", err)
			os.Exit(3)
		}
		c.Close()
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
