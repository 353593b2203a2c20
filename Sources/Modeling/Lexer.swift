/// A syntax problem found while reading a formula or a filter: what, where
/// (1-based column, counted in characters) and, when we know it, how to fix it.
/// `FormulaError` and `FilterError` wrap it with their own wording.
struct SyntaxIssue: Error, Equatable {
    var message: String
    var column: Int
    var hint: String?
}

/// The tokens shared by formulas and filters.
enum TokenKind: Equatable {
    /// A name: `x`, `gdppc_ppp`, `is.na`, or a backquoted `` `my var` `` (then `quoted`).
    case name(String, quoted: Bool)
    case number(Double)
    /// A quoted text literal, `"Central Asia"` or `'RUS'`.
    case text(String)
    /// An operator or punctuation: `~ + - * / ^ : ( ) , | || & && == != < <= > >= ! = %in%`.
    case symbol(String)
    case end
}

struct Token: Equatable {
    var kind: TokenKind
    /// 1-based column of the first character.
    var column: Int
    /// The source text of the token, for messages.
    var text: String
}

/// Splits `source` into tokens. Whitespace separates tokens and is otherwise
/// ignored. The end token sits just after the last non-blank character, which
/// is where a missing operand is reported ("expected a variable name after '+'").
func tokenize(_ source: String) throws(SyntaxIssue) -> [Token] {
    let chars = Array(source)
    var tokens: [Token] = []
    var i = 0
    let symbols2: Set<String> = ["||", "&&", "==", "!=", "<=", ">="]
    let symbols1: Set<Character> = ["~", "+", "-", "*", "/", "^", ":", "(", ")", ",", "|", "&", "<", ">", "!", "=", "[", "]", "{", "}", "$", "@", ";"]
    while i < chars.count {
        let c = chars[i]
        let column = i + 1
        if c.isWhitespace { i += 1; continue }
        if c.isNumber || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
            var j = i
            while j < chars.count, chars[j].isNumber || chars[j] == "." { j += 1 }
            if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                var k = j + 1
                if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                if k < chars.count, chars[k].isNumber {
                    while k < chars.count, chars[k].isNumber { k += 1 }
                    j = k
                }
            }
            let text = String(chars[i..<j])
            guard chars[i..<j].allSatisfy({ $0.isASCII }), let value = Double(text) else {
                throw SyntaxIssue(message: "'\(text)' is not a number", column: column, hint: nil)
            }
            // Double("1e400") is +inf: a literal beyond the Double range is an error, never infinity.
            guard value.isFinite else {
                throw SyntaxIssue(message: "'\(text)' is too large for a number (the largest is about 1.8e308)", column: column, hint: nil)
            }
            tokens.append(Token(kind: .number(value), column: column, text: text))
            i = j
            continue
        }
        if c.isLetter || c == "." || c == "_" {
            var j = i
            while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "." || chars[j] == "_" { j += 1 }
            let text = String(chars[i..<j])
            tokens.append(Token(kind: .name(text, quoted: false), column: column, text: text))
            i = j
            continue
        }
        if c == "`" || c == "\"" || c == "'" {
            var j = i + 1
            var value = ""
            var closed = false
            while j < chars.count {
                if chars[j] == "\\", j + 1 < chars.count { value.append(chars[j + 1]); j += 2; continue }
                if chars[j] == c { closed = true; break }
                value.append(chars[j])
                j += 1
            }
            guard closed else {
                throw SyntaxIssue(message: "the quote \(c) is never closed", column: column, hint: "add a closing \(c)")
            }
            let text = String(chars[i...j])
            if c == "`" {
                guard !value.isEmpty else { throw SyntaxIssue(message: "empty name ``", column: column, hint: nil) }
                tokens.append(Token(kind: .name(value, quoted: true), column: column, text: text))
            } else {
                tokens.append(Token(kind: .text(value), column: column, text: text))
            }
            i = j + 1
            continue
        }
        if c == "%" {
            if i + 3 < chars.count, String(chars[i...(i + 3)]) == "%in%" {
                tokens.append(Token(kind: .symbol("%in%"), column: column, text: "%in%"))
                i += 4
                continue
            }
            throw SyntaxIssue(message: "unexpected character '%'", column: column, hint: "the only %-operator is %in%")
        }
        if i + 1 < chars.count {
            let pair = String(chars[i...(i + 1)])
            if symbols2.contains(pair) {
                tokens.append(Token(kind: .symbol(pair), column: column, text: pair))
                i += 2
                continue
            }
        }
        if symbols1.contains(c) {
            tokens.append(Token(kind: .symbol(String(c)), column: column, text: String(c)))
            i += 1
            continue
        }
        throw SyntaxIssue(message: "unexpected character '\(c)'", column: column, hint: nil)
    }
    var endColumn = chars.count
    while endColumn > 0, chars[endColumn - 1].isWhitespace { endColumn -= 1 }
    tokens.append(Token(kind: .end, column: endColumn + 1, text: ""))
    return tokens
}

/// "; did you mean 'a'?" / "; did you mean 'a' or 'b'?" / "; did you mean 'a', 'b' or 'c'?", or nil.
func didYouMean(_ names: [String]) -> String? {
    let quoted = names.map { "'\($0)'" }
    switch quoted.count {
    case 0: return nil
    case 1: return "did you mean \(quoted[0])?"
    default: return "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted[quoted.count - 1])?"
    }
}

/// How deeply formulas and filters may nest (parentheses, prefix operators,
/// calls, and chains of binary operators, which nest in the parse tree).
/// Parsing, printing and evaluating recurse over the tree, so a pathological
/// input ("((((…", 60 000 "|") would overflow the stack and crash; no
/// expression a person writes comes near this limit.
let maximumNesting = 100

/// The message and hint for an expression that nests deeper than `maximumNesting`.
let nestingMessage = "the expression nests more than \(maximumNesting) levels deep (parentheses, operators or function calls)"
let nestingHint = "simplify it: drop redundant parentheses, or write a long chain of == tests joined by | as x %in% c(...)"
