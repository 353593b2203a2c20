// LaTeX that plain pdflatex compiles with nothing but booktabs: every character that is
// special to TeX escaped, every non-ASCII character transliterated to a LaTeX command (so the
// default OT1 encoding and any input encoding work), numbers with a math minus and
// scientific notation as a power of ten, notes that wrap at the table's width.

import Foundation

/// Helpers shared by the LaTeX renderers (``ResultTable``, ``RegressionTable``).
public enum LaTeX {
    /// Text-mode LaTeX for `s`, pure ASCII: `\ & % $ # _ { } ~ ^` escaped; `< > |` in math
    /// (OT1 has no glyphs for them); accented letters as accent commands (`ü` → `\"{u}`);
    /// common symbols as commands (`σ` → `$\sigma$`, `²` → `$^{2}$`, `−` → `$-$`, `–` → `--`);
    /// any other character as `?` (never an error).
    public static func text(_ s: String) -> String {
        var out = ""
        for ch in s { out += character(ch) }
        return out
    }

    static func character(_ ch: Character) -> String {
        switch ch {
        case "\\": return "\\textbackslash{}"
        case "&", "%", "$", "#", "_", "{", "}": return "\\" + String(ch)
        case "~": return "\\textasciitilde{}"
        case "^": return "\\textasciicircum{}"
        case "<", ">", "|": return "$" + String(ch) + "$"
        case "\n", "\r", "\t", "\r\n": return " "
        default: break
        }
        if ch.isASCII {
            guard let v = ch.unicodeScalars.first?.value, v >= 0x20, v < 0x7F else { return "" }
            return String(ch)
        }
        if let s = symbols[ch] { return s }
        // Accented letters: base letter + combining marks -> accent commands.
        let scalars = Array(String(ch).decomposedStringWithCanonicalMapping.unicodeScalars)
        // A symbol with accents LaTeX cannot put on it (Greek with tonos): the symbol alone.
        if let base = scalars.first, !base.isASCII, scalars.count > 1, let s = symbols[Character(base)] { return s }
        if let base = scalars.first, base.isASCII, base.properties.isAlphabetic, scalars.count > 1 {
            var inner = String(Character(base))
            if inner == "i" { inner = "\\i" } else if inner == "j" { inner = "\\j" }
            for mark in scalars.dropFirst() {
                guard let cmd = accents[mark.value] else { return "?" }
                inner = cmd + "{" + inner + "}"
            }
            return inner
        }
        return "?"
    }

    /// Combining mark → accent command.
    static let accents: [UInt32: String] = [
        0x0300: "\\`", 0x0301: "\\'", 0x0302: "\\^", 0x0303: "\\~", 0x0304: "\\=", 0x0306: "\\u", 0x0307: "\\.",
        0x0308: "\\\"", 0x030A: "\\r", 0x030B: "\\H", 0x030C: "\\v", 0x0323: "\\d", 0x0327: "\\c", 0x0328: "\\k", 0x0331: "\\b",
    ]

