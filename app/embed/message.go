package embed

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"hirecalc/app/hiring"
)

// Version is the version of the message format, sent as "v" in every
// message. A change that breaks readers of version 1 gets version 2.
const Version = 1

// Type is the type of a message, sent as "type".
type Type string

// The message types. The widget sends ready, resize, change and cta to
// its parent window; the host page sends set to the widget.
const (
	// TypeReady: the widget is live; it carries the input query and the
	// content height.
	TypeReady Type = "hirecalc:ready"
	// TypeResize: the widget's content height changed.
	TypeResize Type = "hirecalc:resize"
	// TypeChange: a new answer; it carries the input query, the result
	// summary and, when asked for, the job posting's JSON-LD.
	TypeChange Type = "hirecalc:change"
	// TypeCTA: the visitor clicked the call-to-action link.
	TypeCTA Type = "hirecalc:cta"
	// TypeSet: the host page asks the widget to change inputs.
	TypeSet Type = "hirecalc:set"
)

// Types lists every message type.
var Types = []Type{TypeReady, TypeResize, TypeChange, TypeCTA, TypeSet}

// FromWidget reports whether messages of type t go from the widget to the
// host page (every type but TypeSet).
func (t Type) FromWidget() bool { return t != TypeSet && slices.Contains(Types, t) }

// Limits on message fields.
const (
	// MaxMessage is the largest encoded message DecodeMessage reads, in bytes.
	MaxMessage = 128 << 10
	// MaxQuery is the longest query a message carries, in bytes.
	MaxQuery = 4096
	// MaxJSONLD is the longest JSON-LD a message carries, in bytes.
	MaxJSONLD = 64 << 10
	// MaxHeight is the largest height a widget reports, in CSS pixels.
	MaxHeight = 100000
	// MaxTitle is the longest job title a summary carries, in characters.
	MaxTitle = 300
)

// ErrForeign is returned, wrapped, for data that is not a hirecalc message
// at all (no "type", or a type without the "hirecalc:" prefix): a page can
// receive messages from many scripts, and those are ignored silently.
var ErrForeign = errors.New("not a hirecalc message")

// Summary is the answer in a hirecalc:change message.
type Summary struct {
	// Role is the outcome: developer, engineer, hybrid or standard.
	Role hiring.Role `json:"role"`
	// Title is the job title to post.
	Title string `json:"title"`
	// PayMin and PayMax are the suggested pay range, whole units of
	// Currency per Period; both 0 when there is no figure for the input.
	PayMin int `json:"payMin"`
	PayMax int `json:"payMax"`
	// Currency is the ISO 4217 code of the pay range ("USD").
	Currency string `json:"currency"`
	// Period is the pay period: year, month or hour.
	Period hiring.Period `json:"period"`
	// CostMin and CostMax are what the hire costs the employer (gross
	// pay plus the statutory employer contributions) at the estimated
	// range's two ends, whole units of Currency per Period; both left
	// out when hirecalc has no employer cost for the answer or the range
	// is the employer's own. CostComplete is false when a statutory
	// contribution has no figure in them.
	CostMin      int  `json:"costMin,omitempty"`
	CostMax      int  `json:"costMax,omitempty"`
	CostComplete bool `json:"costComplete,omitempty"`
}

// Message is one message of the embed protocol. Which fields are set
// depends on Type:
//
//	hirecalc:ready   query, height (from 1)
//	hirecalc:resize  height (from 1)
//	hirecalc:change  query, result, jsonld (optional)
//	hirecalc:cta     href
//	hirecalc:set     query (input keys only)
//
// Every message has type, v (= Version) and id (the widget id; may be
// empty). Fields not listed for a type are ignored when reading and left
// out when writing.
type Message struct {
	Type   Type     `json:"type"`
	V      int      `json:"v"`
	ID     string   `json:"id"`
	Query  string   `json:"query,omitempty"`
	Height int      `json:"height,omitempty"`
	Result *Summary `json:"result,omitempty"`
	JSONLD string   `json:"jsonld,omitempty"`
	Href   string   `json:"href,omitempty"`
}

// NewReady returns a hirecalc:ready message.
func NewReady(id, query string, height int) Message {
	return Message{Type: TypeReady, V: Version, ID: id, Query: query, Height: height}
}

// NewResize returns a hirecalc:resize message.
func NewResize(id string, height int) Message {
	return Message{Type: TypeResize, V: Version, ID: id, Height: height}
}

