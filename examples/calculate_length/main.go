// Command calculate_length is the whitepaper's example app: it answers the
// event calculate_length with the length of the request body and records
// each answer in the node's storage service.
package main

import (
	"context"
	"strconv"

	"github.com/sonm-io/sonm/sdk/service"
	"github.com/sonm-io/sonm/sdk/worker"
)

func main() {
	ctx := context.Background()
	storage := service.New(ctx, "storage")
	worker.Run(map[string]worker.Handler{
		"calculate_length": func(ctx context.Context, req worker.Request, resp worker.Response) error {
			body, err := req.ReadAll(ctx)
			if err != nil {
				return err
			}
			n := strconv.Itoa(len(body))
			if _, err := storage.Call(ctx, "write", "calculate_length", string(body), n, []string{"length"}); err != nil {
				return err
			}
			return resp.Write(ctx, []byte(n))
		},
	})
}
