# Reference column names and values of R's model.matrix for DesignMatrixTests.
# Run from the repository root:  Rscript scripts/reference/modeling_model_matrix.R
# Writes Tests/ModelingTests/Fixtures/model_matrix_data.csv (the data frame) and
# Tests/ModelingTests/Fixtures/model_matrix_reference.tsv, one line per formula:
#   formula <TAB> column names joined by '|' <TAB> X column-major, %.17g, joined by ' '
# Text factors are sorted in the C locale (code point order), as DesignMatrix does.
Sys.setlocale("LC_COLLATE", "C")
out <- "Tests/ModelingTests/Fixtures"
d <- data.frame(
  y = c(1.5, 2.25, 3.0, 4.5, 2.0, 6.75, 1.25, 3.5, 5.0, 4.0, 2.5, 3.75),
  x = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
  z = c(0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 3.0, -2.0, 0.125, 1.0, -0.5, 2.5),
  g = c(2018, 2020, 2018, 2022, 2020, 2018, 2022, 2020, 2018, 2022, 2020, 2018),
  a = c("b", "a", "c", "a", "b", "c", "a", "b", "c", "a", "b", "c"),
  b = c("u", "v", "u", "v", "u", "v", "v", "u", "v", "u", "v", "u"),
  region = c("Europe", "Asia", "Central Asia", "Europe", "Asia", "Central Asia",
             "Europe", "Asia", "Central Asia", "Europe", "Asia", "Baltic"),
  stringsAsFactors = FALSE
)
write.csv(d, file.path(out, "model_matrix_data.csv"), row.names = FALSE, quote = FALSE)
formulas <- c(
  "y ~ x",
  "y ~ a*b + log(x)",
  "y ~ x + region",
  "y ~ 0 + region + x",
  "y ~ x - 1",
  "y ~ 0 + a + b",
  "y ~ 0 + b:x + a",
  "y ~ x + x:a",
  "y ~ (a + b + x)^2",
  "y ~ a:b",
  "y ~ factor(g) + z",
  "y ~ I(x^2) + sqrt(x) + exp(z) + log10(x)",
  "y ~ I((x + 1)^2/2 * 3 - x^-1) + log(x + 1)",
  "y ~ z*x*a",
  "y ~ b + a:b",
  "log(y) ~ I(-z) + abs(z) + log2(x) + log1p(x)"
)
lines <- character(0)
for (f in formulas) {
  m <- model.matrix(as.formula(f), d)
  vals <- paste(sprintf("%.17g", as.vector(m)), collapse = " ")
  lines <- c(lines, paste(f, paste(colnames(m), collapse = "|"), vals, sep = "\t"))
}
writeLines(lines, file.path(out, "model_matrix_reference.tsv"))
# Term labels (attr(terms(f), "term.labels")) and intercept for FormulaTests.
tl <- character(0)
for (f in c(formulas, "y ~ b:a + a", "y ~ a*b - a", "y ~ a + b + a:b + b:a", "y ~ (a + b + z)^3 - a:b:z",
            "y ~ x + 0", "y ~ -1 + x", "y ~ x - 1 + 1", "y ~ a*b*z - b", "y ~ (a + b):z")) {
  t <- terms(as.formula(f))
  tl <- c(tl, paste(f, attr(t, "intercept"), paste(attr(t, "term.labels"), collapse = "|"), sep = "\t"))
}
writeLines(tl, file.path(out, "term_labels_reference.tsv"))
# R's number formatting (as.character) for RNumberFormatTests.
nums <- c(0, 1, -3, 2018, 1e5, 123456, 1e-4, 0.001, 1/3, 0.1 + 0.2, 1e15, 1e-20, 2.5, -0.75, 1234567.5, 1e22, 0.1234567890123456789, 100, 1e-5 * 3)
writeLines(paste(sprintf("%.17g", nums), as.character(nums), sep = "\t"), file.path(out, "r_number_format.tsv"))