// NewChange returns a hirecalc:change message; jsonld may be empty.
func NewChange(id, query string, result Summary, jsonld string) Message {
	return Message{Type: TypeChange, V: Version, ID: id, Query: query, Result: &result, JSONLD: jsonld}
}

// NewCTA returns a hirecalc:cta message.
func NewCTA(id, href string) Message {
	return Message{Type: TypeCTA, V: Version, ID: id, Href: href}
}

// NewSet returns a hirecalc:set message.
func NewSet(id, query string) Message {
	return Message{Type: TypeSet, V: Version, ID: id, Query: query}
}

// JSON returns the message encoded as JSON. Fields a type does not use
// are left out (they are empty), so is an empty jsonld.
func (m Message) JSON() []byte {
	b, err := json.Marshal(m)
	if err != nil {
		// A Message holds only strings, ints and a Summary of them.
		panic(fmt.Sprintf("embed: encoding a message: %v", err))
	}
	return b
}

// DecodeMessage decodes and validates a JSON-encoded message; see
// [ParseMessage]. Data larger than MaxMessage is refused unread.
func DecodeMessage(b []byte) (Message, error) {
	data, err := decodeObject(b)
	if err != nil {
		return Message{}, err
	}
	return ParseMessage(data)
}

// DecodeSet is [DecodeMessage] for a widget, which reads only
// hirecalc:set: any other hirecalc message is refused as malformed. It
// keeps the other messages' checks out of the WebAssembly app.
func DecodeSet(b []byte) (Message, error) {
	data, err := decodeObject(b)
	if err != nil {
		return Message{}, err
	}
	m, err := envelope(data)
	if err == nil && m.Type != TypeSet {
		err = fmt.Errorf("embed: %s: a widget reads only %s", m.Type, TypeSet)
	}
	if err != nil {
		return Message{}, err
	}
	return parseSet(data, m)
}

// DecodeHeight is [DecodeMessage] for a page that only follows a
// widget's height: it reads hirecalc:ready and hirecalc:resize and
// refuses the others.
func DecodeHeight(b []byte) (Message, error) {
	data, err := decodeObject(b)
	if err != nil {
		return Message{}, err
	}
	m, err := envelope(data)
	if err != nil {
		return Message{}, err
	}
	switch m.Type {
	case TypeReady:
		return parseReady(data, m)
	case TypeResize:
		return parseResize(data, m)
	}
	return Message{}, fmt.Errorf("embed: %s carries no height", m.Type)
}

// decodeObject decodes JSON that must be an object, of at most
// MaxMessage bytes.
func decodeObject(b []byte) (map[string]any, error) {
	if len(b) > MaxMessage {
		return nil, fmt.Errorf("embed: message of %d bytes is larger than %d", len(b), MaxMessage)
	}
	var data any
	if err := json.Unmarshal(b, &data); err != nil {
		return nil, fmt.Errorf("embed: message is not JSON: %w", ErrForeign)
	}
	obj, ok := data.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("embed: message is not an object: %w", ErrForeign)
	}
	return obj, nil
}

// ParseMessage validates a message given as decoded JSON (or a JavaScript
// object converted to Go) and returns it. It returns an error wrapping
// ErrForeign for data that is not a hirecalc message, and another error
// for a hirecalc message that is malformed: a wrong version, a missing or
// mistyped field, a value out of range. Unknown fields are ignored, so a
// later version 1 message with more fields still reads. ParseMessage never
// panics.
func ParseMessage(data map[string]any) (Message, error) {
	m, err := envelope(data)
	if err != nil {
		return Message{}, err
	}
	switch m.Type {
	case TypeReady:
		return parseReady(data, m)
	case TypeResize:
		return parseResize(data, m)
	case TypeChange:
		return parseChange(data, m)
	case TypeCTA:
		return parseCTA(data, m)
	}
	return parseSet(data, m)
}

