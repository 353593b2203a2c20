// Modeling: formulas (R/fixest syntax), design matrices, row-filter expressions.
