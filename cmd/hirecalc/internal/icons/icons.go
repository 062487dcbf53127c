// Package icons draws hirecalc's app icon: a fork in a road (one role or
// the other) in white on a teal square. It renders the same geometry as
// an SVG and as PNGs of any size, so the favicon, the manifest icons and
// the loader icon match. The files in web/ are generated from it by
// "go test ./cmd/hirecalc/internal/icons -update".
package icons

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
)

// Background is the icon's background colour, the app's theme colour.
var Background = color.RGBA{0x0f, 0x5f, 0x58, 0xff}

// Foreground is the colour of the fork.
var Foreground = color.RGBA{0xff, 0xff, 0xff, 0xff}

// The geometry, in a 512-unit square.
const (
	side        = 512.0
	cornerR     = 112.0 // corner radius of the rounded square
	strokeHalf  = 22.0  // half the width of the fork's strokes
	nodeR       = 44.0  // radius of the two end nodes
	stemBottomY = 404.0
	junctionY   = 280.0
	nodeY       = 152.0
	leftX       = 160.0
	rightX      = 352.0
	centerX     = 256.0
)

type point struct{ x, y float64 }

type segment struct{ a, b point }

var (
	strokes = []segment{
		{point{centerX, stemBottomY}, point{centerX, junctionY}},
		{point{centerX, junctionY}, point{leftX, nodeY}},
		{point{centerX, junctionY}, point{rightX, nodeY}},
	}
	nodes = []point{{leftX, nodeY}, {rightX, nodeY}}
)

// SVG returns the icon as an SVG document.
func SVG() string {
	var b strings.Builder
	hex := func(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" role="img" aria-label="hirecalc">`+"\n", side, side)
	fmt.Fprintf(&b, `<rect width="%g" height="%g" rx="%g" fill="%s"/>`+"\n", side, side, cornerR, hex(Background))
	fmt.Fprintf(&b, `<path d="M%g %gV%gL%g %gM%g %gL%g %g" fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
		centerX, stemBottomY, junctionY, leftX, nodeY, centerX, junctionY, rightX, nodeY, hex(Foreground), 2*strokeHalf)
	for _, n := range nodes {
		fmt.Fprintf(&b, `<circle cx="%g" cy="%g" r="%g" fill="%s"/>`+"\n", n.x, n.y, nodeR, hex(Foreground))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// PNG returns the icon as a PNG of size×size pixels. A maskable icon
// fills the whole square with the background and keeps the fork inside
// the central safe zone (a circle of 40% of the size), as the web app
// manifest's "maskable" purpose requires.
func PNG(size int, maskable bool) ([]byte, error) {
	img := Draw(size, maskable)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("icons: encode %dpx PNG: %w", size, err)
	}
	return buf.Bytes(), nil
}

// Draw renders the icon at size×size pixels, anti-aliased with 4×4
// samples per pixel.
func Draw(size int, maskable bool) *image.NRGBA {
	const samples = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := side / float64(size)
	// The fork of a maskable icon is shrunk around the centre.
	shrink := 1.0
	if maskable {
		shrink = 0.72
	}
	for py := range size {
		for px := range size {
			var bg, fg int
			for sy := range samples {
				for sx := range samples {
					x := (float64(px) + (float64(sx)+0.5)/samples) * scale
					y := (float64(py) + (float64(sy)+0.5)/samples) * scale
					if !maskable && !inRoundedSquare(x, y) {
						continue
					}
					bg++
					fx := centerX + (x-centerX)/shrink
					fy := side/2 + (y-side/2)/shrink
					if inFork(fx, fy) {
						fg++
					}
				}
			}
			if bg == 0 {
				continue
			}
			n := float64(samples * samples)
			t := float64(fg) / float64(bg)
			img.SetNRGBA(px, py, color.NRGBA{
				R: mix(Background.R, Foreground.R, t),
				G: mix(Background.G, Foreground.G, t),
				B: mix(Background.B, Foreground.B, t),
				A: uint8(math.Round(255 * float64(bg) / n)),
			})
		}
	}
	return img
}

func mix(a, b uint8, t float64) uint8 {
	return uint8(math.Round(float64(a)*(1-t) + float64(b)*t))
}

// inRoundedSquare reports whether (x, y) is inside the rounded square.
func inRoundedSquare(x, y float64) bool {
	cx := math.Max(cornerR, math.Min(side-cornerR, x))
	cy := math.Max(cornerR, math.Min(side-cornerR, y))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= cornerR*cornerR
}

// inFork reports whether (x, y) is on the fork's strokes or nodes.
func inFork(x, y float64) bool {
	p := point{x, y}
	for _, n := range nodes {
		if dist(p, n) <= nodeR {
			return true
		}
	}
	for _, s := range strokes {
		if distToSegment(p, s) <= strokeHalf {
			return true
		}
	}
	return false
}

func dist(a, b point) float64 { return math.Hypot(a.x-b.x, a.y-b.y) }

func distToSegment(p point, s segment) float64 {
	dx, dy := s.b.x-s.a.x, s.b.y-s.a.y
	t := ((p.x-s.a.x)*dx + (p.y-s.a.y)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return dist(p, point{s.a.x + t*dx, s.a.y + t*dy})
}