// envelope reads the fields every message has: type, v and id.
func envelope(data map[string]any) (Message, error) {
	if data == nil {
		return Message{}, fmt.Errorf("embed: empty message: %w", ErrForeign)
	}
	t, ok := data["type"].(string)
	if !ok || !strings.HasPrefix(t, "hirecalc:") {
		return Message{}, fmt.Errorf("embed: message without a hirecalc type: %w", ErrForeign)
	}
	m := Message{Type: Type(t)}
	if !slices.Contains(Types, m.Type) {
		return Message{}, fmt.Errorf("embed: unknown message type %q", truncate(t, 40))
	}
	v, err := integer(data, "v", 0, math.MaxInt32)
	if err != nil {
		return Message{}, fmt.Errorf("embed: %s: %w", t, err)
	}
	if v != Version {
		return Message{}, fmt.Errorf("embed: %s: version %d is not supported; this widget reads version %d", t, v, Version)
	}
	m.V = v
	if id, present := data["id"]; present && id != nil {
		s, ok := id.(string)
		if !ok || s != "" && !validID(s) {
			return Message{}, fmt.Errorf("embed: %s: id is not a widget id", t)
		}
		m.ID = s
	}
	return m, nil
}

// failed returns the error of a malformed message of type t.
func failed(t Type, err error) (Message, error) {
	return Message{}, fmt.Errorf("embed: %s: %w", t, err)
}

func parseReady(data map[string]any, m Message) (Message, error) {
	var err error
	if m.Query, err = queryField(data); err != nil {
		return failed(m.Type, err)
	}
	if m.Height, err = integer(data, "height", 1, MaxHeight); err != nil {
		return failed(m.Type, err)
	}
	return m, nil
}

func parseResize(data map[string]any, m Message) (Message, error) {
	var err error
	if m.Height, err = integer(data, "height", 1, MaxHeight); err != nil {
		return failed(m.Type, err)
	}
	return m, nil
}

func parseChange(data map[string]any, m Message) (Message, error) {
	var err error
	if m.Query, err = queryField(data); err != nil {
		return failed(m.Type, err)
	}
	s, err := summary(data["result"])
	if err != nil {
		return failed(m.Type, err)
	}
	m.Result = &s
	if m.JSONLD, err = jsonLDField(data); err != nil {
		return failed(m.Type, err)
	}
	return m, nil
}

func parseCTA(data map[string]any, m Message) (Message, error) {
	href, err := stringField(data, "href", MaxURL)
	if err != nil {
		return failed(m.Type, err)
	}
	if _, err := ParseCTA(href); err != nil {
		return failed(m.Type, fmt.Errorf("href %w", err))
	}
	m.Href = href
	return m, nil
}

func parseSet(data map[string]any, m Message) (Message, error) {
	var err error
	if m.Query, err = queryField(data); err != nil {
		return failed(m.Type, err)
	}
	if err := checkSetQuery(m.Query); err != nil {
		return failed(m.Type, err)
	}
	return m, nil
}

// Apply returns in changed by a hirecalc:set message: the keys in the
// message's query replace those of in, the others are kept.
func (m Message) Apply(in hiring.Input) (hiring.Input, error) {
	if m.Type != TypeSet {
		return in, fmt.Errorf("embed: %s is not a hirecalc:set message", m.Type)
	}
	if err := checkSetQuery(m.Query); err != nil {
		return in, fmt.Errorf("embed: hirecalc:set: %w", err)
	}
	values, err := url.ParseQuery(in.Query())
	if err != nil {
		return in, fmt.Errorf("embed: current input: %w", err)
	}
	set, _ := url.ParseQuery(m.Query)
	for k, v := range set {
		values[k] = v
	}
	out, problems := hiring.FromValues(values, nil)
	if len(problems) > 0 {
		return in, fmt.Errorf("embed: hirecalc:set: %w", problems[0])
	}
	return out, nil
}

// checkSetQuery checks the query of a hirecalc:set message: not empty,
// only input keys, each once, every value valid.
func checkSetQuery(q string) error {
	if q == "" {
		return errors.New("query is empty; name at least one input")
	}
	values, err := url.ParseQuery(q)
	if err != nil {
		return errors.New("query is not a URL query")
	}
	for k, vs := range values {
		if !slices.Contains(InputKeys, k) {
			return fmt.Errorf("query key %q is not an input; use %s", truncate(k, 40), strings.Join(InputKeys, ", "))
		}
		if len(vs) != 1 {
			return fmt.Errorf("query key %q is given %d times", k, len(vs))
		}
	}
	if _, problems := hiring.FromValues(values, nil); len(problems) > 0 {
		return problems[0]
	}
	return nil
}

