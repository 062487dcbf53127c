package icons

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the icons in web/")

// webDir is the repository's web folder, where the icons are committed.
var webDir = filepath.Join("..", "..", "..", "..", "web")

// TestIconFiles checks that the committed icons are the ones this package
// draws; -update writes them.
func TestIconFiles(t *testing.T) {
	type file struct {
		name     string
		size     int
		maskable bool
	}
	for _, f := range []file{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"icon-maskable-512.png", 512, true},
	} {
		t.Run(f.name, func(t *testing.T) {
			want, err := PNG(f.size, f.maskable)
			require.NoError(t, err)
			path := filepath.Join(webDir, f.name)
			if *update {
				require.NoError(t, os.WriteFile(path, want, 0o644))
			}
			got, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./cmd/hirecalc/internal/icons -update")
			assert.True(t, bytes.Equal(want, got), "%s is out of date: run go test ./cmd/hirecalc/internal/icons -update", f.name)

			img, err := png.Decode(bytes.NewReader(got))
			require.NoError(t, err)
			assert.Equal(t, f.size, img.Bounds().Dx(), "width")
			assert.Equal(t, f.size, img.Bounds().Dy(), "height")
		})
	}
	t.Run("icon.svg", func(t *testing.T) {
		path := filepath.Join(webDir, "icon.svg")
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(SVG()), 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, SVG(), string(got))
	})
}

func TestDraw(t *testing.T) {
	t.Run("the corners of a plain icon are transparent", func(t *testing.T) {
		img := Draw(64, false)
		assert.Equal(t, uint8(0), img.NRGBAAt(0, 0).A)
		assert.Equal(t, uint8(0), img.NRGBAAt(63, 63).A)
	})
	t.Run("a maskable icon fills its corners with the background", func(t *testing.T) {
		img := Draw(64, true)
		c := img.NRGBAAt(0, 0)
		assert.Equal(t, uint8(255), c.A)
		assert.Equal(t, Background.R, c.R)
	})
	t.Run("the fork is white on the background", func(t *testing.T) {
		img := Draw(512, false)
		// On the stem, halfway between its bottom and the junction.
		assert.Equal(t, Foreground.R, img.NRGBAAt(256, 340).R)
		// Between the two branches, above the junction: background.
		assert.Equal(t, Background.G, img.NRGBAAt(256, 160).G)
	})
	t.Run("the maskable fork stays inside the safe zone", func(t *testing.T) {
		const size = 256
		img := Draw(size, true)
		r := 0.4 * size
		for y := range size {
			for x := range size {
				dx, dy := float64(x)+0.5-size/2, float64(y)+0.5-size/2
				if dx*dx+dy*dy > r*r && img.NRGBAAt(x, y).R != Background.R {
					t.Fatalf("pixel (%d, %d) outside the safe zone is not background", x, y)
				}
			}
		}
	})
}

func BenchmarkPNG512(b *testing.B) {
	for b.Loop() {
		if _, err := PNG(512, false); err != nil {
			b.Fatal(err)
		}
	}
}