    static let symbols: [Character: String] = {
        var m: [Character: String] = [
            "\u{00A0}": "~", "\u{00B2}": "$^{2}$", "\u{00B3}": "$^{3}$", "\u{00B9}": "$^{1}$", "\u{00D7}": "$\\times$",
            "\u{00B7}": "$\\cdot$", "\u{2212}": "$-$", "\u{2013}": "--", "\u{2014}": "---", "\u{2018}": "`", "\u{2019}": "'",
            "\u{201C}": "``", "\u{201D}": "''", "\u{2026}": "\\ldots{}", "\u{2265}": "$\\geq$", "\u{2264}": "$\\leq$",
            "\u{2260}": "$\\neq$", "\u{00B1}": "$\\pm$", "\u{221A}": "$\\surd$", "\u{2192}": "$\\rightarrow$",
            "\u{2190}": "$\\leftarrow$", "\u{221E}": "$\\infty$", "\u{2248}": "$\\approx$", "\u{00B0}": "$^{\\circ}$",
            "\u{00A7}": "\\S{}", "\u{00B6}": "\\P{}", "\u{00A9}": "\\copyright{}", "\u{00A3}": "\\pounds{}", "\u{20AC}": "EUR",
            "\u{00DF}": "\\ss{}", "\u{00E6}": "\\ae{}", "\u{00C6}": "\\AE{}", "\u{00F8}": "\\o{}", "\u{00D8}": "\\O{}",
            "\u{0153}": "\\oe{}", "\u{0152}": "\\OE{}", "\u{00E5}": "\\aa{}", "\u{00C5}": "\\AA{}", "\u{0142}": "\\l{}",
            "\u{0141}": "\\L{}", "\u{0131}": "\\i{}", "\u{00AB}": "$\\ll$", "\u{00BB}": "$\\gg$", "\u{00B5}": "$\\mu$",
            "\u{2030}": " per mille", "\u{2032}": "$'$", "\u{2009}": "\\,", "\u{202F}": "\\,", "\u{2011}": "-",
            "\u{2010}": "-", "\u{00AD}": "", "\u{2022}": "$\\bullet$", "\u{2217}": "$*$", "\u{2223}": "$|$",
            "\u{00F0}": "d", "\u{00D0}": "D", "\u{00FE}": "th", "\u{00DE}": "Th"
        ]
        let lower = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
                     "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
        for (i, name) in lower.enumerated() {
            guard let scalar = Unicode.Scalar(0x03B1 + UInt32(i)) else { continue }
            m[Character(scalar)] = name == "o" ? "o" : "$\\" + name + "$"
        }
        let upper = ["A", "B", "\\Gamma", "\\Delta", "E", "Z", "H", "\\Theta", "I", "K", "\\Lambda", "M", "N", "\\Xi", "O",
                     "\\Pi", "P", "", "\\Sigma", "T", "\\Upsilon", "\\Phi", "X", "\\Psi", "\\Omega"]
        for (i, name) in upper.enumerated() where !name.isEmpty {
            guard let scalar = Unicode.Scalar(0x0391 + UInt32(i)) else { continue }
            m[Character(scalar)] = name.hasPrefix("\\") ? "$" + name + "$" : name
        }
        m["\u{0394}"] = "$\\Delta$"
        m["\u{2206}"] = "$\\Delta$"
        return m
    }()