// integer reads a whole number in [lo, hi]; JSON numbers arrive as
// float64, converted JavaScript numbers as float64 or int.
func integer(data map[string]any, key string, lo, hi int) (int, error) {
	var f float64
	switch v := data[key].(type) {
	case float64:
		f = v
	case int:
		f = float64(v)
	case nil:
		return 0, fmt.Errorf("%s is missing", key)
	default:
		return 0, fmt.Errorf("%s is not a number", key)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		return 0, fmt.Errorf("%s is not a whole number from %d to %d", key, lo, hi)
	}
	return int(f), nil
}

// stringField reads a required string of at most max bytes of valid UTF-8.
func stringField(data map[string]any, key string, max int) (string, error) {
	v, present := data[key]
	if !present || v == nil {
		return "", fmt.Errorf("%s is missing", key)
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("%s is not a string", key)
	}
	if len(s) > max {
		return "", fmt.Errorf("%s is longer than %d bytes", key, max)
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("%s is not valid UTF-8", key)
	}
	return s, nil
}

// queryField reads the "query" string and checks that it is a
// non-empty URL query.
func queryField(data map[string]any) (string, error) {
	q, err := stringField(data, "query", MaxQuery)
	if err != nil {
		return "", err
	}
	if q == "" {
		return "", errors.New("query is empty")
	}
	if _, err := url.ParseQuery(q); err != nil {
		return "", errors.New("query is not a URL query")
	}
	return q, nil
}

// jsonLDField reads the optional "jsonld" string: a JSON object whose
// @type is JobPosting.
func jsonLDField(data map[string]any) (string, error) {
	if v, present := data["jsonld"]; !present || v == nil {
		return "", nil
	}
	s, err := stringField(data, "jsonld", MaxJSONLD)
	if err != nil || s == "" {
		return s, err
	}
	if err := CheckJSONLD(s); err != nil {
		return "", err
	}
	return s, nil
}

// CheckJSONLD checks that s is a JSON object whose "@type" is
// "JobPosting": what the loader inserts into the host page.
func CheckJSONLD(s string) error {
	var obj map[string]any
	if err := json.Unmarshal([]byte(s), &obj); err != nil || obj == nil {
		return errors.New("jsonld is not a JSON object")
	}
	if obj["@type"] != "JobPosting" {
		return errors.New(`jsonld is not a schema.org JobPosting ("@type" must be "JobPosting")`)
	}
	return nil
}

// summary reads the "result" object of a hirecalc:change message.
func summary(v any) (Summary, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return Summary{}, errors.New("result is missing or not an object")
	}
	var s Summary
	role, err := stringField(obj, "role", 20)
	if err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if s.Role = hiring.Role(role); !slices.Contains(hiring.Roles, s.Role) {
		return s, fmt.Errorf("result.role %q is not a role", truncate(role, 20))
	}
	if s.Title, err = stringField(obj, "title", 4*MaxTitle); err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if utf8.RuneCountInString(s.Title) > MaxTitle {
		return s, fmt.Errorf("result.title is longer than %d characters", MaxTitle)
	}
	if s.PayMin, err = integer(obj, "payMin", 0, hiring.MaxPay); err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if s.PayMax, err = integer(obj, "payMax", 0, hiring.MaxPay); err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if s.PayMax < s.PayMin {
		return s, errors.New("result.payMax is below result.payMin")
	}
	cur, err := stringField(obj, "currency", 3)
	if err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if cur != "" && !upper3(cur) {
		return s, fmt.Errorf("result.currency %q is not a currency code", cur)
	}
	s.Currency = cur
	period, err := stringField(obj, "period", 10)
	if err != nil {
		return s, fmt.Errorf("result.%w", err)
	}
	if s.Period = hiring.Period(period); period != "" && !slices.Contains(hiring.Periods, s.Period) {
		return s, fmt.Errorf("result.period %q is not a pay period", period)
	}
	if _, present := obj["costMin"]; present {
		if s.CostMin, err = integer(obj, "costMin", 0, 2*hiring.MaxPay); err != nil {
			return s, fmt.Errorf("result.%w", err)
		}
		if s.CostMax, err = integer(obj, "costMax", s.CostMin, 2*hiring.MaxPay); err != nil {
			return s, fmt.Errorf("result.%w", err)
		}
		if v, present := obj["costComplete"]; present {
			b, ok := v.(bool)
			if !ok {
				return s, errors.New("result.costComplete is not true or false")
			}
			s.CostComplete = b
		}
	}
	return s, nil
}

func upper3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
