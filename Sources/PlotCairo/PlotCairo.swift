// PlotCairo module.
