// swift-tools-version:6.0
import PackageDescription

// Module graph (dependencies point one way, see ../shared/DESIGN.md §1):
//   Stats, PanelData, Plot            — leaves, no I/O in Stats, no C in Plot
//   CCairo -> PlotCairo                — the only place that touches cairo/pango
//   Modeling                           — formulas, design matrices, row filters (Stats + PanelData)
//   Paradox                            — the domain, on top of the leaves and Modeling
//   EGovParadox                        — umbrella re-export for scripts
//   egov                               — the CLI, the only code that prints
let package = Package(
    name: "EGovParadox",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EGovParadox", targets: ["EGovParadox"]),
        .executable(name: "egov", targets: ["egov"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "Stats"),
        .target(
            name: "EmbeddedPanel",
            path: "Datasets",
            exclude: ["README.md"],
            sources: ["EmbeddedPanel.swift"],
            resources: [.copy("panel.csv"), .copy("manifest.json"), .copy("boundaries.txt")]
        ),
        .target(name: "PanelData", dependencies: ["EmbeddedPanel"]),
        .target(name: "Plot"),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "PlotCairo", dependencies: ["Plot", "CCairo"]),
        .target(name: "Modeling", dependencies: ["Stats", "PanelData"]),
        .target(name: "Paradox", dependencies: ["Stats", "PanelData", "Modeling", "Plot"]),
        .target(name: "EGovParadox", dependencies: ["Stats", "PanelData", "Modeling", "Plot", "PlotCairo", "Paradox"]),
        .executableTarget(
            name: "egov",
            dependencies: [
                "EGovParadox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "quickstart", dependencies: ["EGovParadox"], path: "Examples/QuickStart"),
        .executableTarget(name: "egov-bench", dependencies: ["EGovParadox"], path: "Benchmarks/Sources/egov-bench"),
        // Literate notebooks (issue 7): each run rewrites README.md and figures/ beside its main.swift.
        .target(name: "NotebookKit", dependencies: ["EGovParadox"], path: "Notebooks/NotebookKit"),
        .executableTarget(name: "kazakhstan-case-study", dependencies: ["NotebookKit"],
                          path: "Notebooks/KazakhstanCaseStudy", exclude: ["README.md", "figures"]),
        .executableTarget(name: "post-soviet-panel", dependencies: ["NotebookKit"],
                          path: "Notebooks/PostSovietPanel", exclude: ["README.md", "figures"]),
        .executableTarget(name: "replication", dependencies: ["NotebookKit"],
                          path: "Notebooks/Replication", exclude: ["README.md", "figures"]),
        .executableTarget(name: "study", dependencies: ["NotebookKit"],
                          path: "Notebooks/Study", exclude: ["README.md", "figures", "tables"]),
        .testTarget(name: "StatsTests", dependencies: ["Stats"], exclude: ["Fixtures"]),
        .testTarget(name: "PanelDataTests", dependencies: ["PanelData"], exclude: ["Fixtures"]),
        .testTarget(name: "ModelingTests", dependencies: ["Modeling"], exclude: ["Fixtures"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "PlotCairoTests", dependencies: ["PlotCairo", "Plot"], exclude: ["Fixtures"]),
        .testTarget(name: "ParadoxTests", dependencies: ["Paradox"], exclude: ["Fixtures"]),
        .testTarget(name: "EGovCLITests", dependencies: ["egov"]),
        .testTarget(name: "NotebookKitTests", dependencies: ["NotebookKit"]),
    ],
    swiftLanguageModes: [.v6]
)
