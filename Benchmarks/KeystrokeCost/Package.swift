// swift-tools-version: 6.1
import PackageDescription

/// B3: the cost of one keystroke in process — `update` plus a full render of a 200x60 screen into
/// the in-memory canvas. A package of its own so `swift test` never builds or runs it.
let package = Package(
    name: "KeystrokeCost",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "leads", path: "../..")],
    targets: [
        .executableTarget(
            name: "KeystrokeCost",
            dependencies: [
                .product(name: "LeadBrowser", package: "leads"), .product(name: "TerminalUI", package: "leads"),
                .product(name: "TiledeskLeads", package: "leads"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
