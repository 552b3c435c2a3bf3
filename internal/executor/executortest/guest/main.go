// Command guest is the program both sandboxes' tests run: compiled to
// WebAssembly (GOOS=wasip1) for the wasm executor and to a static Linux
// binary in an image FROM scratch for the Docker executor. Its first
// argument picks what it does; a command that cannot do what it tries
// exits with 3.
package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		return
	}
	switch os.Args[1] {
	case "noop":
	case "echo": // print args and the TILE variable, write them to /out/echo.txt
		line := strings.Join(os.Args[2:], " ") + " TILE=" + os.Getenv("TILE")
		fmt.Println(line)
		fmt.Fprintln(os.Stderr, "to stderr")
		must(os.WriteFile("/out/echo.txt", []byte(line), 0o644))
	case "exit":
		n, _ := strconv.Atoi(os.Args[2])
		fmt.Fprintln(os.Stderr, "exiting with", n)
		os.Exit(n)
	case "spin": // burn CPU until stopped
		for i := 0; ; i++ {
			_ = i
		}
	case "sleep":
		d, _ := time.ParseDuration(os.Args[2])
		time.Sleep(d)
	case "later": // sleep, then write an output and exit with a code
		d, _ := time.ParseDuration(os.Args[2])
		time.Sleep(d)
		must(os.WriteFile("/out/later.txt", []byte("done"), 0o644))
		fmt.Println("later done")
		os.Exit(7)
	case "copy": // copy /in/NAME to /out/sub/NAME
		data, err := os.ReadFile("/in/" + os.Args[2])
		must(err)
		must(os.MkdirAll("/out/sub", 0o755))
		must(os.WriteFile("/out/sub/"+os.Args[2], data, 0o644))
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
	case "open": // read a path; exit 3 if it cannot
		if _, err := os.ReadFile(os.Args[2]); err != nil {
			fmt.Println("open failed:", err)
			os.Exit(3)
		}
	case "write": // write a path; exit 3 if it cannot
		if err := os.WriteFile(os.Args[2], []byte("x"), 0o644); err != nil {
			fmt.Println("write failed:", err)
			os.Exit(3)
		}
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
	case "dial": // exit 0 if a TCP connection to ADDR opens, 3 if not
		c, err := net.DialTimeout("tcp", os.Args[2], 3*time.Second)
		if err != nil {
			fmt.Println("dial failed:", err)
			os.Exit(3)
		}
		c.Close()
		fmt.Println("connected")
	case "ifaces": // exit 3 if any interface other than loopback has an address
		ifs, err := net.Interfaces()
		must(err)
		for _, i := range ifs {
			if i.Flags&net.FlagLoopback == 0 {
				addrs, _ := i.Addrs()
				if len(addrs) > 0 {
					fmt.Println("interface", i.Name, addrs)
					os.Exit(3)
				}
			}
		}
		fmt.Println("loopback only")
	case "serve": // answer one HTTP request on :8080 with "pong", then exit
		ln, err := net.Listen("tcp", ":8080")
		must(err)
		c, err := ln.Accept()
		must(err)
		buf := make([]byte, 4096)
		c.Read(buf)
		c.Write([]byte("HTTP/1.0 200 OK\r\nContent-Length: 4\r\n\r\npong"))
		c.Close()
	case "id":
		fmt.Println(os.Getuid(), os.Getgid())
	case "forkbomb": // spawn sleeping children until refused; print how many
		n := 0
		for ; n < 10000; n++ {
			c := exec.Command("/guest", "sleep", "30s")
			if err := c.Start(); err != nil {
				fmt.Println("spawned", n, "then:", err)
				os.Exit(3)
			}
		}
		fmt.Println("spawned", n)
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