    /// A number as displayed (`-0.123`, `1.304e-77`, `(0.100)`, `[-1.2, 3.4]`) in LaTeX: each
    /// minus a math minus, `m e x` as `m\times10^{x}`; other text escaped.
    public static func number(_ shown: String) -> String {
        var out = ""
        var i = shown.startIndex
        while i < shown.endIndex {
            // A number token: [-]digits[.digits][e[+-]digits]
            var j = i
            var negative = false
            if shown[j] == "-" || shown[j] == "\u{2212}" {
                let next = shown.index(after: j)
                if next < shown.endIndex, shown[next].isASCII, shown[next].isNumber || shown[next] == "I" { negative = true; j = next }
            }
            if j < shown.endIndex, shown[j].isASCII, shown[j].isNumber {
                var k = j
                while k < shown.endIndex, shown[k].isASCII, shown[k].isNumber || shown[k] == "." { k = shown.index(after: k) }
                let mantissa = String(shown[j..<k])
                var exponent: String? = nil
                if k < shown.endIndex, shown[k] == "e" || shown[k] == "E" {
                    var e = shown.index(after: k)
                    var sign = ""
                    if e < shown.endIndex, shown[e] == "-" || shown[e] == "+" { sign = shown[e] == "-" ? "-" : ""; e = shown.index(after: e) }
                    var d = e
                    while d < shown.endIndex, shown[d].isASCII, shown[d].isNumber { d = shown.index(after: d) }
                    if d > e {
                        var digits = String(shown[e..<d])
                        while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst() }
                        exponent = sign + digits
                        k = d
                    }
                }
                if let exponent {
                    out += "$" + (negative ? "-" : "") + mantissa + "\\times10^{" + exponent + "}$"
                } else {
                    out += (negative ? "$-$" : "") + mantissa
                }
                i = k
                continue
            }
            if negative, shown[j...].hasPrefix("Inf") {
                out += "$-\\infty$"
                i = shown.index(j, offsetBy: 3)
                continue
            }
            if shown[i...].hasPrefix("Inf") { out += "$\\infty$"; i = shown.index(i, offsetBy: 3); continue }
            out += character(shown[i])
            i = shown.index(after: i)
        }
        return out
    }

    /// A note below `\bottomrule`, spanning `columns` columns and wrapping at `width`
    /// (ragged right, footnote size): `\multicolumn{n}{p{W}}{...}`.
    public static func noteRow(_ note: String, columns: Int, width: String) -> String {
        "\\multicolumn{\(columns)}{p{\(width)}}{\\footnotesize\\raggedright " + text(note) + "} \\\\"
    }

    /// The printed width of a tabular whose columns hold `cells` (text as displayed), as a
    /// TeX length for the notes to wrap at: each column's widest cell in Computer Modern
    /// Roman 10 pt advance widths (``approximateWidth(_:)``, in em) plus the column padding
    /// (2\tabcolsep = 1.2 em at 10 pt), minus the outer padding, at least 12 em, and never
    /// wider than the line (`\linewidth`), so that a note never widens the table or the page.
    public static func noteWidth(columns cells: [[String]]) -> String {
        let total = cells.reduce(0.0) { sum, column in
            sum + (column.map(approximateWidth).max() ?? 0) + 1.2
        } - 1.2
        let em = JSONValue.format((max(12, total) * 10).rounded(.down) / 10) + "em"
        return "\\dimexpr\\ifdim \(em)>\\linewidth\\linewidth\\else \(em)\\fi\\relax"
    }

    /// Width of `s` set in cmr10, in em (advance widths of the Computer Modern Roman font
    /// metrics; characters outside the table count 0.5 em, superscript stars 0.35 em).
    public static func approximateWidth(_ s: String) -> Double {
        var w = 0.0
        for ch in s {
            if let v = cmr10[ch] { w += v } else if ch.isNumber { w += 0.5 } else if ch.isUppercase { w += 0.75 } else { w += 0.5 }
        }
        return w
    }

    static let cmr10: [Character: Double] = {
        var m: [Character: Double] = [" ": 0.333, ".": 0.278, ",": 0.278, "(": 0.389, ")": 0.389, "[": 0.278, "]": 0.278,
                                      "-": 0.333, "*": 0.35, ":": 0.278, ";": 0.278, "'": 0.278, "=": 0.778, "|": 0.278,
                                      "\u{00D7}": 0.778, "\u{00B2}": 0.35, "\u{2212}": 0.778]
        let lower: [Double] = [0.5, 0.556, 0.444, 0.556, 0.444, 0.306, 0.5, 0.556, 0.278, 0.306, 0.528, 0.278, 0.833,
                               0.556, 0.5, 0.556, 0.528, 0.392, 0.394, 0.389, 0.556, 0.528, 0.722, 0.528, 0.528, 0.444]
        let upper: [Double] = [0.75, 0.708, 0.722, 0.764, 0.681, 0.653, 0.785, 0.75, 0.361, 0.514, 0.778, 0.625, 0.917,
                               0.75, 0.778, 0.681, 0.778, 0.736, 0.556, 0.722, 0.75, 0.75, 1.028, 0.75, 0.75, 0.611]
        for (i, v) in lower.enumerated() { if let u = Unicode.Scalar(0x61 + UInt32(i)) { m[Character(u)] = v } }
        for (i, v) in upper.enumerated() { if let u = Unicode.Scalar(0x41 + UInt32(i)) { m[Character(u)] = v } }
        for d in 0..<10 { if let u = Unicode.Scalar(0x30 + UInt32(d)) { m[Character(u)] = 0.5 } }
        return m
    }()

    /// A whole `article` document around `body` (a tabular): only the packages of
    /// texlive-latex-base and texlive-latex-recommended (booktabs), no input-encoding
    /// dependence (the body is ASCII), compiled by plain `pdflatex`.
    public static func standalone(_ body: String, title: String? = nil) -> String {
        var lines = [
            "\\documentclass[10pt]{article}",
            "\\usepackage{booktabs}",
            "\\pagestyle{empty}",
            "\\setlength{\\textwidth}{16cm}",
            "\\setlength{\\oddsidemargin}{0cm}",
            "\\setlength{\\evensidemargin}{0cm}",
            "\\begin{document}",
            "\\begin{table}[ht]",
            "\\centering",
        ]
        if let title { lines.append("\\caption{" + text(title) + "}") }
        lines.append(body.hasSuffix("\n") ? String(body.dropLast()) : body)
        lines += ["\\end{table}", "\\end{document}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
