package check

// phrases is a list of lower-case words and phrases searched for in a
// text, the way a case-insensitive regular expression \b(a|b|c)\b
// searches: the leftmost match wins, and at one position the first phrase
// of the list that matches. Word boundaries are those of Go's regexp \b:
// between an ASCII letter, digit or underscore and anything else. It
// replaces such expressions because the pay-transparency check runs on
// every key press and a list scan is many times faster.
type phrases struct {
	list []string
	// byFirst lists, for each first byte, the indexes of the phrases that
	// start with it, in list order.
	byFirst [256][]int
}

// newPhrases prepares a list of lower-case ASCII phrases.
func newPhrases(list ...string) *phrases {
	p := &phrases{list: list}
	for i, s := range list {
		c := s[0]
		p.byFirst[c] = append(p.byFirst[c], i)
		if c >= 'a' && c <= 'z' {
			p.byFirst[c-'a'+'A'] = append(p.byFirst[c-'a'+'A'], i)
		}
	}
	return p
}

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// first returns the first match in text as written there, or "".
func (p *phrases) first(text string) string {
	for i := 0; i < len(text); i++ {
		cands := p.byFirst[text[i]]
		if len(cands) == 0 || (i > 0 && isWordByte(text[i-1])) {
			continue
		}
		for _, k := range cands {
			s := p.list[k]
			end := i + len(s)
			if end > len(text) || !equalFoldASCII(text[i:end], s) {
				continue
			}
			// The \b after the phrase.
			lastWord := isWordByte(s[len(s)-1])
			nextWord := end < len(text) && isWordByte(text[end])
			if lastWord != nextWord {
				return text[i:end]
			}
		}
	}
	return ""
}

// equalFoldASCII reports whether s equals the lower-case phrase p, ignoring
// the case of ASCII letters.
func equalFoldASCII(s, p string) bool {
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
