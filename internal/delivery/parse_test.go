package delivery

import (
	"errors"
	"testing"
)

func TestParseTarget(t *testing.T) {
	const hexIH = "6755099e030ad22fe3f2712761dbabbbc965567d"
	tests := []struct {
		name      string
		in        string
		wantIH    string
		wantPeers []string
		wantName  string
		wantErr   bool
	}{
		{name: "hex info-hash", in: hexIH, wantIH: hexIH},
		{name: "upper hex info-hash", in: "6755099E030AD22FE3F2712761DBABBBC965567D", wantIH: hexIH},
		{name: "base32 info-hash", in: "M5KQTHQDBLJC7Y7SOETWDW5LXPEWKVT5", wantIH: hexIH},
		{name: "magnet with peers", in: "magnet:?xt=urn:btih:" + hexIH + "&dn=input.bin&x.pe=127.0.0.1:6881&x.pe=%5B::1%5D:7000",
			wantIH: hexIH, wantName: "input.bin", wantPeers: []string{"127.0.0.1:6881", "[::1]:7000"}},
		{name: "magnet without info-hash", in: "magnet:?dn=x", wantErr: true},
		{name: "magnet with bad peer", in: "magnet:?xt=urn:btih:" + hexIH + "&x.pe=nohost", wantErr: true},
		{name: "magnet with port 0", in: "magnet:?xt=urn:btih:" + hexIH + "&x.pe=1.2.3.4:0", wantErr: true},
		{name: "short hex", in: "6755099e", wantErr: true},
		{name: "not hex", in: "zz55099e030ad22fe3f2712761dbabbbc965567d", wantErr: true},
		{name: "empty", in: "", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTarget(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("ParseTarget(%q) = %+v, want an error", tc.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseTarget(%q): %v", tc.in, err)
			}
			if got.InfoHash.HexString() != tc.wantIH {
				t.Errorf("info-hash = %s, want %s", got.InfoHash.HexString(), tc.wantIH)
			}
			if got.Name != tc.wantName {
				t.Errorf("name = %q, want %q", got.Name, tc.wantName)
			}
			if len(got.Peers) != len(tc.wantPeers) {
				t.Fatalf("peers = %v, want %v", got.Peers, tc.wantPeers)
			}
			for i := range got.Peers {
				if got.Peers[i] != tc.wantPeers[i] {
					t.Errorf("peer %d = %q, want %q", i, got.Peers[i], tc.wantPeers[i])
				}
			}
		})
	}
}

func TestParseTargetNotATarget(t *testing.T) {
	_, err := ParseTarget("hello")
	if !errors.Is(err, ErrBadTarget) {
		t.Errorf("got %v, want ErrBadTarget", err)
	}
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{
		"6755099e030ad22fe3f2712761dbabbbc965567d",
		"M5KQTHQDBLJC7Y7SOETWDW5LXPEWKVT5",
		"magnet:?xt=urn:btih:6755099e030ad22fe3f2712761dbabbbc965567d&dn=a&x.pe=127.0.0.1:1",
		"magnet:?xt=urn:btih:&&&x.pe=[",
		"magnet:%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := ParseTarget(s)
		if err != nil {
			return
		}
		for _, p := range tg.Peers {
			if checkPeerAddr(p) != nil {
				t.Errorf("ParseTarget(%q) accepted bad peer %q", s, p)
			}
		}
	})
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{in: "512", want: 512},
		{in: "512B", want: 512},
		{in: "64KiB", want: 64 << 10},
		{in: "10MB", want: 10_000_000},
		{in: "1.5GiB", want: 3 << 29},
		{in: " 2 gib ", want: 2 << 30},
		{in: "1TiB", want: 1 << 40},
		{in: "", wantErr: true},
		{in: "GiB", wantErr: true},
		{in: "-5MB", wantErr: true},
		{in: "1e3", wantErr: true},
		{in: "12XB", wantErr: true},
		{in: "99999999999TiB", wantErr: true},
		{in: "NaN", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSize(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("ParseSize(%q) = %d, want an error", tc.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSize(%q): %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("ParseSize(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"1", "1.5GiB", "10 MB", "-1", "1e9", ".", "9999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err == nil && n < 0 {
			t.Errorf("ParseSize(%q) = %d, want a non-negative size", s, n)
		}
	})
}

func TestPieceLength(t *testing.T) {
	tests := []struct {
		total int64
		want  int64
	}{
		{1, 16 << 10},
		{4 << 20, 16 << 10},
		{4<<20 + 1, 32 << 10},
		{1 << 30, 4 << 20},
		{4 << 30, 16 << 20},
		{1 << 40, 16 << 20},
	}
	for _, tc := range tests {
		t.Run(FormatBytes(tc.total), func(t *testing.T) {
			if got := PieceLength(tc.total); got != tc.want {
				t.Errorf("PieceLength(%d) = %d, want %d", tc.total, got, tc.want)
			}
		})
	}
}
