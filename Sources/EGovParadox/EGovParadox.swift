// Umbrella module: `import EGovParadox` gives a script the whole public API.
@_exported import Stats
@_exported import PanelData
@_exported import Modeling
@_exported import Plot
@_exported import PlotCairo
@_exported import Paradox
