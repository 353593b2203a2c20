// Paradox module.
